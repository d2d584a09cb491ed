import type { PortalState } from './state';

/** The mock clock: real time plus how far the demo moved it forward (kept in the state, so it persists). */
export interface MockClock {
  now(): number;
  /** Moves the clock forward; answers the new now. */
  advance(seconds: number): number;
  /** Back to real time (the offset to zero); answers the new now. */
  reset(): number;
}

export function createMockClock(state: () => PortalState, realNow: () => number = Date.now): MockClock {
  return {
    now: () => realNow() + state().clockOffsetMs,
    advance(seconds: number): number {
      state().clockOffsetMs += Math.max(0, Math.round(seconds * 1000));
      return realNow() + state().clockOffsetMs;
    },
    reset(): number {
      state().clockOffsetMs = 0;
      return realNow();
    },
  };
}
