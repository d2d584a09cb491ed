import type { z } from 'zod/mini';
import { adminEndpoints } from './areas/admin';
import { devEndpoints } from './areas/dev';
import { peopleEndpoints } from './areas/people';

export { apiBasePath, buildPath, type EndpointAuth, type EndpointDefinition } from './endpoint-definition';
export { adminEndpoints, devEndpoints, peopleEndpoints };

/**
 * The whole HTTP contract of docs/api.md: the handlers, OpenAPI and the tests read this table. It is
 * written in three areas so that a client loads only its own: the people's portal never carries
 * the admin or dev part of the contract. (A pure call, not a spread, so that bundles that do not
 * use the whole table drop it.)
 */
export const endpoints = /* @__PURE__ */ Object.assign({}, peopleEndpoints, adminEndpoints, devEndpoints);

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;

/** A part's type as a caller passes it (`input`, before defaults) or as a handler gets it (`output`). */
type PartOf<T, Side extends 'input' | 'output'> = T extends z.ZodMiniType ? (Side extends 'input' ? z.input<T> : z.output<T>) : undefined;

type EndpointParts<K extends EndpointName, Side extends 'input' | 'output'> = {
  params: PartOf<Endpoints[K] extends { params: infer P } ? P : undefined, Side>;
  query: PartOf<Endpoints[K] extends { query: infer Q } ? Q : undefined, Side>;
  body: Endpoints[K] extends { body: 'csv' } ? string : PartOf<Endpoints[K] extends { body: infer B } ? B : undefined, Side>;
};

/** What a caller passes (before defaults are applied). */
export type EndpointInput<K extends EndpointName> = EndpointParts<K, 'input'>;

/** What a handler receives after parsing (defaults applied). */
export type EndpointParsedInput<K extends EndpointName> = EndpointParts<K, 'output'>;

export type EndpointOutput<K extends EndpointName> = Endpoints[K]['response'] extends z.ZodMiniType
  ? z.output<Endpoints[K]['response']>
  : undefined;
