import { apiBasePath } from '@/api';
import { buildOpenApiDocument } from './openapi-document';
import { argument, call, DevApiReset, field, isRecord, startMockServe, type Answer, type StartedServer } from './lib/http-calls';
import { RawConnection, RawHttpError, type RawRequest, type RawResponse } from './lib/raw-http';

/**
 * `npm run fuzz [-- --base-url URL] [--requests N] [--seconds S]`: attacks the mock backend over
 * HTTP, bounded in count and time, and prints
 * `fuzz: N requests, 0 5xx, 0 hangs, 0 state changes on rejection` (exit 1 when any is > 0).
 *
 * 1. Every operation of the OpenAPI document, round-robin so all are covered first: path ids
 *    such as `__proto__`, `constructor`, `%`, `..` and very long strings; junk bodies; no,
 *    forged and real tokens. After each rejected request the directory and the policy are
 *    read back and must not have changed; after each round a real admin sign-in must work.
 * 2. Bodies over 1 MB (Content-Length and chunked) on keep-alive connections, each followed
 *    by a request on the same socket that must be answered.
 * 3. Parallel bursts at the guarded transitions: one correct code, one new password, one
 *    password change, wrong codes, wrong current passwords, wrong admin passwords; every
 *    extra winner is a state change a rejection should have prevented.
 * Without --base-url it starts `mock:serve` itself on a free port (it needs the dev API).
 */

const args = process.argv.slice(2);
const maxRequests = Number(argument(args, 'requests') ?? 8000);
const maxSeconds = Number(argument(args, 'seconds') ?? 55);
const started = Date.now();
/** Phase 1 may use 60% of the time, the oversize bodies up to 75%; the bursts always run. */
const phaseDeadline = (share: number) => started + maxSeconds * 1000 * share;

const adminUpn = 'admin@contoso.com';
const adminPassword = 'Admin-Demo-2026!';
const userUpn = 'adele@contoso.com';
const userPassword = 'Adele-Demo-2026!';
const userAddress = 'adele.vance@fabrikam.com';

const counts = { requests: 0, serverErrors: 0, hangs: 0, stateChanges: 0 };
const findings: string[] = [];
function finding(kind: keyof typeof counts, message: string, amount = 1): void {
  counts[kind] += amount;
  if (findings.length < 60) findings.push(`${kind === 'serverErrors' ? '5xx' : kind}: ${message}`);
}

// ---------------------------------------------------------------------------------------------
// Requests on raw keep-alive connections, so a hang, a reset and a path such as `..` stay visible.

let baseUrl = '';
let basePath = apiBasePath;
let connection: RawConnection | null = null;

async function raw(request: RawRequest, timeoutMs = 5000): Promise<RawResponse | null> {
  counts.requests += 1;
  const what = `${request.method} ${request.target.slice(0, 90)}`;
  try {
    connection ??= await RawConnection.open(baseUrl);
    const answer = await connection.send(request, timeoutMs);
    if (answer.status >= 500) finding('serverErrors', `${what} → ${answer.status} ${answer.body.slice(0, 120)}`);
    if (answer.headers.connection?.toLowerCase() === 'close') {
      connection.close();
      connection = null;
    }
    return answer;
  } catch (error) {
    connection?.close();
    connection = null;
    finding('hangs', error instanceof RawHttpError ? error.message : `${what}: ${String(error)}`);
    return null;
  }
}

