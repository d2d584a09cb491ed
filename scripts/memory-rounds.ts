/**
 * `npm run memory:rounds`: rounds of anonymous reset starts in-process (issue 11, defect 8), the
 * resident memory after each. Every start is for an unknown user ID (a decoy flow and a report
 * row) from its own client address, the worst case for the per-client cap; two days of mock time
 * pass between rounds, so the scheduled sweep drops the flows and counters (report rows stay their 90
 * days: about 200 bytes each). Memory must stay flat apart from those rows.
 */
import { createBackend } from '../mocks/engine/backend';
import { seededRandom } from '../mocks/rules/crypto';
import { memoryStorage } from '../mocks/store/persistence';

const rounds = Number(process.env.ROUNDS ?? 5);
const startsPerRound = Number(process.env.STARTS ?? 10_000);
const dayMs = 24 * 60 * 60 * 1000;
const none = { params: undefined, query: undefined, body: undefined } as const;

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function settle(): void {
  // Run with --expose-gc for comparable figures; without it the numbers include garbage not yet collected.
  if (typeof globalThis.gc === 'function') globalThis.gc();
}

async function main(): Promise<void> {
  let now = Date.parse('2026-03-02T09:00:00.000Z');
  const backend = await createBackend({ storage: memoryStorage(), now: () => now, random: seededRandom(1), saveDelayMs: 60_000 });
  const { operations, deps } = backend;
  deps.state().policy.captcha = false;
  settle();
  console.log(`seeded: rss ${megabytes(process.memoryUsage().rss)} MB`);
  for (let round = 1; round <= rounds; round += 1) {
    for (let i = 0; i < startsPerRound; i += 1) {
      await operations.startReset({ ...none, body: { userId: `nobody-${round}-${i}@example.com` } }, { token: null, client: `10.0.${round}.${i}` });
    }
    now += 2 * dayMs;
    await operations.getBranding(none, { token: null });
    settle();
    const state = deps.state();
    console.log(
      `round ${round}: ${startsPerRound} starts, rss ${megabytes(process.memoryUsage().rss)} MB, heap ${megabytes(process.memoryUsage().heapUsed)} MB, ` +
        `flows ${state.flows.size}, clients ${state.clients.size}, throttles ${state.throttles.size}, reset rows ${state.reports.resets.length}`,
    );
  }
}

await main();
