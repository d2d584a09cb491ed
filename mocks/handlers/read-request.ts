import type { EndpointDefinition, Violation } from '@/api';
import { violationsFromIssues } from './problems';

/** Bodies over 1 MB are refused before anything parses them (docs/api.md: 413 `payload_too_large`). */
export const maxBodyBytes = 1024 * 1024;

export type ReadFailure = { ok: false; reason: 'too_large' } | { ok: false; reason: 'invalid'; violations: Violation[] };
export type ReadOutcome<T> = { ok: true; value: T } | ReadFailure;

/** The raw bytes, counted while they stream in so a huge body is never held whole. */
export async function readRawBody(request: Request): Promise<ReadOutcome<Uint8Array>> {
  const declared = Number(request.headers.get('Content-Length') ?? '0');
  if (Number.isFinite(declared) && declared > maxBodyBytes) return { ok: false, reason: 'too_large' };
  if (!request.body) return { ok: true, value: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBodyBytes) {
      // Not awaited: msw tees request bodies, and cancelling one branch waits for the other.
      reader.cancel().catch(() => undefined);
      return { ok: false, reason: 'too_large' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, value: bytes };
}

function mediaType(request: Request): string {
  return (request.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
}

function bodyViolation(code: string, params?: Record<string, string>): ReadOutcome<never> {
  return { ok: false, reason: 'invalid', violations: [{ code, field: 'body', ...(params ? { params } : {}) }] };
}

/**
 * The body as the endpoint's schema sees it: undefined when empty, the text of a CSV body, or
 * the parsed JSON; a wrong Content-Type, bytes that aren't UTF-8 or malformed JSON are a 400.
 */
export function decodeBody(endpoint: EndpointDefinition, request: Request, bytes: Uint8Array): ReadOutcome<unknown> {
  if (bytes.byteLength === 0) return { ok: true, value: undefined };
  if (endpoint.body === undefined) return bodyViolation('unexpected_body');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bodyViolation('invalid_encoding', { expected: 'utf-8' });
  }
  const type = mediaType(request);
  if (endpoint.body === 'csv') {
    // Spreadsheets and curl send CSV as text/csv, text/plain or with no type at all.
    if (type !== '' && !type.startsWith('text/')) return bodyViolation('unsupported_media_type', { expected: 'text/csv' });
    return { ok: true, value: text };
  }
  if (type !== 'application/json' && !type.endsWith('+json')) {
    return bodyViolation('unsupported_media_type', { expected: 'application/json' });
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return bodyViolation('malformed_json');
  }
}

/** Query parameters as a plain object; a repeated name is a 400 (no endpoint takes lists). */
export function queryObject(url: URL): ReadOutcome<Record<string, string>> {
  const query: Record<string, string> = {};
  const violations: Violation[] = [];
  for (const [name, value] of url.searchParams) {
    if (name in query) violations.push({ code: 'repeated', field: name });
    query[name] = value;
  }
  return violations.length > 0 ? { ok: false, reason: 'invalid', violations } : { ok: true, value: query };
}

export interface ParsedParts {
  params: unknown;
  query: unknown;
  body: unknown;
}

/** Params, query and body through the endpoint's schemas; every bad field is named at once. */
export function parseParts(
  endpoint: EndpointDefinition,
  raw: { params: Record<string, string>; query: Record<string, string>; body: unknown },
): ReadOutcome<ParsedParts> {
  const violations: Violation[] = [];
  const parsed: ParsedParts = { params: undefined, query: undefined, body: undefined };

  if (endpoint.params) {
    const result = endpoint.params.safeParse(raw.params);
    if (result.success) parsed.params = result.data;
    else violations.push(...violationsFromIssues(result.error.issues, 'params'));
  }

  if (endpoint.query) {
    const result = endpoint.query.safeParse(raw.query);
    if (result.success) parsed.query = result.data;
    else violations.push(...violationsFromIssues(result.error.issues, 'query'));
  } else {
    for (const name of Object.keys(raw.query)) violations.push({ code: 'unknown_field', field: name });
  }

  if (endpoint.body === 'csv') {
    if (typeof raw.body === 'string') parsed.body = raw.body;
    else violations.push({ code: 'invalid_type', field: 'body', params: { expected: 'text/csv' } });
  } else if (endpoint.body) {
    const result = endpoint.body.safeParse(raw.body);
    if (result.success) parsed.body = result.data;
    else violations.push(...violationsFromIssues(result.error.issues, 'body'));
  }

  return violations.length > 0 ? { ok: false, reason: 'invalid', violations } : { ok: true, value: parsed };
}
