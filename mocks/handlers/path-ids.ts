import type { EndpointDefinition } from '@/api';

/**
 * The shapes of the ids the mock hands out, checked at the edge so that nothing else reaches
 * the engine: `__proto__`, `constructor`, `..` or 10,000 characters are not an id of anything.
 * Random ids are `<prefix>_<22 base64url characters>` (`randomId` in rules/crypto); the seed's
 * people are `usr-0001-<name>` (personas) and `usr-000123` (generated), its groups `grp-<name>`,
 * the predefined questions `q-<name>` and the admin's own `custom-<8 hex digits>`.
 */
const random = (prefix: string) => new RegExp(`^${prefix}_[A-Za-z0-9_-]{22}$`);

export const idFormats = {
  flow: random('flw'),
  challenge: random('chl'),
  captcha: random('cap'),
  method: random('mth'),
  verification: random('ver'),
  message: random('msg'),
  token: random('tok'),
  user: /^usr(?:_[A-Za-z0-9_-]{22}|-\d{4}-[a-z0-9._-]{1,64}|-\d{6,9})$/,
  group: /^grp-[a-z0-9-]{1,64}$/,
  question: /^(?:q-[a-z0-9-]{1,64}|custom-[0-9a-f]{8})$/,
} as const;

export type IdKind = keyof typeof idFormats;

export function isWellFormedId(kind: IdKind, value: string): boolean {
  return idFormats[kind].test(value);
}

/**
 * The kind of id a path parameter holds, or null when it is no id (its schema is an enum, such
 * as `{kind}`). `{challengeId}` is a reset challenge except under /dev/captcha; `{id}` is a
 * directory user under /admin/users and a sent message under /dev/outbox.
 */
export function pathIdKind(path: string, name: string): IdKind | null {
  if (name === 'flowId') return 'flow';
  if (name === 'challengeId') return path.startsWith('/dev/captcha/') ? 'captcha' : 'challenge';
  if (name === 'id' && path.startsWith('/admin/users/')) return 'user';
  if (name === 'id' && path.startsWith('/dev/outbox/')) return 'message';
  return null;
}

/** Whether every id among the path parameters has its shape; a false one names nothing that exists. */
export function pathIdsWellFormed(endpoint: EndpointDefinition, params: Record<string, string>): boolean {
  return Object.entries(params).every(([name, value]) => {
    const kind = pathIdKind(endpoint.path, name);
    return kind === null || isWellFormedId(kind, value);
  });
}

/** Body fields that hold ids, by name (the only `challengeId` a request body carries is the CAPTCHA's). */
const bodyIdKinds: Readonly<Record<string, IdKind>> = {
  flowId: 'flow',
  challengeId: 'captcha',
  methodId: 'method',
  verificationId: 'verification',
  questionId: 'question',
  groupId: 'group',
  groupIds: 'group',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a malformed body id becomes: no id has a `:`, so it names nothing, and it is no prototype key. */
export const unknownId = (kind: IdKind) => `unknown:${kind}`;

/**
 * The parsed body with every id that doesn't have its shape replaced by `unknownId`: the engine
 * then answers exactly as for any id it doesn't know (404 for a flow or a verification, 422 for
 * a CAPTCHA or a group, as the contract says), and the typed string never reaches a lookup.
 */
export function withMalformedIdsReplaced(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(withMalformedIdsReplaced);
  if (!isRecord(body)) return body;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    const kind = Object.hasOwn(bodyIdKinds, key) ? bodyIdKinds[key] : undefined;
    const checked = (item: unknown) => (kind !== undefined && typeof item === 'string' && !isWellFormedId(kind, item) ? unknownId(kind) : item);
    if (kind === undefined) result[key] = withMalformedIdsReplaced(value);
    else result[key] = Array.isArray(value) ? value.map(checked) : checked(value);
  }
  return result;
}
