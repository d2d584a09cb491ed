import { describe, expect, it } from 'vitest';
import { announceStep, enableStep, licenceStep, registrationStep, resetStep, scopeStep, wholePercent } from './steps';

describe('rollout step 1, enable reset', () => {
  it('Step 1 is not started while reset is off', () => expect(enableStep({ enablement: 'none', inScope: 0 })).toBe('notStarted'));
  it('Step 1 is in progress when reset is on but covers nobody', () => expect(enableStep({ enablement: 'selected', inScope: 0 })).toBe('inProgress'));
  it('Step 1 is done when reset is on for someone', () => expect(enableStep({ enablement: 'selected', inScope: 3 })).toBe('done'));
});

describe('rollout step 2, licences', () => {
  it('Step 2 is not started with nobody in scope', () => expect(licenceStep({ inScope: 0, unlicensed: 0 })).toBe('notStarted'));
  it('Step 2 is not started when nobody in scope has a licence that allows reset', () => expect(licenceStep({ inScope: 4, unlicensed: 4 })).toBe('notStarted'));
  it('Step 2 is in progress while someone in scope lacks a licence', () => expect(licenceStep({ inScope: 4, unlicensed: 1 })).toBe('inProgress'));
  it('Step 2 is done when everyone in scope is licensed', () => expect(licenceStep({ inScope: 4, unlicensed: 0 })).toBe('done'));
});

describe('rollout step 3, scope', () => {
  it('Step 3 is not started while reset is off', () => expect(scopeStep({ enablement: 'none' })).toBe('notStarted'));
  it('Step 3 is in progress while reset is scoped to a pilot group', () => expect(scopeStep({ enablement: 'selected' })).toBe('inProgress'));
  it('Step 3 is done when reset is on for everyone', () => expect(scopeStep({ enablement: 'all' })).toBe('done'));
});

describe('rollout step 4, tell people', () => {
  const nothing = { enforcedRegistration: false, importedContactData: 0, announced: false };
  it('Step 4 is not started with no announcement, no enforced registration and no imported data', () => expect(announceStep(nothing)).toBe('notStarted'));
  it('Step 4 is in progress with enforced registration alone', () => expect(announceStep({ ...nothing, enforcedRegistration: true })).toBe('inProgress'));
  it('Step 4 is in progress with imported contact data alone', () => expect(announceStep({ ...nothing, importedContactData: 5 })).toBe('inProgress'));
  it('Step 4 is in progress with the announcement alone', () => expect(announceStep({ ...nothing, announced: true })).toBe('inProgress'));
  it('Step 4 is done when the announcement went out and enforced registration is on', () =>
    expect(announceStep({ ...nothing, announced: true, enforcedRegistration: true })).toBe('done'));
});

describe('rollout step 5, registrations', () => {
  it('Step 5 is not started when nobody in scope is registered', () => expect(registrationStep({ inScope: 10, registered: 0 })).toBe('notStarted'));
  it('Step 5 is not started with nobody in scope', () => expect(registrationStep({ inScope: 0, registered: 0 })).toBe('notStarted'));
  it('Step 5 is in progress below 80 % registered in scope', () => expect(registrationStep({ inScope: 1000, registered: 799 })).toBe('inProgress'));
  it('Step 5 is done at 80 % registered in scope', () => expect(registrationStep({ inScope: 1000, registered: 800 })).toBe('done'));
  it('Percentages round down, so 79.9 % reads 79 %', () => expect(wholePercent(799, 1000)).toBe(79));
});

describe('rollout step 6, resets', () => {
  it('Step 6 is not started with no reset in the last 30 days', () => expect(resetStep({ total: 0, succeeded: 0 })).toBe('notStarted'));
  it('Step 6 is in progress while no reset succeeded', () => expect(resetStep({ total: 3, succeeded: 0 })).toBe('inProgress'));
  it('Step 6 is in progress while fewer than half the resets succeed', () => expect(resetStep({ total: 10, succeeded: 4 })).toBe('inProgress'));
  it('Step 6 is done when half the resets or more succeed', () => expect(resetStep({ total: 10, succeeded: 5 })).toBe('done'));
});
