import { endpoints, type EndpointDefinition, type EndpointName } from '@/api';

/**
 * docs/api.md: "No answer ever contains a stack trace, a password, a code or an answer hash."
 * The scan keeps every answer the handlers gave and every secret that went by (codes the mock
 * sent, passwords and security answers people typed, authenticator secrets), then names each
 * answer that holds one. The dev API is left out: reading codes back is what it is for.
 */

export interface ScannedAnswer {
  endpoint: EndpointName;
  text: string;
}

export type SecretKind = 'code' | 'password' | 'answer' | 'totpSecret';

export interface Secret {
  kind: SecretKind;
  value: string;
}

/** Answers that hand a secret out by design: the one secret each may hold. */
const handsOut: Partial<Record<EndpointName, SecretKind>> = {
  adminResetPassword: 'password',
  startAppVerification: 'totpSecret',
};

const hashPattern = /pbkdf2\$|answerHash|codeHash|passwordHash/;
// A JavaScript stack frame ("    at fn (file.ts:1:2)"), a source position or a path into the code.
const stackPattern = /\n\s*at\s|\bat\s+[\w$.<>]+\s+\(|\.(?:[cm]?[jt]sx?):\d+:\d+|node_modules|file:\/\//;

/**
 * Whether a typed value is worth looking for: a password or answer short or plain enough to be an
 * ordinary word ("password", "wrong") would be found in titles and prove nothing.
 */
export function isDistinctive(secret: Secret): boolean {
  const value = secret.value.trim();
  switch (secret.kind) {
    case 'code':
      return /^\d{6,8}$/.test(value);
    case 'password':
      return value.length >= 8 && /[^A-Za-z]/.test(value) && /[A-Za-z]/.test(value);
    case 'answer':
      return value.length >= 6;
    case 'totpSecret':
      return value.length >= 16;
  }
}

function isDevEndpoint(name: EndpointName): boolean {
  const endpoint: EndpointDefinition = endpoints[name];
  return endpoint.auth === 'dev';
}

/** Every leak found, as `endpoint: what`; empty when the answers are clean. */
export function findLeaks(answers: readonly ScannedAnswer[], secrets: readonly Secret[]): string[] {
  const wanted = secrets.filter(isDistinctive);
  const leaks = new Set<string>();
  for (const { endpoint, text } of answers) {
    if (isDevEndpoint(endpoint)) continue;
    if (hashPattern.test(text)) leaks.add(`${endpoint}: a hash`);
    if (stackPattern.test(text)) leaks.add(`${endpoint}: a stack trace`);
    for (const secret of wanted) {
      if (handsOut[endpoint] === secret.kind) continue;
      if (text.includes(secret.value.trim())) leaks.add(`${endpoint}: a ${secret.kind} (${secret.value})`);
    }
  }
  return [...leaks];
}

/** The secrets a request body carried: passwords and security answers people typed. */
export function typedSecrets(body: unknown): Secret[] {
  const found: Secret[] = [];
  const visit = (value: unknown, key: string | null): void => {
    if (typeof value === 'string') {
      if (key === 'password' || key === 'newPassword' || key === 'currentPassword') found.push({ kind: 'password', value });
      if (key === 'answer') found.push({ kind: 'answer', value });
      return;
    }
    if (Array.isArray(value)) for (const item of value) visit(item, key);
    else if (value !== null && typeof value === 'object') for (const [name, item] of Object.entries(value)) visit(item, name);
  };
  visit(body, null);
  return found;
}

/** The secrets an answer handed out by design (the authenticator secret, a temporary password). */
export function handedOutSecrets(endpoint: EndpointName, body: unknown): Secret[] {
  if (body === null || typeof body !== 'object') return [];
  const record: Record<string, unknown> = { ...body };
  if (endpoint === 'startAppVerification' && typeof record.secret === 'string') return [{ kind: 'totpSecret', value: record.secret }];
  if (endpoint === 'adminResetPassword' && typeof record.temporaryPassword === 'string') {
    return [{ kind: 'password', value: record.temporaryPassword }];
  }
  return [];
}
