import type { EligibilityReason, License, Policy, PolicyMethod, SecurityMethodKind } from '@/api';
import type { PortalState, StoredUser } from '../store/state';
import { allUsers } from './directory-index';
import { isWellFormedEmail, parsePhone } from '../rules/contact';
import { adminMethodsRequired, adminPolicyMethods } from '../rules/policy';
import { customQuestionId, predefinedQuestions } from '../rules/questions';


const paidCloudLicenses: readonly License[] = ['businessStandard', 'businessPremium', 'entraP1', 'entraP2'];
const onPremisesLicenses: readonly License[] = ['businessPremium', 'entraP1', 'entraP2'];

export function findUserByUpn(state: PortalState, upn: string): StoredUser | null {
  const id = state.userIdsByUpn.get(upn.trim().toLowerCase());
  return id === undefined ? null : (state.users.get(id) ?? null);
}

export function findUserById(state: PortalState, id: string): StoredUser | null {
  return state.users.get(id) ?? null;
}

export function isAdmin(user: StoredUser): boolean {
  return user.roles.length > 0;
}

/** Every source but cloud is managed on premises. */
export function isOnPremises(user: StoredUser): boolean {
  return user.source !== 'cloud';
}

/** The group and every group nested in it, at any depth (cycle-safe). */
// Groups change only with a new state (there is no group editing), so closures are cached per groups map.
const closureCache = new WeakMap<PortalState['groups'], Map<string, ReadonlySet<string>>>();

export function groupClosure(state: PortalState, groupId: string): ReadonlySet<string> {
  let byGroup = closureCache.get(state.groups);
  if (!byGroup) {
    byGroup = new Map();
    closureCache.set(state.groups, byGroup);
  }
  const cached = byGroup.get(groupId);
  if (cached) return cached;
  const closure = computeClosure(state, groupId);
  byGroup.set(groupId, closure);
  return closure;
}

function computeClosure(state: PortalState, groupId: string): Set<string> {
  const closure = new Set<string>();
  const pending = [groupId];
  while (pending.length > 0) {
    const id = pending.pop() as string;
    if (closure.has(id)) continue;
    closure.add(id);
    for (const nested of state.groups.get(id)?.memberGroupIds ?? []) pending.push(nested);
  }
  return closure;
}

export function isInGroup(state: PortalState, user: StoredUser, groupId: string): boolean {
  if (user.groupIds.length === 0) return false;
  const closure = groupClosure(state, groupId);
  return user.groupIds.some((id) => closure.has(id));
}

/** Members of a group, nested groups included. */
export function groupMembers(state: PortalState, groupId: string): StoredUser[] {
  const closure = groupClosure(state, groupId);
  return allUsers(state).filter((user) => user.groupIds.some((id) => closure.has(id)));
}

export function effectiveMethodsAllowed(policy: Policy, user: StoredUser): PolicyMethod[] {
  return isAdmin(user) ? [...adminPolicyMethods] : [...policy.methodsAllowed];
}

export function methodsRequired(policy: Policy, user: StoredUser): number {
  return isAdmin(user) ? adminMethodsRequired : policy.methodsRequired;
}

/** The registration-side method kinds a policy method belongs to. */
export function methodKindOf(method: PolicyMethod): SecurityMethodKind {
  switch (method) {
    case 'appCode':
    case 'appNotification':
      return 'app';
    case 'securityQuestions':
      return 'questions';
    default:
      return method;
  }
}

// Cached per methodsAllowed list (a PUT replaces the policy): reports ask for every user.
const allowedKindsCache = new WeakMap<readonly PolicyMethod[], ReadonlySet<SecurityMethodKind>>();
const adminKinds: ReadonlySet<SecurityMethodKind> = new Set(adminPolicyMethods.map(methodKindOf));

export function allowedMethodKinds(policy: Policy, user: StoredUser): ReadonlySet<SecurityMethodKind> {
  if (isAdmin(user)) return adminKinds;
  let kinds = allowedKindsCache.get(policy.methodsAllowed);
  if (!kinds) {
    kinds = new Set(policy.methodsAllowed.map(methodKindOf));
    allowedKindsCache.set(policy.methodsAllowed, kinds);
  }
  return kinds;
}

