import type { RolloutStepState } from '@/api';

/**
 * The rollout assistant's thresholds, in PRODUCT terms (README "Rollout assistant"). Each step's
 * state is a pure function of its figures, so every state of every step has its own small test.
 */
export const rolloutThresholds = {
  /** Step 5 is done when at least this share of the people in scope is registered. */
  registeredDonePercent: 80,
  /** Step 6 is done when at least this share of the last 30 days' resets succeeded (and one did). */
  resetSuccessDonePercent: 50,
  /** The trend line of step 5 and the window of step 6, in days. */
  windowDays: 30,
  /** Nobody gets the announcement (or a reminder) twice within this many hours. */
  repeatHours: 24,
  /** Reminder delays an admin may pick, in days. */
  reminderDays: { min: 1, max: 30 },
} as const;

type Enablement = 'none' | 'selected' | 'all';

/** Step 1: reset is off → not started; on but covering nobody → in progress; on for someone → done. */
export function enableStep(figures: { enablement: Enablement; inScope: number }): RolloutStepState {
  if (figures.enablement === 'none') return 'notStarted';
  return figures.inScope > 0 ? 'done' : 'inProgress';
}

/** Step 2: nobody in scope, or nobody in scope licensed → not started; some unlicensed → in progress; none → done. */
export function licenceStep(figures: { inScope: number; unlicensed: number }): RolloutStepState {
  if (figures.inScope === 0 || figures.unlicensed >= figures.inScope) return 'notStarted';
  return figures.unlicensed > 0 ? 'inProgress' : 'done';
}

/** Step 3: reset off → not started; scoped to a (pilot) group → in progress; on for everyone → done. */
export function scopeStep(figures: { enablement: Enablement }): RolloutStepState {
  if (figures.enablement === 'none') return 'notStarted';
  return figures.enablement === 'all' ? 'done' : 'inProgress';
}

/**
 * Step 4: the announcement went out and enforced registration is on → done; any one of those, or
 * contact data an admin or import provided → in progress; none → not started.
 */
export function announceStep(figures: { enforcedRegistration: boolean; importedContactData: number; announced: boolean }): RolloutStepState {
  if (figures.announced && figures.enforcedRegistration) return 'done';
  if (figures.announced || figures.enforcedRegistration || figures.importedContactData > 0) return 'inProgress';
  return 'notStarted';
}

/** Step 5: nobody registered (or nobody in scope) → not started; below 80 % → in progress; 80 % or more → done. */
export function registrationStep(figures: { inScope: number; registered: number }): RolloutStepState {
  if (figures.inScope === 0 || figures.registered === 0) return 'notStarted';
  return figures.registered * 100 >= rolloutThresholds.registeredDonePercent * figures.inScope ? 'done' : 'inProgress';
}

/** Step 6: no reset in 30 days → not started; none succeeded or under half → in progress; half or more → done. */
export function resetStep(figures: { total: number; succeeded: number }): RolloutStepState {
  if (figures.total === 0) return 'notStarted';
  const enough = figures.succeeded * 100 >= rolloutThresholds.resetSuccessDonePercent * figures.total;
  return figures.succeeded > 0 && enough ? 'done' : 'inProgress';
}

/** A share as a whole percentage, rounded down: 79.6 % reads 79 %, never the 80 % a threshold asks for. */
export function wholePercent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((part * 100) / whole);
}
