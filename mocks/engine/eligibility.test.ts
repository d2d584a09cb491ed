import { describe, expect, it } from 'vitest';
import { checkEligibility, effectiveMethodsAllowed, isInGroup, isRegistered, methodsRequired, usableMethods } from './eligibility';
import { predefinedQuestions } from '../rules/questions';
import { emailAndPhone, kitGroups, kitState, kitUser } from '../testing/state-fixture';

const noContact = { authenticationEmail: null, alternateEmail: null, authenticationPhone: null, mobilePhone: null, officePhone: null };

describe('eligibility to reset (PRODUCT.md order)', () => {
  it('Eligibility: sspr_disabled when enablement is none', () => {
    const user = kitUser({ id: 'ann', contact: emailAndPhone });
    const state = kitState([user]);
    state.policy.enablement = 'none';
    expect(checkEligibility(state, user)).toBe('sspr_disabled');
  });

  it('Eligibility: not_in_group when selected and the user is not in the group', () => {
    const user = kitUser({ id: 'ann', contact: emailAndPhone, groupIds: [kitGroups.other] });
    const state = kitState([user]);
    expect(checkEligibility(state, user)).toBe('not_in_group');
    state.policy.enablement = 'all';
    expect(checkEligibility(state, user)).toBeNull();
  });

  it('Eligibility: members of a group nested in the pilot are in the group', () => {
    const user = kitUser({ id: 'ann', contact: emailAndPhone, groupIds: [kitGroups.nested] });
    const state = kitState([user]);
    expect(isInGroup(state, user, kitGroups.pilot)).toBe(true);
    expect(checkEligibility(state, user)).toBeNull();
  });

  it('Eligibility: not_licensed for a cloud user without a paid licence', () => {
    const user = kitUser({ id: 'ann', contact: emailAndPhone, licenses: ['free'] });
    expect(checkEligibility(kitState([user]), user)).toBe('not_licensed');
    user.licenses = ['businessStandard'];
    expect(checkEligibility(kitState([user]), user)).toBeNull();
  });

  it('Eligibility: not_licensed for an on-premises user with Business Standard only', () => {
    const user = kitUser({ id: 'ann', contact: emailAndPhone, source: 'hashSync', licenses: ['businessStandard'] });
    expect(checkEligibility(kitState([user]), user)).toBe('not_licensed');
    user.licenses = ['businessPremium'];
    expect(checkEligibility(kitState([user]), user)).toBeNull();
  });

  it('Eligibility: not_registered when fewer usable methods than the gates required', () => {
    const user = kitUser({ id: 'ann', contact: { ...noContact, authenticationEmail: 'ann@fabrikam.com' } });
    const state = kitState([user]);
    expect(checkEligibility(state, user)).toBeNull();
    state.policy.methodsRequired = 2;
    expect(checkEligibility(state, user)).toBe('not_registered');
  });

  it('Eligibility: writeback_disabled for on-premises accounts when writeback is off', () => {
    const user = kitUser({ id: 'ann', contact: emailAndPhone, source: 'federated', licenses: ['entraP2'] });
    const state = kitState([user]);
    state.policy.onPremises.writeback = false;
    expect(checkEligibility(state, user)).toBe('writeback_disabled');
    const cloud = kitUser({ id: 'bob', contact: emailAndPhone });
    expect(checkEligibility(state, cloud)).toBeNull();
  });

  it('Eligibility: a disabled account is sspr_disabled, before every other reason, admins too', () => {
    const user = kitUser({ id: 'ann', contact: emailAndPhone, accountEnabled: false, licenses: ['free'] });
    expect(checkEligibility(kitState([user]), user)).toBe('sspr_disabled');
    const admin = kitUser({ id: 'boss', contact: emailAndPhone, roles: ['globalAdministrator'], accountEnabled: false });
    expect(checkEligibility(kitState([admin]), admin)).toBe('sspr_disabled');
  });

  it('Eligibility: the first failure is the reason', () => {
    const user = kitUser({ id: 'ann', source: 'passThrough', licenses: ['free'], groupIds: [kitGroups.other] });
    const state = kitState([user]);
    state.policy.onPremises.writeback = false;
    expect(checkEligibility(state, user)).toBe('not_in_group');
    user.groupIds = [kitGroups.pilot];
    expect(checkEligibility(state, user)).toBe('not_licensed');
    user.licenses = ['entraP1'];
    expect(checkEligibility(state, user)).toBe('not_registered');
    user.contact = { ...emailAndPhone };
    expect(checkEligibility(state, user)).toBe('writeback_disabled');
  });
});

