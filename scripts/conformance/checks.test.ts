import { beforeAll, describe, expect, it } from 'vitest';
import { freshPassword } from './checks';
import { checkPassword } from '../../mocks/rules/passwords';
import { bannedContextFor } from '../../mocks/engine/user-passwords';
import { createSeedState } from '../../mocks/store/seed';
import type { PortalState } from '../../mocks/store/state';

describe('the conformance run', () => {
  let state: PortalState;
  beforeAll(async () => {
    state = await createSeedState({ generatedUsers: 0, now: Date.parse('2026-03-02T09:00:00.000Z'), hashIterations: 1_000 });
  });

  it('sets a new password the mock accepts, whatever the clock reads', () => {
    const happy = [...state.users.values()].find((user) => user.userPrincipalName === 'adele@contoso.com') ?? null;
    expect(happy).not.toBeNull();
    const context = bannedContextFor(state, happy);
    const seeds = 8 ** 4; // every tail freshPassword makes
    const passwords = new Set<string>();
    const refused: string[] = [];
    for (let seed = 0; seed < seeds; seed += 1) {
      const password = freshPassword(seed);
      passwords.add(password);
      if (checkPassword(password, context).length > 0) refused.push(password);
    }
    expect(refused).toEqual([]);
    expect(passwords.size).toBe(seeds);
    expect(freshPassword(seeds + 5)).toBe(freshPassword(5));
  });

  it('the old digits could spell a banned term: "Harbour-Lantern-147!q" is refused', () => {
    expect(checkPassword('Harbour-Lantern-147!q', bannedContextFor(state, null)).map((violation) => violation.code)).toEqual(['banned']);
  });
});
