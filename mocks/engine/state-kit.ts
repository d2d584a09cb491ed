import type { PortalState, StoredUser } from '../store/state';
import { seedPolicy } from './rules/policy';

/** Hand-built directories for the rule tests: a pilot group with a nested group, and users as asked. */
export const kitGroups = { pilot: 'grp-pilot', nested: 'grp-nested', other: 'grp-other' } as const;

export function kitUser(overrides: Partial<StoredUser> & { id: string }): StoredUser {
  return {
    userPrincipalName: `${overrides.id}@contoso.com`,
    displayName: overrides.id,
    givenName: 'Given',
    surname: 'Person',
    source: 'cloud',
    licenses: ['entraP1'],
    groupIds: [kitGroups.pilot],
    roles: [],
    accountEnabled: true,
    lockedOut: false,
    contact: { authenticationEmail: null, alternateEmail: null, authenticationPhone: null, mobilePhone: null, officePhone: null },
    app: null,
    questions: [],
    lastConfirmedAt: null,
    passwordHash: null,
    passwordHistory: [],
    passwordChangedAt: null,
    changePasswordFailures: { count: 0, lockouts: 0, lockedUntil: null },
    promptDismissedAt: null,
    ...overrides,
  };
}

export function kitState(users: StoredUser[]): PortalState {
  return {
    organization: { name: 'Contoso' },
    policy: seedPolicy(kitGroups.pilot),
    branding: null,
    groups: {
      [kitGroups.pilot]: { id: kitGroups.pilot, name: 'SSPR Pilot', memberGroupIds: [kitGroups.nested] },
      [kitGroups.nested]: { id: kitGroups.nested, name: 'Wave 2', memberGroupIds: [] },
      [kitGroups.other]: { id: kitGroups.other, name: 'Other', memberGroupIds: [] },
    },
    users: Object.fromEntries(users.map((user) => [user.id, user])),
    userIdsByUpn: Object.fromEntries(users.map((user) => [user.userPrincipalName.toLowerCase(), user.id])),
    sessions: {},
    flows: {},
    verifications: {},
    captchas: {},
    throttles: {},
    outbox: [],
    reports: { registrations: [], resets: [] },
    audit: [],
    clockOffsetMs: 0,
    devSettings: { latencyMs: 0, failureRate: 0 },
  };
}

/** Well-formed contact data for one usable e-mail and one usable mobile phone. */
export const emailAndPhone = {
  authenticationEmail: 'person@fabrikam.com',
  alternateEmail: null,
  authenticationPhone: '+1 425 555 0101',
  mobilePhone: null,
  officePhone: null,
};