/** A fetch that counts toward the totals (5xx and no answer), for the dev and admin reads. */
async function counted(method: string, path: string, options: Parameters<typeof call>[3] = {}): Promise<Answer | null> {
  counts.requests += 1;
  try {
    const answer = await call(baseUrl, method, path, options);
    if (answer.status >= 500) finding('serverErrors', `${method} ${path} → ${answer.status} ${answer.text.slice(0, 120)}`);
    return answer;
  } catch (error) {
    finding('hangs', `${method} ${path}: ${String(error)}`);
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Sessions and what a rejected request must leave alone.

async function signIn(userId: string, password: string): Promise<string | null> {
  const answer = await counted('POST', '/session', { body: { userId, password } });
  return answer?.status === 201 ? field(answer.body, 'token') : null;
}

async function devSignIn(userId: string): Promise<string | null> {
  const answer = await counted('POST', '/dev/session', { body: { userId } });
  return answer && answer.status < 300 ? field(answer.body, 'token') : null;
}

let adminToken: string | null = null;
let userToken: string | null = null;

async function freshSessions(): Promise<void> {
  adminToken = await devSignIn(adminUpn);
  userToken = await devSignIn(userUpn);
}

/** The people the fuzzer watches: the admin and the user its admin probes target. */
const watched: string[] = [];

/** Those people (what matters, not lockout counters or confirmations) and the policy, as text. */
async function fingerprint(): Promise<string> {
  const reads = [...watched.map((id) => `/admin/users/${encodeURIComponent(id)}`), '/admin/policy'];
  const answers = await Promise.all(reads.map((path) => counted('GET', path, { token: adminToken })));
  const parts: unknown[] = [];
  for (const [i, answer] of answers.entries()) {
    if (answer?.status !== 200) return `unreadable: ${reads[i]} → ${answer?.status ?? 'no answer'}`;
    if (!isRecord(answer.body)) return `unreadable: ${reads[i]} → not an object`;
    const { lockedOut: _locked, lastConfirmedAt: _confirmed, ...rest } = answer.body;
    parts.push(rest);
  }
  return JSON.stringify(parts);
}

// ---------------------------------------------------------------------------------------------
// The operations of the OpenAPI document, and what to throw at them.

interface Operation {
  id: string;
  method: string;
  path: string;
  hasBody: boolean;
  token: 'admin' | 'user' | 'none';
}

function operationsOf(document: unknown): Operation[] {
  const paths = isRecord(document) && isRecord(document.paths) ? document.paths : {};
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const operation = item[method];
      if (!isRecord(operation)) continue;
      const secured = Array.isArray(operation.security) && operation.security.some((entry) => isRecord(entry) && 'bearerAuth' in entry && Object.keys(entry).length > 0);
      const required = secured && Array.isArray(operation.security) && !operation.security.some((entry) => isRecord(entry) && Object.keys(entry).length === 0);
      operations.push({
        id: field(operation, 'operationId') ?? `${method} ${path}`,
        method: method.toUpperCase(),
        path,
        hasBody: 'requestBody' in operation,
        token: required ? (path.startsWith('/admin') ? 'admin' : 'user') : 'none',
      });
    }
  }
  return operations;
}

/** Operations whose success would end the fuzzer's own sessions or settings: only junk goes there. */
const fragile = new Set(['signOut', 'resetDemo', 'advanceClock', 'resetClock', 'putDevSettings', 'changePassword', 'deleteUser', 'adminResetPassword', 'putPolicy', 'signIn']);

const craftedIds = [
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__',
  '%', '%E0%A4%A', '%zz', '..', '%2e%2e', '.', '%2F', '%00', '%27%22', 'x'.repeat(4096), 'A'.repeat(201),
];

const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
const junkBodies: { type: string; text: string | Uint8Array }[] = [
  { type: 'application/json', text: '{}' },
  { type: 'application/json', text: '[]' },
  { type: 'application/json', text: 'null' },
  { type: 'application/json', text: '"x"' },
  { type: 'application/json', text: '1e309' },
  { type: 'application/json', text: '{' },
  { type: 'application/json', text: '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}' },
  { type: 'application/json', text: deep },
  { type: 'application/json', text: '{"userId":"__proto__","password":"x","captcha":{"challengeId":"__proto__","answer":"x"}}' },
  { type: 'application/json', text: '{"methodId":"constructor","phoneNumber":"+1 425 555 0101"}' },
  { type: 'application/json', text: '{"code":"00000000"}' },
  { type: 'application/json', text: '{"answers":[{"questionId":"__proto__","answer":"x"}]}' },
  { type: 'application/json', text: '{"verificationId":"toString","code":"123456"}' },
  { type: 'application/json', text: '{"groupIds":["__proto__","constructor"],"roles":["globalAdministrator"]}' },
  { type: 'application/json', text: '{"password":"x","flowId":"__proto__"}' },
  { type: 'text/plain', text: '{}' },
  { type: 'application/json', text: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) },
  { type: 'text/csv', text: 'userPrincipalName,authenticationEmail\r\n__proto__,x@y\r\n' },
];

interface Probe {
  request: RawRequest;
  label: string;
}

