import { createMockClock } from '../store/clock';
import {
  applyPersisted,
  captureBaseline,
  memoryStorage,
  parsePersisted,
  persistenceNotices,
  serializeState,
  type SeedBaseline,
  type SeedInfo,
  type StateStorage,
} from '../store/persistence';
import { createSeedState, defaultDays, defaultGeneratedUsers, defaultSeed } from '../store/seed';
import type { PortalState } from '../store/state';
import { createAdminOperations } from './admin-operations';
import { authorize } from './auth';
import type { EngineDeps } from './deps';
import { createKeyedLock } from './keyed-lock';
import { createSweeper, sweepOnSchedule } from './sweep';
import { createDevOperations } from './dev-operations';
import { createDirectoryOperations } from './directory-operations';
import type { MockBackend, Operations } from './operations';
import { createPasswordOperations } from './password-operations';
import { createReportCsvOperations, createReportOperations } from './report-operations';
import { createResetOperations } from './reset';
import { createRolloutOperations } from './rollout/operations';
import { cryptoRandom, defaultHashIterations, type RandomSource } from '../rules/crypto';
import { createSecurityInfoOperations } from './security-info-operations';
import { createSessionOperations } from './session-operations';

export interface BackendOptions {
  /** Where the demo state persists; default: memory only. */
  storage?: StateStorage;
  /** The real clock the mock clock adds its offset to; default `Date.now`. */
  now?: () => number;
  /** Randomness for codes, tokens and salts; default the CSPRNG. */
  random?: RandomSource;
  seedOptions?: { generatedUsers?: number; days?: number; seed?: number };
  /** How long saving waits for more changes (ms); default 250. 0 saves at once. */
  saveDelayMs?: number;
  /** PBKDF2-SHA256 iterations of new hashes, the seed's too; default 600,000 (ADR 0004). Tests and the demo ask for less. */
  hashIterations?: number;
  /**
   * Called between the parts of seeding and loading (a page passes a turn of its event loop, so
   * the work is not one long task a phone cannot answer a tap through); default: no pause.
   */
  pause?: () => Promise<void>;
}

export interface Backend extends MockBackend {
  /** Back to a fresh seed (POST /dev/reset). */
  reset(): Promise<void>;
  /** Messages for the person, e.g. that unreadable saved state was replaced. */
  notices(): string[];
  /** Writes pending changes now (the browser calls it when the page is hidden). */
  flush(): void;
  deps: EngineDeps;
}

/** The whole mock backend: the seed or the saved state, every operation of the endpoint table, persistence. */
export async function createBackend(options: BackendOptions = {}): Promise<Backend> {
  const realNow = options.now ?? Date.now;
  const random = options.random ?? cryptoRandom;
  const storage = options.storage ?? memoryStorage();
  const saveDelayMs = options.saveDelayMs ?? 250;
  const hashIterations = options.hashIterations ?? defaultHashIterations;
  const pause = options.pause ?? (async () => {});
  const wanted = {
    seed: options.seedOptions?.seed ?? defaultSeed,
    generatedUsers: options.seedOptions?.generatedUsers ?? defaultGeneratedUsers,
    days: options.seedOptions?.days ?? defaultDays,
  };
  const noticeList: string[] = [];

  let state: PortalState;
  let seedInfo: SeedInfo;
  let baseline: SeedBaseline;
  let saveTimer: ReturnType<typeof setTimeout> | null = null;

  async function seedFresh(): Promise<void> {
    seedInfo = { ...wanted, now: realNow() };
    state = await createSeedState({ ...seedInfo, hashIterations, pause });
    await pause();
    baseline = captureBaseline(state);
  }

  function save(): void {
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimer = null;
    storage.save(serializeState(state, baseline, seedInfo, clock.now()));
  }

  const clock = createMockClock(() => state, realNow);

  const saved = storage.load();
  const parsed = saved === null ? null : parsePersisted(saved);
  const sameSeed =
    parsed?.ok === true &&
    parsed.persisted.seedInfo.seed === wanted.seed &&
    parsed.persisted.seedInfo.generatedUsers === wanted.generatedUsers &&
    parsed.persisted.seedInfo.days === wanted.days;
  let loaded = false;
  if (parsed?.ok === true && sameSeed) {
    try {
      seedInfo = parsed.persisted.seedInfo;
      const seed = await createSeedState({ ...seedInfo, hashIterations, pause });
      await pause();
      baseline = captureBaseline(seed);
      await pause();
      state = applyPersisted(seed, parsed.persisted);
      loaded = true;
    } catch {
      // Saved data that passed the shape check but still can't be applied: start again, never a blank page.
      noticeList.push(persistenceNotices.unreadable);
      if (saved !== null) storage.keepAside?.(saved);
    }
  } else if (parsed?.ok === false) {
    noticeList.push(persistenceNotices[parsed.reason]);
    // The seed is about to overwrite it: keep what could not be read, for whoever wants to look.
    if (saved !== null) storage.keepAside?.(saved);
  }
  if (!loaded) {
    await seedFresh();
    if (saved !== null) save();
  }

  const deps: EngineDeps = {
    state: () => state,
    now: () => clock.now(),
    random,
    hashIterations,
    exclusive: createKeyedLock(),
    changed() {
      if (saveDelayMs <= 0) return save();
      if (saveTimer !== null) return;
      // Batched: a burst of changes in one request (or a few) is serialized once.
      saveTimer = setTimeout(save, saveDelayMs);
      if (typeof saveTimer === 'object' && saveTimer !== null && 'unref' in saveTimer) saveTimer.unref();
    },
  };

  async function reset(): Promise<void> {
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimer = null;
    await seedFresh();
    noticeList.length = 0;
    storage.clear();
    save();
  }

  const reports = createReportOperations(deps);
  const operations: Operations = sweepOnSchedule({
    ...createResetOperations(deps),
    ...createSessionOperations(deps),
    ...createPasswordOperations(deps),
    ...createSecurityInfoOperations(deps),
    ...createAdminOperations(deps),
    ...createDirectoryOperations(deps),
    ...reports,
    ...createRolloutOperations(deps),
    ...createDevOperations(deps, clock),
    async resetDemo() {
      await reset();
    },
    async getDevNotices() {
      return { items: [...noticeList] };
    },
  }, createSweeper(deps));

  const flush = () => {
    if (saveTimer !== null) save();
  };
  // In a browser, a reload within the save delay must not lose the last change.
  if (options.storage && typeof globalThis.addEventListener === 'function' && typeof globalThis.document !== 'undefined') {
    globalThis.addEventListener('pagehide', flush);
  }

  return {
    operations,
    csv: createReportCsvOperations(deps),
    devSettings: () => ({ ...state.devSettings }),
    authorize: (auth, context) => authorize(deps, auth, context),
    reset,
    notices: () => [...noticeList],
    flush,
    deps,
  };
}