// Phone parsing is the slow part of eligibility; the same strings come back on every report and search.
const phoneCache = new Map<string, ReturnType<typeof parsePhone>>();
const emailCache = new Map<string, boolean>();
const cacheLimit = 250_000;

export function cachedParsePhone(value: string): ReturnType<typeof parsePhone> {
  const hit = phoneCache.get(value);
  if (hit !== undefined || phoneCache.has(value)) return hit ?? null;
  const parsed = parsePhone(value);
  if (phoneCache.size >= cacheLimit) phoneCache.clear();
  phoneCache.set(value, parsed);
  return parsed;
}

export function cachedIsEmail(value: string): boolean {
  const hit = emailCache.get(value);
  if (hit !== undefined) return hit;
  const ok = isWellFormedEmail(value);
  if (emailCache.size >= cacheLimit) emailCache.clear();
  emailCache.set(value, ok);
  return ok;
}

/** authenticationEmail, else alternateEmail: the first well-formed one (malformed data doesn't count). */
export function usableEmail(user: StoredUser): string | null {
  for (const value of [user.contact.authenticationEmail, user.contact.alternateEmail]) {
    if (value && cachedIsEmail(value)) return value;
  }
  return null;
}

/** authenticationPhone, else mobilePhone: the first well-formed one, in E.164. */
export function usableMobilePhone(user: StoredUser): { value: string; e164: string } | null {
  for (const value of [user.contact.authenticationPhone, user.contact.mobilePhone]) {
    const parsed = value ? cachedParsePhone(value) : null;
    if (value && parsed) return { value, e164: parsed.e164 };
  }
  return null;
}

export function usableOfficePhone(user: StoredUser): { value: string; e164: string } | null {
  const value = user.contact.officePhone;
  const parsed = value ? cachedParsePhone(value) : null;
  return value && parsed ? { value, e164: parsed.e164 } : null;
}

/** The question IDs the policy offers now: the predefined list and the admin's custom questions. */
export function offeredQuestionIds(policy: Policy): Set<string> {
  // Cached per custom list (a PUT replaces the array): eligibility asks for every user in reports.
  const cached = offeredCache.get(policy.questions.custom);
  if (cached && cached.size === predefinedQuestions.length + policy.questions.custom.length) return cached;
  const ids = new Set(predefinedQuestions.map((question) => question.questionId));
  for (const text of policy.questions.custom) ids.add(customQuestionId(text));
  offeredCache.set(policy.questions.custom, ids);
  return ids;
}
const offeredCache = new WeakMap<readonly string[], Set<string>>();

/** Registered answers whose question the policy still offers (a removed custom question no longer counts). */
export function validQuestionAnswers(policy: Policy, user: StoredUser): StoredUser['questions'] {
  if (user.questions.length === 0) return [];
  const offered = offeredQuestionIds(policy);
  return user.questions.filter((answer) => offered.has(answer.questionId));
}

/** Whether the person's data for a kind is there and well-formed, regardless of the policy. */
export function hasMethodData(policy: Policy, user: StoredUser, kind: SecurityMethodKind): boolean {
  switch (kind) {
    case 'email':
      return usableEmail(user) !== null;
    case 'mobilePhone':
      return usableMobilePhone(user) !== null;
    case 'officePhone':
      return usableOfficePhone(user) !== null;
    case 'app':
      return user.app !== null;
    case 'questions':
      // Enough answers to be asked resetCount of them at a reset.
      return user.questions.length > 0 && validQuestionAnswers(policy, user).length >= policy.questions.resetCount;
  }
}

const kindOrder: readonly SecurityMethodKind[] = ['email', 'mobilePhone', 'officePhone', 'app', 'questions'];

interface UsableMemo {
  policy: Policy;
  methodsAllowed: readonly PolicyMethod[];
  allowedCount: number;
  custom: readonly string[];
  customCount: number;
  resetCount: number;
  roles: readonly string[];
  roleCount: number;
  contact: StoredUser['contact'];
  authenticationEmail: string | null;
  alternateEmail: string | null;
  authenticationPhone: string | null;
  mobilePhone: string | null;
  officePhone: string | null;
  app: StoredUser['app'];
  questions: StoredUser['questions'];
  questionCount: number;
  kinds: SecurityMethodKind[];
}
// Reports and filtered searches ask this for every user; the answer only changes with these inputs.
const usableMemo = new WeakMap<StoredUser, UsableMemo>();