function target(path: string, params: Record<string, string>): string {
  return `${basePath}${path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? 'x')}`;
}

function probesOf(operation: Operation, real: Record<string, string>): Probe[] {
  const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  const token = operation.token === 'admin' ? adminToken : operation.token === 'user' ? userToken : null;
  const auth = (value: string | null): Record<string, string> => (value ? { Authorization: `Bearer ${value}` } : {});
  const idProbes: Probe[] = [];
  const bodyProbes: Probe[] = [];
  const tokenProbes: Probe[] = [];
  const firstJunk = junkBodies[0]!;
  const bodyOf = (junk: { type: string; text: string | Uint8Array }) =>
    operation.hasBody || operation.method !== 'GET' ? { headers: { 'Content-Type': junk.type }, body: junk.text } : {};
  // Crafted ids, one parameter at a time, with the right token (so the id check is what answers).
  for (const name of names) {
    for (const id of craftedIds) {
      const params = { ...real, [name]: id };
      const withBody = operation.method === 'GET' ? {} : bodyOf(firstJunk);
      idProbes.push({
        request: { method: operation.method, target: target(operation.path, params), ...withBody, headers: { ...auth(token), ...withBody.headers } },
        label: `${operation.id} ${name}=${id.slice(0, 20)}`,
      });
    }
  }
  // Junk bodies on the real path.
  if (operation.method !== 'GET') {
    for (const junk of fragile.has(operation.id) ? junkBodies.slice(1) : junkBodies) {
      bodyProbes.push({
        request: { method: operation.method, target: target(operation.path, real), headers: { ...auth(token), 'Content-Type': junk.type }, body: junk.text },
        label: `${operation.id} body ${typeof junk.text === 'string' ? junk.text.slice(0, 30) : 'bytes'}`,
      });
    }
  }
  // No token, forged tokens.
  for (const forged of [null, '__proto__', 'constructor', `tok_${'A'.repeat(22)}`]) {
    if (operation.token === 'none' && forged === null) continue;
    tokenProbes.push({
      request: { method: operation.method, target: target(operation.path, real), headers: auth(forged), ...(operation.method === 'GET' ? {} : { body: '[]', headers: { ...auth(forged), 'Content-Type': 'application/json' } }) },
      label: `${operation.id} token ${forged ?? 'none'}`,
    });
  }
  if (operation.token === 'none' && operation.method === 'GET') {
    tokenProbes.push({ request: { method: operation.method, target: `${target(operation.path, real)}?__proto__=1&constructor=x&limit=-1` }, label: `${operation.id} query junk` });
  }
  // Interleaved, so a short budget still gives every operation some of each kind.
  const probes: Probe[] = [];
  for (let i = 0; i < Math.max(idProbes.length, bodyProbes.length, tokenProbes.length); i += 1) {
    for (const list of [idProbes, bodyProbes, tokenProbes]) {
      const probe = list[i];
      if (probe) probes.push(probe);
    }
  }
  return probes;
}

// ---------------------------------------------------------------------------------------------
// Phase 1: every operation.

async function realIds(): Promise<Record<string, string>> {
  const devReset = new DevApiReset(baseUrl);
  const challenge = await devReset.emailChallenge(userUpn, userAddress);
  const users = await counted('GET', `/admin/users?query=${encodeURIComponent('megan')}`, { token: adminToken });
  const firstUser = isRecord(users?.body) && Array.isArray(users.body.items) ? field(users.body.items[0], 'id') : null;
  const captcha = await counted('GET', '/captcha');
  const outbox = await counted('GET', '/dev/outbox');
  const message = isRecord(outbox?.body) && Array.isArray(outbox.body.items) ? field(outbox.body.items[0], 'id') : null;
  const admins = await counted('GET', `/admin/users?query=${encodeURIComponent(adminUpn)}`, { token: adminToken });
  const adminId = isRecord(admins?.body) && Array.isArray(admins.body.items) ? field(admins.body.items[0], 'id') : null;
  watched.splice(0, watched.length, ...[adminId, firstUser].filter((id): id is string => id !== null));
  const ids: Record<string, string> = {};
  if (challenge) Object.assign(ids, { flowId: challenge.flowId, challengeId: challenge.challengeId });
  if (firstUser) ids.id = firstUser;
  const captchaId = field(captcha?.body, 'challengeId');
  if (captchaId && !challenge) ids.challengeId = captchaId;
  if (message && !firstUser) ids.id = message;
  ids.kind = 'email';
  return ids;
}

