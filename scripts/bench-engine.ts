/**
 * `npm run bench:engine`: medians of the engine's hot paths, each next to its target.
 * Many iterations after a warm-up; the clock is fixed and randomness seeded so runs compare.
 */
import { cpus, loadavg } from 'node:os';
import { createBackend, type Backend } from '../mocks/engine/backend';
import type { RequestContext } from '../mocks/engine/operations';
import { seededRandom } from '../mocks/rules/crypto';
import { bannedScore } from '../mocks/rules/passwords';
import { captureBaseline, memoryStorage, serializeState } from '../mocks/store/persistence';
import { createSeedState } from '../mocks/store/seed';

const start = Date.parse('2026-03-02T09:00:00.000Z');

async function median(iterations: number, warmUp: number, run: (i: number) => Promise<unknown> | unknown): Promise<number> {
  for (let i = 0; i < warmUp; i += 1) await run(i);
  const times: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const t0 = performance.now();
    await run(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

function report(label: string, value: number, unit: string, target: number): void {
  const ok = value <= target ? 'ok  ' : 'SLOW';
  console.log(`${ok} ${label.padEnd(58)} ${value.toFixed(unit === 'KB' ? 1 : 2).padStart(9)} ${unit}   (target ≤ ${target} ${unit})`);
}

async function backendWith(generatedUsers: number, days: number): Promise<{ backend: Backend; admin: RequestContext; tick(ms: number): void }> {
  let now = start;
  const backend = await createBackend({
    storage: memoryStorage(),
    now: () => now,
    random: seededRandom(1),
    seedOptions: { generatedUsers, days },
    saveDelayMs: 60_000,
  });
  const session = await backend.operations.devSignIn({ params: undefined, query: undefined, body: { userId: 'admin@contoso.com' } }, { token: null });
  return {
    backend,
    admin: { token: session.token },
    tick(ms) {
      now += ms;
    },
  };
}

const none = { params: undefined, query: undefined, body: undefined } as const;

async function benchResetStart(): Promise<void> {
  const { backend, admin } = await backendWith(3_000, 7);
  const policy = await backend.operations.getPolicy(none, admin);
  await backend.operations.putPolicy({ ...none, body: { ...policy, captcha: false } }, admin);
  const people = ['adele@contoso.com', 'lee@contoso.com', 'isaiah@contoso.com', 'nestor@contoso.com', 'unknown.person@contoso.com'];
  const adele = await backend.operations.startReset({ params: undefined, query: undefined, body: { userId: 'adele@contoso.com' } }, { token: null });
  if (adele.methods.length === 0) throw new Error('the reset start did not reach a real flow');
  const value = await median(300, 30, async (i) => {
    await backend.operations.startReset({ params: undefined, query: undefined, body: { userId: people[i % people.length] ?? 'adele@contoso.com' } }, { token: null });
    // Keep the flow table at a demo's size, so the median is a start, not a sweep of thousands of flows.
    const state = backend.deps.state();
    if (state.flows.size > 50) state.flows.clear();
  });
  report('reset start (POST /reset, full eligibility check, 3,000 users)', value, 'ms', 1);
}

async function benchBannedScore(): Promise<void> {
  const context = { customTerms: ['contoso', 'fabrikam'], enforceCustom: true, personalTerms: ['Adele', 'Vance', 'Contoso'] };
  const passwords = Array.from({ length: 300 }, (_, i) => `Q${i}w#Vb-kZ!jm${i * 7}Tr%yX`.slice(0, 20));
  const value = await median(3_000, 300, (i) => bannedScore(passwords[i % passwords.length] ?? '', context));
  report('banned-password score of a 20-character password', value, 'ms', 1);
}

async function benchSearch(): Promise<void> {
  const { backend, admin } = await backendWith(100_000, 1);
  const queries = ['adele', 'nguyen', 'zoe.xu', 'fabrikam', 'ines haddad', 'nobody-matches-this'];
  const value = await median(40, 5, (i) =>
    backend.operations.listUsers({ params: undefined, body: undefined, query: { query: queries[i % queries.length] ?? 'adele', limit: 50 } }, admin),
  );
  report('user search over 100,000 users (query, limit 50)', value, 'ms', 50);
  const filtered = await median(10, 2, () =>
    backend.operations.listUsers({ params: undefined, body: undefined, query: { filter: 'notRegistered', limit: 50 } }, admin),
  );
  report('user search over 100,000 users (filter notRegistered)', filtered, 'ms', 200);
}

async function benchSummary(): Promise<void> {
  const { backend, admin } = await backendWith(10_000, 90);
  const value = await median(30, 3, () =>
    backend.operations.getReportSummary({ params: undefined, body: undefined, query: { from: '2025-12-03', to: '2026-03-02' } }, admin),
  );
  report('report summary, 90 days, 10,000 users', value, 'ms', 100);
}

async function benchSeed(): Promise<void> {
  const value = await median(15, 3, () => createSeedState({ generatedUsers: 5_000, now: start }));
  report('seeding 5,000 users (+ personas, 90 days of history)', value, 'ms', 300);
}

async function benchSave(): Promise<void> {
  const state = await createSeedState({ generatedUsers: 3_000, now: start });
  const baseline = captureBaseline(state);
  const seedInfo = { seed: 2026, now: start, generatedUsers: 3_000, days: 90 };
  const value = await median(15, 3, () => serializeState(state, baseline, seedInfo, start));
  report('one save of the demo state (diff against the seed, 3,000 users)', value, 'ms', 50);
}

async function benchPersistedSize(): Promise<void> {
  let now = start;
  const storage = memoryStorage();
  const backend = await createBackend({ storage, now: () => now, random: seededRandom(3), saveDelayMs: 0 });
  const ops = backend.operations;
  const anonymous = { token: null };
  const captchaAnswer = async () => {
    const captcha = await ops.getCaptcha(none, anonymous);
    if (!captcha.enabled) return undefined;
    const { answer } = await ops.getCaptchaAnswer({ ...none, params: { challengeId: captcha.challengeId } }, anonymous);
    return { challengeId: captcha.challengeId, answer };
  };

  // Sign in, get prompted, register an e-mail address.
  const nestor = await ops.signIn({ ...none, body: { userId: 'nestor@contoso.com', password: 'Nestor-Demo-2026!' } }, anonymous);
  const asNestor = { token: nestor.token };
  const started = await ops.startEmailVerification({ ...none, body: { value: 'nestor.wilke@fabrikam.com' } }, asNestor);
  const code = (await ops.getOutbox({ ...none, query: { to: 'nestor.wilke@fabrikam.com' } }, anonymous)).items[0]?.code ?? '';
  await ops.completeEmail({ ...none, body: { verificationId: started.verificationId, code } }, asNestor);
  await ops.confirmSecurityInfo(none, asNestor);

  // A reset by e-mail.
  const captcha = await captchaAnswer();
  const flow = await ops.startReset({ ...none, body: { userId: 'adele@contoso.com', ...(captcha ? { captcha } : {}) } }, anonymous);
  const method = flow.methods.find((m) => m.kind === 'email');
  if (method) {
    const challenge = await ops.createChallenge({ ...none, params: { flowId: flow.flowId }, body: { methodId: method.methodId } }, anonymous);
    const resetCode = (await ops.getOutbox({ ...none, query: { to: 'adele.vance@fabrikam.com' } }, anonymous)).items[0]?.code ?? '';
    await ops.verifyChallenge({ ...none, params: { flowId: flow.flowId, challengeId: challenge.challengeId }, body: { code: resetCode } }, anonymous);
    await ops.resetPassword({ ...none, params: { flowId: flow.flowId }, body: { newPassword: 'Quiet-Harbour-Lamp-42' } }, anonymous);
  }

  // An admin changes the policy, edits a user and uploads a little contact data.
  const admin = await ops.signIn({ ...none, body: { userId: 'admin@contoso.com', password: 'Admin-Demo-2026!' } }, anonymous);
  const asAdmin = { token: admin.token };
  const policy = await ops.getPolicy(none, asAdmin);
  await ops.putPolicy({ ...none, body: { ...policy, methodsRequired: 2 } }, asAdmin);
  const page = await ops.listUsers({ ...none, query: { query: 'johanna', limit: 5 } }, asAdmin);
  const johanna = page.items[0];
  if (johanna) await ops.patchUser({ ...none, params: { id: johanna.id }, body: { contact: { alternateEmail: 'johanna@fabrikam.com' } } }, asAdmin);
  await ops.importAuthData({ ...none, query: { mode: 'apply' }, body: 'userPrincipalName,mobilePhone\ndiego@contoso.com,+1 425 555 0199\n' }, asAdmin);
  for (let i = 0; i < 5; i += 1) {
    now += 60_000;
    await ops.startPhoneVerification({ ...none, body: { value: '+1 425 555 0142', channel: 'sms' } }, asNestor);
  }
  backend.flush();
  const bytes = new TextEncoder().encode(storage.load() ?? '').length;
  report('persisted state after a typical demo session', bytes / 1024, 'KB', 500);
}

console.log(`Engine benchmarks (medians; fixed clock, seeded randomness; load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} on ${cpus().length} CPUs)\n`);
await benchSeed();
await benchResetStart();
await benchSummary();
await benchBannedScore();
await benchSearch();
await benchSave();
await benchPersistedSize();