function memoHolds(memo: UsableMemo, policy: Policy, user: StoredUser): boolean {
  const { contact } = user;
  return (
    memo.policy === policy &&
    memo.methodsAllowed === policy.methodsAllowed &&
    memo.allowedCount === policy.methodsAllowed.length &&
    memo.custom === policy.questions.custom &&
    memo.customCount === policy.questions.custom.length &&
    memo.resetCount === policy.questions.resetCount &&
    memo.roles === user.roles &&
    memo.roleCount === user.roles.length &&
    memo.contact === contact &&
    memo.authenticationEmail === contact.authenticationEmail &&
    memo.alternateEmail === contact.alternateEmail &&
    memo.authenticationPhone === contact.authenticationPhone &&
    memo.mobilePhone === contact.mobilePhone &&
    memo.officePhone === contact.officePhone &&
    memo.app === user.app &&
    memo.questions === user.questions &&
    memo.questionCount === user.questions.length
  );
}

/** The kinds this person can verify with: allowed (policy or admin policy) and holding well-formed data. */
export function usableMethods(state: PortalState, user: StoredUser): SecurityMethodKind[] {
  return [...usableKinds(state.policy, user)];
}

function usableKinds(policy: Policy, user: StoredUser): readonly SecurityMethodKind[] {
  const memo = usableMemo.get(user);
  if (memo && memoHolds(memo, policy, user)) return memo.kinds;
  const allowed = allowedMethodKinds(policy, user);
  const kinds = kindOrder.filter((kind) => allowed.has(kind) && hasMethodData(policy, user, kind));
  const { contact } = user;
  usableMemo.set(user, {
    policy,
    methodsAllowed: policy.methodsAllowed,
    allowedCount: policy.methodsAllowed.length,
    custom: policy.questions.custom,
    customCount: policy.questions.custom.length,
    resetCount: policy.questions.resetCount,
    roles: user.roles,
    roleCount: user.roles.length,
    contact,
    authenticationEmail: contact.authenticationEmail,
    alternateEmail: contact.alternateEmail,
    authenticationPhone: contact.authenticationPhone,
    mobilePhone: contact.mobilePhone,
    officePhone: contact.officePhone,
    app: user.app,
    questions: user.questions,
    questionCount: user.questions.length,
    kinds,
  });
  return kinds;
}

/** Registered = at least methodsRequired usable methods (admins: two). */
export function isRegistered(state: PortalState, user: StoredUser): boolean {
  return usableKinds(state.policy, user).length >= methodsRequired(state.policy, user);
}

export function hasRequiredLicense(user: StoredUser): boolean {
  const needed = isOnPremises(user) ? onPremisesLicenses : paidCloudLicenses;
  return user.licenses.some((license) => needed.includes(license));
}

/** Whether the policy's enablement covers the person (admins always are). */
export function isInScope(state: PortalState, user: StoredUser): boolean {
  return scopeFailure(state, user) === null;
}

function scopeFailure(state: PortalState, user: StoredUser): 'sspr_disabled' | 'not_in_group' | null {
  if (isAdmin(user)) return null;
  const { enablement, groupId } = state.policy;
  if (enablement === 'none') return 'sspr_disabled';
  if (enablement === 'selected' && (groupId === null || !isInGroup(state, user, groupId))) return 'not_in_group';
  return null;
}

/**
 * PRODUCT.md "Eligibility to reset", in its order: the first failure is the reason; null when
 * eligible. A disabled account comes first, as sspr_disabled: reset is off for it, admins too.
 */
export function checkEligibility(state: PortalState, user: StoredUser): EligibilityReason | null {
  if (!user.accountEnabled) return 'sspr_disabled';
  const scope = scopeFailure(state, user);
  if (scope) return scope;
  if (!hasRequiredLicense(user)) return 'not_licensed';
  if (!isRegistered(state, user)) return 'not_registered';
  if (isOnPremises(user) && !state.policy.onPremises.writeback) return 'writeback_disabled';
  return null;
}

/** Changing a known password needs a cloud account or, on premises, writeback. */
export function canChangePassword(state: PortalState, user: StoredUser): boolean {
  return !isOnPremises(user) || state.policy.onPremises.writeback;
}
