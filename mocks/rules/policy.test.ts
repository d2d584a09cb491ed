import type { Policy } from '@/api';
import { adminPolicyMethods, isValidHelpdeskContact, seedPolicy, validatePolicy } from './policy';
import { predefinedQuestions } from './questions';

const groups = new Set(['grp-pilot', 'grp-all-staff']);
const valid = seedPolicy('grp-pilot');
const check = (change: Partial<Policy>) => validatePolicy({ ...valid, ...change }, groups);
const codesOf = (change: Partial<Policy>) => check(change).map((v) => `${v.field}:${v.code}`);

describe('policy validation', () => {
  it('Policy: the seeded defaults of the table are valid', () => {
    expect(valid).toMatchObject({
      enablement: 'selected',
      groupId: 'grp-pilot',
      methodsRequired: 1,
      methodsAllowed: ['email', 'mobilePhone', 'officePhone', 'appCode', 'securityQuestions'],
      questions: { registerCount: 3, resetCount: 3, custom: [] },
      requireRegistrationOnSignIn: true,
      reconfirmDays: 180,
      notifyUserOnReset: true,
      notifyAdminsOnAdminReset: true,
      helpdesk: { mode: 'default', contact: null },
      onPremises: { writeback: true, allowUnlock: true },
      bannedPasswords: { enforceCustom: true },
      captcha: true,
      enumerationProtection: true,
    });
    expect(valid.bannedPasswords.custom.length).toBeGreaterThan(0);
    expect(validatePolicy(valid, groups)).toEqual([]);
  });

  it('Policy: the admin policy allows email, mobilePhone, officePhone, appCode and appNotification', () => {
    expect(adminPolicyMethods).toEqual(['email', 'mobilePhone', 'officePhone', 'appCode', 'appNotification']);
  });

  it('Policy: enablement selected needs a known group', () => {
    expect(codesOf({ groupId: null })).toEqual(['groupId:group_required']);
    expect(check({ groupId: 'grp-nope' })).toEqual([{ code: 'unknown_group', field: 'groupId', params: { groupId: 'grp-nope' } }]);
    expect(codesOf({ enablement: 'all', groupId: null })).toEqual([]);
    expect(codesOf({ enablement: 'none', groupId: 'grp-nope' })).toEqual([]);
  });

  it('Policy: methodsRequired is 1 or 2', () => {
    expect(check({ methodsRequired: 3 })).toEqual([{ code: 'out_of_range', field: 'methodsRequired', params: { min: 1, max: 2, actual: 3 } }]);
    expect(codesOf({ methodsRequired: 0 })).toEqual(['methodsRequired:out_of_range']);
    expect(codesOf({ methodsRequired: 2 })).toEqual([]);
  });

  it('Policy: at least one method is allowed, each once', () => {
    expect(codesOf({ methodsAllowed: [] })).toEqual(['methodsAllowed:no_methods']);
    expect(check({ methodsAllowed: ['email', 'email'] })).toEqual([
      { code: 'duplicate', field: 'methodsAllowed.1', params: { value: 'email' } },
    ]);
    expect(check({ methodsRequired: 2, methodsAllowed: ['email'] })).toEqual([
      { code: 'too_few_methods', field: 'methodsAllowed', params: { required: 2, actual: 1 } },
    ]);
  });

  it("Policy: the app can't be the only way (1 required: one other method; 2 required: two others)", () => {
    expect(check({ methodsAllowed: ['appCode'] })).toEqual([{ code: 'app_only_method', field: 'methodsAllowed', params: { required: 1 } }]);
    expect(codesOf({ methodsAllowed: ['appCode', 'email'] })).toEqual([]);
    expect(check({ methodsRequired: 2, methodsAllowed: ['appCode', 'appNotification', 'email'] })).toEqual([
      { code: 'app_only_method', field: 'methodsAllowed', params: { required: 2 } },
    ]);
    expect(codesOf({ methodsRequired: 2, methodsAllowed: ['appCode', 'appNotification', 'email', 'securityQuestions'] })).toEqual([]);
  });

  it('Policy: appNotification only when 2 are required', () => {
    expect(codesOf({ methodsAllowed: ['email', 'mobilePhone', 'appNotification'] })).toEqual(['methodsAllowed:app_notification_needs_two']);
    expect(codesOf({ methodsRequired: 2, methodsAllowed: ['email', 'mobilePhone', 'appNotification'] })).toEqual([]);
  });

  it('Policy: questions to register / to reset are 3–5, reset ≤ register', () => {
    expect(check({ questions: { registerCount: 6, resetCount: 2, custom: [] } })).toEqual([
      { code: 'out_of_range', field: 'questions.registerCount', params: { min: 3, max: 5, actual: 6 } },
      { code: 'out_of_range', field: 'questions.resetCount', params: { min: 3, max: 5, actual: 2 } },
    ]);
    expect(check({ questions: { registerCount: 3, resetCount: 4, custom: [] } })).toEqual([
      { code: 'reset_exceeds_register', field: 'questions.resetCount', params: { max: 3, actual: 4 } },
    ]);
    expect(codesOf({ questions: { registerCount: 5, resetCount: 5, custom: [] } })).toEqual([]);
  });

  it('Policy: custom questions up to 20, 3–200 characters each', () => {
    const twentyOne = Array.from({ length: 21 }, (_, i) => `Custom question number ${i}?`);
    expect(check({ questions: { registerCount: 3, resetCount: 3, custom: twentyOne } })).toEqual([
      { code: 'too_many', field: 'questions.custom', params: { max: 20, actual: 21 } },
    ]);
    expect(codesOf({ questions: { registerCount: 3, resetCount: 3, custom: twentyOne.slice(0, 20) } })).toEqual([]);
    expect(
      check({ questions: { registerCount: 3, resetCount: 3, custom: [' ab ', 'x'.repeat(201), 'Your first robot?', 'your FIRST  robot?', predefinedQuestions[0]?.text ?? ''] } }),
    ).toEqual([
      { code: 'length', field: 'questions.custom.0', params: { min: 3, max: 200, actual: 2 } },
      { code: 'length', field: 'questions.custom.1', params: { min: 3, max: 200, actual: 201 } },
      { code: 'duplicate', field: 'questions.custom.3' },
      { code: 'duplicate', field: 'questions.custom.4' },
    ]);
  });

  it('Policy: reconfirmDays is 0–730 (0 = never)', () => {
    expect(codesOf({ reconfirmDays: 0 })).toEqual([]);
    expect(codesOf({ reconfirmDays: 730 })).toEqual([]);
    expect(check({ reconfirmDays: 731 })).toEqual([{ code: 'out_of_range', field: 'reconfirmDays', params: { min: 0, max: 730, actual: 731 } }]);
    expect(codesOf({ reconfirmDays: -1 })).toEqual(['reconfirmDays:out_of_range']);
  });

  it('Policy: a custom help desk is an https URL or an e-mail address', () => {
    expect(codesOf({ helpdesk: { mode: 'custom', contact: 'https://help.contoso.com/passwords' } })).toEqual([]);
    expect(codesOf({ helpdesk: { mode: 'custom', contact: 'helpdesk@contoso.com' } })).toEqual([]);
    expect(codesOf({ helpdesk: { mode: 'custom', contact: null } })).toEqual(['helpdesk.contact:required']);
    for (const contact of ['http://help.contoso.com', 'javascript:alert(1)', 'help desk', 'https://user:pw@help.contoso.com']) {
      expect(isValidHelpdeskContact(contact), contact).toBe(false);
      expect(codesOf({ helpdesk: { mode: 'custom', contact } })).toEqual(['helpdesk.contact:invalid_contact']);
    }
    expect(codesOf({ helpdesk: { mode: 'default', contact: null } })).toEqual([]);
  });

  it('Policy: the custom banned list holds up to 1000 terms of 4–16 characters', () => {
    const many = Array.from({ length: 1001 }, (_, i) => `term${i}`);
    expect(check({ bannedPasswords: { enforceCustom: true, custom: many } })).toEqual([
      { code: 'too_many', field: 'bannedPasswords.custom', params: { max: 1000, actual: 1001 } },
    ]);
    expect(codesOf({ bannedPasswords: { enforceCustom: true, custom: many.slice(0, 1000) } })).toEqual([]);
    expect(check({ bannedPasswords: { enforceCustom: false, custom: ['abc', 'x'.repeat(17), 'Contoso', ' CONTOSO ', 'C0nt0s0'] } })).toEqual([
      { code: 'length', field: 'bannedPasswords.custom.0', params: { min: 4, max: 16, actual: 3 } },
      { code: 'length', field: 'bannedPasswords.custom.1', params: { min: 4, max: 16, actual: 17 } },
      { code: 'duplicate', field: 'bannedPasswords.custom.3' },
    ]);
  });
});
