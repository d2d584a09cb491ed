import { policyLimits, type Policy, type PolicyMethod, type Violation } from '@/api';
import { isWellFormedEmail } from './contact';
import { normalizeAnswer, predefinedQuestions } from './questions';

/** What every admin gets whatever the policy says: two of these, never security questions. */
export const adminPolicyMethods: readonly PolicyMethod[] = ['email', 'mobilePhone', 'officePhone', 'appCode', 'appNotification'];
export const adminMethodsRequired = 2;

const appMethods: ReadonlySet<PolicyMethod> = new Set(['appCode', 'appNotification']);

/** The seeded policy of PRODUCT.md's table. */
export function seedPolicy(groupId: string): Policy {
  return {
    enablement: 'selected',
    groupId,
    methodsRequired: 1,
    methodsAllowed: ['email', 'mobilePhone', 'officePhone', 'appCode', 'securityQuestions'],
    questions: { registerCount: 3, resetCount: 3, custom: [] },
    requireRegistrationOnSignIn: true,
    reconfirmDays: 180,
    notifyUserOnReset: true,
    notifyAdminsOnAdminReset: true,
    helpdesk: { mode: 'default', contact: null },
    onPremises: { writeback: true, allowUnlock: true },
    bannedPasswords: { enforceCustom: true, custom: ['contoso', 'fabrikam', 'northwind', 'woodgrove', 'tailspin'] },
    captcha: true,
    enumerationProtection: true,
  };
}

function outOfRange(field: string, value: number, min: number, max: number): Violation[] {
  return Number.isInteger(value) && value >= min && value <= max
    ? []
    : [{ code: 'out_of_range', field, params: { min, max, actual: value } }];
}

/** A help-desk contact is an https address or an e-mail address. */
export function isValidHelpdeskContact(contact: string): boolean {
  const value = contact.trim();
  if (value.startsWith('mailto:')) return isWellFormedEmail(value.slice('mailto:'.length));
  if (isWellFormedEmail(value)) return true;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0 && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Texts that must be 3–200 (questions) or 4–16 (terms) characters, at most `max` of them, no two alike. */
function validateTextList(
  field: string,
  texts: readonly string[],
  max: number,
  length: { min: number; max: number },
  fold: (text: string) => string,
  taken: ReadonlySet<string> = new Set(),
): Violation[] {
  const violations: Violation[] = [];
  if (texts.length > max) violations.push({ code: 'too_many', field, params: { max, actual: texts.length } });
  const seen = new Set(taken);
  texts.forEach((text, i) => {
    const actual = [...text.trim()].length;
    if (actual < length.min || actual > length.max) {
      violations.push({ code: 'length', field: `${field}.${i}`, params: { min: length.min, max: length.max, actual } });
      return;
    }
    const key = fold(text);
    if (seen.has(key)) violations.push({ code: 'duplicate', field: `${field}.${i}` });
    seen.add(key);
  });
  return violations;
}

/**
 * Every range and combination rule of PRODUCT.md's policy table; one violation per problem,
 * each with the dotted path of its field. An empty list means the policy can be saved.
 */
export function validatePolicy(policy: Policy, knownGroupIds: ReadonlySet<string>): Violation[] {
  const violations: Violation[] = [];

  if (policy.enablement === 'selected') {
    const groupId = policy.groupId?.trim() ?? '';
    if (groupId === '') violations.push({ code: 'group_required', field: 'groupId' });
    else if (!knownGroupIds.has(groupId)) violations.push({ code: 'unknown_group', field: 'groupId', params: { groupId } });
  }

  const required = policy.methodsRequired;
  const requiredValid = required === 1 || required === 2;
  violations.push(...outOfRange('methodsRequired', required, 1, 2));

  const allowed = new Set<PolicyMethod>();
  policy.methodsAllowed.forEach((method, i) => {
    if (allowed.has(method)) violations.push({ code: 'duplicate', field: `methodsAllowed.${i}`, params: { value: method } });
    allowed.add(method);
  });
  if (allowed.size === 0) {
    violations.push({ code: 'no_methods', field: 'methodsAllowed' });
  } else if (requiredValid) {
    const otherMethods = [...allowed].filter((method) => !appMethods.has(method)).length;
    const appAllowed = allowed.has('appCode') || allowed.has('appNotification');
    if (otherMethods < required) {
      violations.push(
        appAllowed
          ? { code: 'app_only_method', field: 'methodsAllowed', params: { required } }
          : { code: 'too_few_methods', field: 'methodsAllowed', params: { required, actual: otherMethods } },
      );
    }
  }
  if (allowed.has('appNotification') && required !== 2) {
    violations.push({ code: 'app_notification_needs_two', field: 'methodsAllowed' });
  }

  const { registerCount, resetCount, custom } = policy.questions;
  violations.push(...outOfRange('questions.registerCount', registerCount, policyLimits.questionsMin, policyLimits.questionsMax));
  violations.push(...outOfRange('questions.resetCount', resetCount, policyLimits.questionsMin, policyLimits.questionsMax));
  if (Number.isInteger(registerCount) && Number.isInteger(resetCount) && resetCount > registerCount) {
    violations.push({ code: 'reset_exceeds_register', field: 'questions.resetCount', params: { max: registerCount, actual: resetCount } });
  }
  const predefinedTexts = new Set(predefinedQuestions.map((question) => normalizeAnswer(question.text)));
  violations.push(
    ...validateTextList('questions.custom', custom, policyLimits.customQuestionsMax, policyLimits.customQuestionLength, normalizeAnswer, predefinedTexts),
  );

  violations.push(...outOfRange('reconfirmDays', policy.reconfirmDays, policyLimits.reconfirmDays.min, policyLimits.reconfirmDays.max));

  if (policy.helpdesk.mode === 'custom') {
    const contact = policy.helpdesk.contact?.trim() ?? '';
    if (contact === '') violations.push({ code: 'required', field: 'helpdesk.contact' });
    else if (!isValidHelpdeskContact(contact)) violations.push({ code: 'invalid_contact', field: 'helpdesk.contact' });
  }

  violations.push(
    ...validateTextList(
      'bannedPasswords.custom',
      policy.bannedPasswords.custom,
      policyLimits.bannedTermsMax,
      policyLimits.bannedTermLength,
      (term) => term.trim().toLowerCase(),
    ),
  );
  return violations;
}
