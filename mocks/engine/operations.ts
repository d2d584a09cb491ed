import type {
  DevSettings,
  EndpointAuth,
  EndpointName,
  EndpointOutput,
  EndpointParsedInput,
  Problem,
  ProblemCode,
  ProblemRow,
  Violation,
} from '@/api';

/**
 * The seam between the HTTP layer (`mocks/handlers`) and the policy (`mocks/engine`).
 * Handlers parse a request with the contract, call the operation of the same name, and answer
 * with its result, or with the problem of a thrown `ProblemError`.
 */
export interface RequestContext {
  /** The Bearer token, when the request carried one. */
  token: string | null;
  /**
   * Who is calling, as the HTTP server saw it (the client's address); absent in the browser demo
   * and in engine tests, which are one client. Per-client throttles count under it.
   */
  client?: string;
}

export type Operation<K extends EndpointName> = (
  input: EndpointParsedInput<K>,
  context: RequestContext,
) => Promise<EndpointOutput<K>>;

export type Operations = { [K in EndpointName]: Operation<K> };

/** Reports that also answer `Accept: text/csv`: every row of the range as CSV text. */
export type CsvEndpointName = 'listRegistrations' | 'listResets' | 'listAudit';
export type CsvOperations = {
  [K in CsvEndpointName]: (input: EndpointParsedInput<K>, context: RequestContext) => Promise<string>;
};

export interface MockBackend {
  operations: Operations;
  csv: CsvOperations;
  /** Latency and injected faults the HTTP layer applies (set through PUT /dev/settings). */
  devSettings(): DevSettings;
  /** Throws the 401/403 problem when the request may not call an endpoint of this kind; runs before the body is read. */
  authorize(auth: EndpointAuth, context: RequestContext): void;
}

/** An expected failure: becomes the `application/problem+json` answer of its status. */
export class ProblemError extends Error {
  readonly problem: Problem;

  constructor(
    status: number,
    code: ProblemCode,
    title: string,
    extra: { violations?: Violation[]; retryAfterSeconds?: number; rows?: ProblemRow[]; attemptsRemaining?: number } = {},
  ) {
    super(title);
    this.name = 'ProblemError';
    this.problem = { status, code, title, ...extra };
  }
}
