import { emptyState, newUserDefaults, type PortalState, type StoredUser } from '../store/state';
import { seedPolicy } from '../rules/policy';

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
    ...newUserDefaults(),
    ...overrides,
  };
}

export function kitState(users: StoredUser[]): PortalState {
  return emptyState({
    organization: { name: 'Contoso' },
    policy: seedPolicy(kitGroups.pilot),
    groups: new Map([
      [kitGroups.pilot, { id: kitGroups.pilot, name: 'SSPR Pilot', memberGroupIds: [kitGroups.nested] }],
      [kitGroups.nested, { id: kitGroups.nested, name: 'Wave 2', memberGroupIds: [] }],
      [kitGroups.other, { id: kitGroups.other, name: 'Other', memberGroupIds: [] }],
    ]),
    users: new Map(users.map((user) => [user.id, user])),
    userIdsByUpn: new Map(users.map((user) => [user.userPrincipalName.toLowerCase(), user.id])),
  });
}

/** Well-formed contact data for one usable e-mail and one usable mobile phone. */
export const emailAndPhone = {
  authenticationEmail: 'person@fabrikam.com',
  alternateEmail: null,
  authenticationPhone: '+1 425 555 0101',
  mobilePhone: null,
  officePhone: null,
};
