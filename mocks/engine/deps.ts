import type { PortalState } from '../store/state';
import type { RandomSource } from '../rules/crypto';
import type { Exclusive } from './keyed-lock';

/** What every engine function gets: the state, the mock clock, randomness and the persistence hook. */
export interface EngineDeps {
  state(): PortalState;
  /** Epoch milliseconds of the mock clock (real time plus the advanced offset). */
  now(): number;
  random: RandomSource;
  /** PBKDF2-SHA256 iterations for every new hash (ADR 0004): 600,000 unless a test or the demo asks for less. */
  hashIterations: number;
  /** Call after any change to the state: persistence saves it (debounced). */
  changed(): void;
  /**
   * Runs a check-then-write as one step per key (`account:<id>` for everything that guards one
   * person: reset flows, sign-in, password change, registration codes): one winner, no lost update.
   */
  exclusive: Exclusive;
}