async function everyOperation(operations: Operation[]): Promise<{ covered: Set<string>; probes: number }> {
  const covered = new Set<string>();
  let sentProbes = 0;
  const real = await realIds();
  const queues = operations.map((operation) => ({ operation, probes: probesOf(operation, real) }));
  let baseline = await fingerprint();
  const until = phaseDeadline(0.6);
  const inBudget = () => Date.now() < until && counts.requests < maxRequests;
  for (let round = 0; inBudget(); round += 1) {
    let sent = false;
    for (const { operation, probes } of queues) {
      const probe = probes[round];
      if (!probe || !inBudget()) continue;
      sent = true;
      covered.add(operation.id);
      sentProbes += 1;
      const answer = await raw(probe.request);
      if (answer === null || answer.status >= 300) {
        const after = await fingerprint();
        if (after !== baseline) {
          finding('stateChanges', `${probe.label} → ${answer?.status ?? 'no answer'} changed ${after.startsWith('unreadable') ? after : 'the directory or the policy'}`);
          baseline = after;
        }
      } else {
        baseline = await fingerprint();
      }
    }
    if (!sent) break;
    // The admin can still sign in with the real password, and schema-checked calls still work.
    if ((await signIn(adminUpn, adminPassword)) === null) {
      finding('stateChanges', `after round ${round} the admin's valid sign-in fails`);
      break;
    }
  }
  return { covered, probes: sentProbes };
}

// ---------------------------------------------------------------------------------------------
// Phase 2: oversize bodies on reused connections.

async function oversize(operations: Operation[]): Promise<void> {
  const withBodies = operations.filter((operation) => operation.hasBody);
  for (const [i, operation] of withBodies.entries()) {
    if (Date.now() > phaseDeadline(0.75)) return;
    const size = i % 2 === 0 ? 1_300_000 : 2_000_000;
    const request: RawRequest = {
      method: operation.method,
      target: target(operation.path, { flowId: 'x', challengeId: 'x', id: 'x', kind: 'email' }),
      headers: { 'Content-Type': 'application/json' },
      body: `{"x":"${'y'.repeat(size)}"}`,
      chunked: i % 3 === 0,
    };
    const refused = await raw(request, 10_000);
    if (refused && refused.status !== 413 && refused.status !== 401) {
      finding('stateChanges', `${operation.id} with ${size} bytes → ${refused.status}, not 413`);
    }
    // The same socket must answer the next request (unless the server said it closes).
    await raw({ method: 'GET', target: `${basePath}/branding` }, 3000);
  }
}

// ---------------------------------------------------------------------------------------------
// Phase 3: parallel bursts at the guarded transitions.

const burstSize = 30;

async function burst(label: string, send: (i: number) => Promise<Answer | null>): Promise<Answer[]> {
  const answers = await Promise.all(Array.from({ length: burstSize }, (_, i) => send(i)));
  const done = answers.filter((answer): answer is Answer => answer !== null);
  const statuses = new Map<number, number>();
  for (const answer of done) statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
  console.log(`  burst ${label}: ${[...statuses].map(([status, count]) => `${count}×${status}`).join(', ')}`);
  return done;
}

function codeOf(answer: Answer): string | null {
  return field(answer.body, 'code');
}

/** More than `allowed` answers with this status: each extra one got past a guard that should have refused it. */
function atMost(label: string, answers: Answer[], matches: (answer: Answer) => boolean, allowed: number): void {
  const count = answers.filter(matches).length;
  if (count > allowed) finding('stateChanges', `${label}: ${count} of ${burstSize} parallel calls got through where ${allowed} may`, count - allowed);
}