describe('the admin policy', () => {
  it('Admins always get the admin policy', () => {
    const admin = kitUser({ id: 'root', roles: ['helpdeskAdministrator'], groupIds: [], contact: { ...noContact, authenticationEmail: 'root@fabrikam.com' } });
    const state = kitState([admin]);
    state.policy.methodsAllowed = ['securityQuestions', 'email'];
    state.policy.methodsRequired = 1;
    expect(effectiveMethodsAllowed(state.policy, admin)).toEqual(['email', 'mobilePhone', 'officePhone', 'appCode', 'appNotification']);
    expect(methodsRequired(state.policy, admin)).toBe(2);
    // Outside the group and only one method: not registered, never not_in_group.
    expect(checkEligibility(state, admin)).toBe('not_registered');
    admin.contact.officePhone = '+1 425 555 0107 x12';
    expect(checkEligibility(state, admin)).toBeNull();
    state.policy.enablement = 'none';
    expect(checkEligibility(state, admin)).toBeNull();
  });

  it('Admins: security questions never count', () => {
    const questions = predefinedQuestions.slice(0, 3).map((question) => ({ questionId: question.questionId, answerHash: 'x' }));
    const admin = kitUser({ id: 'root', roles: ['globalAdministrator'], questions, contact: { ...noContact, authenticationEmail: 'root@fabrikam.com' } });
    const state = kitState([admin]);
    expect(usableMethods(state, admin)).toEqual(['email']);
  });
});

describe('usable methods', () => {
  it('Methods: data that is not well-formed does not count', () => {
    const user = kitUser({ id: 'ann', contact: { ...noContact, mobilePhone: '425 555 0110', alternateEmail: 'ann@', officePhone: '+1 12' } });
    const state = kitState([user]);
    expect(usableMethods(state, user)).toEqual([]);
    expect(checkEligibility(state, user)).toBe('not_registered');
  });

  it('Methods: pre-populated alternateEmail and mobilePhone make a person able to reset without registering', () => {
    const user = kitUser({ id: 'ann', contact: { ...noContact, mobilePhone: '+31 6 12345678', alternateEmail: 'ann@fabrikam.com' } });
    const state = kitState([user]);
    expect(usableMethods(state, user)).toEqual(['email', 'mobilePhone']);
    expect(checkEligibility(state, user)).toBeNull();
  });

  it('Methods: a method the policy does not allow does not count', () => {
    const user = kitUser({ id: 'ann', contact: { ...noContact, officePhone: '+1 425 555 0107' } });
    const state = kitState([user]);
    expect(usableMethods(state, user)).toEqual(['officePhone']);
    state.policy.methodsAllowed = ['email', 'mobilePhone'];
    expect(usableMethods(state, user)).toEqual([]);
  });

  it('Methods: the app counts when a TOTP secret is registered and appCode or appNotification is allowed', () => {
    const user = kitUser({ id: 'ann', app: { secret: 'JBSWY3DPEHPK3PXP', registeredAt: 0 } });
    const state = kitState([user]);
    expect(usableMethods(state, user)).toEqual(['app']);
    state.policy.methodsAllowed = ['email', 'mobilePhone'];
    expect(usableMethods(state, user)).toEqual([]);
  });

  it('Methods: questions count with at least resetCount answers to questions still offered', () => {
    const ids = predefinedQuestions.slice(0, 3).map((question) => question.questionId);
    const user = kitUser({ id: 'ann', questions: ids.map((questionId) => ({ questionId, answerHash: 'x' })) });
    const state = kitState([user]);
    expect(usableMethods(state, user)).toEqual(['questions']);
    state.policy.questions = { ...state.policy.questions, registerCount: 4, resetCount: 4 };
    expect(usableMethods(state, user)).toEqual([]);
    state.policy.questions = { registerCount: 3, resetCount: 3, custom: [] };
    user.questions = [...user.questions.slice(0, 2), { questionId: 'custom-gone', answerHash: 'x' }];
    expect(usableMethods(state, user)).toEqual([]);
  });

  it('Registration: registered = at least methodsRequired usable methods', () => {
    const user = kitUser({ id: 'ann', contact: { ...noContact, authenticationEmail: 'ann@fabrikam.com' } });
    const state = kitState([user]);
    expect(isRegistered(state, user)).toBe(true);
    state.policy.methodsRequired = 2;
    expect(isRegistered(state, user)).toBe(false);
    user.contact.authenticationPhone = '+44 20 7946 0102';
    expect(isRegistered(state, user)).toBe(true);
  });
});
