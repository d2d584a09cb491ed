/**
 * The shared core of the engine: the reset flow (`reset/`) and the other operations both build on
 * these. Pure TypeScript over the plain state; the clock and randomness come in through `EngineDeps`.
 */
export type { EngineDeps } from './deps';
export * from './directory-index';
export * from './eligibility';
export * from './records';
export * from './user-passwords';
export * from './problems';
