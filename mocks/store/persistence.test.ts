import { describe, expect, it } from 'vitest';
import { createBackendKit } from '../testing/backend-fixture';
import { memoryStorage, persistedVersion, persistenceNotices } from './persistence';

const none = { params: undefined, query: undefined, body: undefined } as const;

describe('persistence of the demo state', () => {
  it('Persistence: unreadable state is replaced by the seed with a notice', async () => {
    const storage = memoryStorage('{"version": 1, "users": tru');
    const kit = await createBackendKit({ storage });
    expect(kit.backend.notices()).toEqual([persistenceNotices.unreadable]);
    await expect(kit.backend.operations.getDevNotices(none, { token: null })).resolves.toEqual({ items: [persistenceNotices.unreadable] });
    expect(JSON.parse(storage.text() ?? '{}')).toMatchObject({ version: persistedVersion });
    await expect(kit.backend.operations.signIn({ ...none, body: { userId: 'admin@contoso.com', password: 'Admin-Demo-2026!' } }, { token: null })).resolves.toBeTruthy();
  });

  it('Persistence: state of another version is replaced by the seed with a notice', async () => {
    const storage = memoryStorage(JSON.stringify({ version: persistedVersion + 1 }));
    const kit = await createBackendKit({ storage });
    expect(kit.backend.notices()).toEqual([persistenceNotices.wrong_version]);
  });

  it('Persistence: a readable blob of the right version but the wrong shape is refused, never half-read', async () => {
    const storage = memoryStorage(JSON.stringify({ version: persistedVersion, users: [] }));
    const kit = await createBackendKit({ storage });
    expect(kit.backend.notices()).toEqual([persistenceNotices.unreadable]);
  });

  it('Persistence: a saved user record without its fields is refused as unreadable', async () => {
    const storage = memoryStorage();
    const first = await createBackendKit({ storage });
    const admin = await first.as('admin@contoso.com');
    const id = first.backend.deps.state().userIdsByUpn.get('nestor@contoso.com') ?? '';
    await first.backend.operations.unlockUser({ ...none, params: { id } }, admin);
    const blob = JSON.parse(storage.text() ?? '{}');
    blob.users.changed = [{ id }];
    storage.save(JSON.stringify(blob));
    const second = await createBackendKit({ storage });
    expect(second.backend.notices()).toEqual([persistenceNotices.unreadable]);
    expect(second.backend.deps.state().users.get(id)?.userPrincipalName).toBe('nestor@contoso.com');
  });

  it('Persistence: changes survive a reload; only what changed since the seed is saved', async () => {
    const storage = memoryStorage();
    const first = await createBackendKit({ storage });
    const admin = await first.as('admin@contoso.com');
    const policy = await first.backend.operations.getPolicy(none, admin);
    await first.backend.operations.putPolicy({ ...none, body: { ...policy, reconfirmDays: 30 } }, admin);
    const nestorId = first.backend.deps.state().userIdsByUpn.get('nestor@contoso.com') ?? '';
    await first.backend.operations.patchUser({ ...none, params: { id: nestorId }, body: { contact: { mobilePhone: '+1 425 555 0150' } } }, admin);
    const diegoId = first.backend.deps.state().userIdsByUpn.get('diego@contoso.com') ?? '';
    await first.backend.operations.deleteUser({ ...none, params: { id: diegoId } }, admin);
    await first.backend.operations.advanceClock({ ...none, body: { advanceSeconds: 3600 } }, { token: null });

    const saved = JSON.parse(storage.text() ?? '{}');
    expect(saved.users.changed.map((user: { id: string }) => user.id)).toEqual([nestorId]);
    expect(saved.users.deleted).toEqual([diegoId]);

    const second = await createBackendKit({ storage });
    expect(second.backend.notices()).toEqual([]);
    const state = second.backend.deps.state();
    expect(state.policy.reconfirmDays).toBe(30);
    expect(state.users.get(nestorId)?.contact.mobilePhone).toBe('+1 425 555 0150');
    expect(state.users.get(diegoId)).toBeUndefined();
    expect(state.userIdsByUpn.get('diego@contoso.com')).toBeUndefined();
    expect(state.audit.at(-1)).toMatchObject({ activity: 'deleteUser' });
    expect(state.audit.length).toBe(first.backend.deps.state().audit.length);
    await expect(second.backend.operations.getMe(none, admin)).resolves.toMatchObject({ userPrincipalName: 'admin@contoso.com' });
    await expect(second.backend.operations.getClock(none, { token: null })).resolves.toEqual({ now: '2026-03-02T10:00:00.000Z' });
  });

  it('Persistence: reset demo data goes back to the seed', async () => {
    const storage = memoryStorage();
    const kit = await createBackendKit({ storage });
    const admin = await kit.as('admin@contoso.com');
    const id = kit.backend.deps.state().userIdsByUpn.get('nestor@contoso.com') ?? '';
    await kit.backend.operations.deleteUser({ ...none, params: { id } }, admin);
    await kit.backend.operations.resetDemo({ ...none, body: {} }, { token: null });
    expect(kit.backend.deps.state().users.get(id)).toBeDefined();
    const saved = JSON.parse(storage.text() ?? '{}');
    expect(saved.users).toEqual({ changed: [], deleted: [] });
  });

  it('Persistence: a typical demo session stays far below 500 KB', async () => {
    const storage = memoryStorage();
    const kit = await createBackendKit({ storage, generatedUsers: 500 });
    const admin = await kit.as('admin@contoso.com');
    const policy = await kit.backend.operations.getPolicy(none, admin);
    await kit.backend.operations.putPolicy({ ...none, body: { ...policy, methodsRequired: 2 } }, admin);
    const nestor = await kit.as('nestor@contoso.com');
    for (let i = 0; i < 8; i += 1) await kit.backend.operations.startEmailVerification({ ...none, body: { value: `n${i}@fabrikam.com` } }, nestor);
    expect(new TextEncoder().encode(storage.text() ?? '').length).toBeLessThan(500 * 1024);
    expect(new TextEncoder().encode(storage.text() ?? '').length).toBeLessThan(40 * 1024);
  });
});
