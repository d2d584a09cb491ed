import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from './backend';
import { createBackendKit, none } from '../testing/backend-fixture';
import { fileStorage } from '../store/file-storage';
import { memoryStorage, persistenceNotices } from '../store/persistence';

type Blob = Record<string, unknown> & { users: { changed: Record<string, unknown>[] } };

/** A valid saved blob with a change the check has to read: a renamed user with registered questions. */
async function savedBlob(): Promise<string> {
  const storage = memoryStorage();
  const kit = await createBackendKit({ storage });
  const admin = await kit.as('admin@contoso.com');
  const isaiah = await kit.as('isaiah@contoso.com');
  const { id } = await kit.backend.operations.getMe(none, isaiah);
  await kit.backend.operations.patchUser({ ...none, params: { id }, body: { displayName: 'Isaiah L.' } }, admin);
  return storage.text() ?? '';
}

function damaged(text: string, damage: (blob: Blob) => void): string {
  const blob: Blob = JSON.parse(text);
  damage(blob);
  return JSON.stringify(blob);
}

const adminSignIn = { ...none, body: { userId: 'admin@contoso.com', password: 'Admin-Demo-2026!' } };

describe('the saved state file', () => {
  const damages: [string, (blob: Blob) => void][] = [
    ['"policy": {}', (blob) => (blob.policy = {})],
    ['a user\'s "questions": null', (blob) => (blob.users.changed.forEach((user) => (user.questions = null)))],
    ['a session without its user', (blob) => (blob.sessions = [{ token: 'tok_x', createdAt: 0, expiresAt: 1 }])],
    ['an outbox message of an unknown channel', (blob) => (blob.outbox = [{ id: 'm', channel: 'fax', to: 'x', subject: '', body: '', sentAt: '2026-03-02T09:00:00.000Z' }])],
    ['devSettings with a failure rate of 7', (blob) => (blob.devSettings = { latencyMs: 0, failureRate: 7 })],
  ];

  it.each(damages)('State file: %s is refused with a notice, kept aside, and the seed answers sign-in and reset', async (_name, damage) => {
    const text = await savedBlob();
    const storage = memoryStorage(damaged(text, damage));
    const kit = await createBackendKit({ storage });
    expect(kit.backend.notices()).toEqual([persistenceNotices.unreadable]);
    expect(storage.keptAside()).toEqual([damaged(text, damage)]);
    await expect(kit.backend.operations.signIn(adminSignIn, { token: null })).resolves.toMatchObject({ user: { isAdmin: true } });
    const captcha = await kit.backend.operations.getCaptcha(none, { token: null });
    const challengeId = captcha.enabled ? captcha.challengeId : '';
    const { answer } = await kit.backend.operations.getCaptchaAnswer({ ...none, params: { challengeId } }, { token: null });
    await expect(
      kit.backend.operations.startReset({ ...none, body: { userId: 'adele@contoso.com', captcha: { challengeId, answer } } }, { token: null }),
    ).resolves.toMatchObject({ step: 'verify' });
  });

  it('State file: an undamaged save loads without a notice', async () => {
    const text = await savedBlob();
    const storage = memoryStorage(text);
    const kit = await createBackendKit({ storage });
    expect(kit.backend.notices()).toEqual([]);
    expect(storage.keptAside()).toEqual([]);
  });
});

describe('the state file on disk', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'portal-state-'));
    dirs.push(dir);
    return dir;
  };

  it('State file: a save writes a temporary file and renames it, so the file is always whole', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'mock-state.json');
    const storage = fileStorage(file);
    storage.save('{"first":true}');
    storage.save('{"second":true}');
    expect(readFileSync(file, 'utf8')).toBe('{"second":true}');
    expect(readdirSync(dir)).toEqual(['mock-state.json']);
  });

  it('State file: an unreadable file is kept as <file>.bak beside it and the seed starts with a notice', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'mock-state.json');
    writeFileSync(file, '{"version": 3, "policy": {}');
    const backend = await createBackend({ storage: fileStorage(file), seedOptions: { generatedUsers: 40 }, saveDelayMs: 0, hashIterations: 1_000 });
    expect(backend.notices()).toEqual([persistenceNotices.unreadable]);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('{"version": 3, "policy": {}');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 3 });
  });
});