async function bursts(): Promise<void> {
  const devReset = new DevApiReset(baseUrl);
  const resetDemo = () => counted('POST', '/dev/reset');

  // One correct code verifies once; the one verified flow takes one new password.
  await resetDemo();
  const verify = await devReset.emailChallenge(userUpn, userAddress);
  if (verify) {
    const answers = await burst('verify the right code', () =>
      counted('POST', `/reset/${verify.flowId}/challenges/${verify.challengeId}/verify`, { body: { code: verify.code } }),
    );
    atMost('verify code', answers, (answer) => answer.status === 200, 1);
    const passwords = await burst('set a new password', (i) =>
      counted('POST', `/reset/${verify.flowId}/password`, { body: { newPassword: `Harbour-Lantern-${100 + i}!q` } }),
    );
    atMost('set password', passwords, (answer) => answer.status === 200, 1);
  } else finding('stateChanges', 'could not set up a verified flow for the bursts');

  // Wrong codes: at most 5 are checked (PRODUCT: 5 failed verifications block the resets).
  await resetDemo();
  const wrong = await devReset.emailChallenge(userUpn, userAddress);
  if (wrong) {
    const wrongCode = wrong.code === '00000000' ? '11111111' : '00000000';
    const answers = await burst('verify wrong codes', () =>
      counted('POST', `/reset/${wrong.flowId}/challenges/${wrong.challengeId}/verify`, { body: { code: wrongCode } }),
    );
    atMost('wrong codes checked', answers, (answer) => codeOf(answer) === 'invalid_code', 5);
  }

  // Password change: the same current password changes it once; wrong current passwords lock after 10.
  await resetDemo();
  const changer = await devSignIn(userUpn);
  const changes = await burst('change password from the same current one', (i) =>
    counted('POST', '/me/password', { token: changer, body: { currentPassword: userPassword, newPassword: `Quartz-Meadow-${200 + i}!x` } }),
  );
  atMost('change password', changes, (answer) => answer.status >= 200 && answer.status < 300, 1);
  await resetDemo();
  const guesser = await devSignIn(userUpn);
  const guesses = await burst('change password with wrong current ones', (i) =>
    counted('POST', '/me/password', { token: guesser, body: { currentPassword: `Wrong-Guess-${i}!`, newPassword: 'Quartz-Meadow-999!x' } }),
  );
  atMost('wrong current passwords checked', guesses, (answer) => answer.status === 422, 10);

  // Admin sign-in: 10 wrong passwords within 15 minutes, then 429 (PRODUCT, sign-in throttle).
  await resetDemo();
  const signIns = await burst('admin sign-in with wrong passwords', (i) =>
    counted('POST', '/session', { body: { userId: adminUpn, password: `Not-The-Password-${i}!` } }),
  );
  atMost('wrong admin passwords checked', signIns, (answer) => answer.status === 401, 10);
  await resetDemo();
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const given = argument(args, 'base-url');
  let server: StartedServer | null = null;
  if (given) baseUrl = given.replace(/\/$/, '');
  else {
    server = await startMockServe();
    baseUrl = server.baseUrl;
  }
  basePath = new URL(baseUrl).pathname.replace(/\/$/, '');
  try {
    const published = await call(baseUrl, 'GET', '/openapi.json');
    const document = published.status === 200 && isRecord(published.body) ? published.body : buildOpenApiDocument();
    const operations = operationsOf(document);
    await freshSessions();
    if (!adminToken || !userToken) throw new Error('The fuzzer needs the dev API (POST /dev/session) to sign in');

    const phase = (name: string, since: number) => console.log(`  ${name} (${((Date.now() - since) / 1000).toFixed(1)} s)`);
    let since = Date.now();
    const { covered, probes } = await everyOperation(operations);
    const missed = operations.filter((operation) => !covered.has(operation.id)).map((operation) => operation.id);
    phase(`operations: ${covered.size} of ${operations.length} covered by ${probes} crafted requests${missed.length > 0 ? ` (missed: ${missed.join(', ')})` : ''}, each rejection followed by a state read`, since);
    since = Date.now();
    await oversize(operations);
    phase('oversize bodies on reused connections', since);
    since = Date.now();
    await bursts();
    phase('parallel bursts', since);
    connection?.close();
  } finally {
    await server?.stop();
  }
  for (const line of findings) console.log(`  ${line}`);
  console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s in all)`);
  console.log(`fuzz: ${counts.requests} requests, ${counts.serverErrors} 5xx, ${counts.hangs} hangs, ${counts.stateChanges} state changes on rejection`);
  return counts.serverErrors + counts.hangs + counts.stateChanges > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('fuzz: could not run:', error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
