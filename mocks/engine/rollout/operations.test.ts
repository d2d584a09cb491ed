import { describe, expect, it } from 'vitest';
import { createBackendKit, none, problemOf } from '../../testing/backend-fixture';
import { pendingRecipients } from './status';

const message = { subject: 'Set up password reset', body: 'Register at https://passwords.contoso.com' };
const day = 24 * 60 * 60;

async function kitWithAdmin() {
  const kit = await createBackendKit({ generatedUsers: 60 });
  const admin = await kit.as('admin@contoso.com');
  const ops = kit.backend.operations;
  // A fresh sign-in per call: sessions end while the tests move the clock by days.
  const status = async () => ops.getRollout(none, await kit.as('admin@contoso.com'));
  const send = async (limit = 50) => ops.sendAnnouncement({ ...none, body: { ...message, limit } }, await kit.as('admin@contoso.com'));
  const outbox = async () => (await ops.getOutbox({ ...none, query: {} }, { token: null })).items.filter((item) => item.subject === message.subject);
  return { kit, admin, ops, status, send, outbox };
}

describe('rollout announcement and reminder', () => {
  it('Announcement: batches reach every in-scope person not registered once, then step 4 shows when it went out', async () => {
    const { status, send, outbox } = await kitWithAdmin();
    const before = await status();
    expect(before.pendingRecipients).toBeGreaterThan(3);
    let remaining = before.pendingRecipients;
    let sent = 0;
    while (remaining > 0) {
      const batch = await send(3);
      sent += batch.sent;
      expect(batch.remaining).toBe(remaining - batch.sent);
      remaining = batch.remaining;
    }
    expect(sent).toBe(before.pendingRecipients);
    const messages = await outbox();
    expect(new Set(messages.map((item) => item.to)).size).toBe(messages.length);
    expect(messages).toHaveLength(sent);
    const after = await status();
    expect(after.steps.announce).toMatchObject({ announcedTo: sent, state: 'done' });
    expect(after.steps.announce.announcedAt).not.toBeNull();
    expect(after.pendingRecipients).toBe(0);
  });

  it('Announcement: a person whose preferred language has a translation gets it in theirs; the others get the chosen language', async () => {
    const { kit, ops } = await kitWithAdmin();
    const state = kit.backend.deps.state();
    const [dutch, japanese, unknown] = pendingRecipients(state, kit.backend.deps.now());
    if (!dutch || !japanese || !unknown) throw new Error('too few people to announce to');
    dutch.preferredLanguage = 'nl';
    japanese.preferredLanguage = 'ja';
    const nl = { subject: 'Stel wachtwoordherstel in', body: 'Registreer je op https://passwords.contoso.com' };
    await ops.sendAnnouncement({ ...none, body: { ...message, limit: 200, translations: { nl } } }, await kit.as('admin@contoso.com'));
    const sent = (await ops.getOutbox({ ...none, query: {} }, { token: null })).items;
    const to = (upn: string) => sent.find((item) => item.to === upn);
    expect(to(dutch.userPrincipalName)).toMatchObject(nl);
    expect(to(japanese.userPrincipalName)).toMatchObject(message);
    expect(to(unknown.userPrincipalName)).toMatchObject(message);
  });

  it('Announcement: nobody gets it twice within 24 hours; a day later they do', async () => {
    const { kit, ops, send, outbox } = await kitWithAdmin();
    const first = await send(200);
    const again = await send(200);
    expect(again).toEqual({ sent: 0, skipped: first.sent, remaining: 0 });
    expect(await outbox()).toHaveLength(first.sent);
    kit.tick(day * 1000);
    await ops.getClock(none, { token: null });
    expect((await send(200)).sent).toBe(first.sent);
  });

  it('Announcement: each sending is in the audit log', async () => {
    const { ops, admin, send } = await kitWithAdmin();
    await send(200);
    const audit = await ops.listAudit({ ...none, query: { activity: 'sendAnnouncement', limit: 50 } }, admin);
    expect(audit.items[0]).toMatchObject({ actor: 'admin@contoso.com', result: 'success' });
  });

  it('Announcement: a helpdesk administrator may not send it (403, audited)', async () => {
    const { kit, ops } = await kitWithAdmin();
    const megan = await kit.as('megan@contoso.com');
    const problem = await problemOf(ops.sendAnnouncement({ ...none, body: { ...message, limit: 50 } }, megan));
    expect(problem).toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('Reminder: advancing the dev clock past it sends it to those still not registered, once', async () => {
    const { ops, admin, status, send, outbox } = await kitWithAdmin();
    const first = await send(200);
    const reminder = await ops.putRolloutReminder({ ...none, body: { ...message, afterDays: 3 } }, admin);
    expect((await status()).steps.announce.reminder).toEqual(reminder);
    await ops.advanceClock({ ...none, body: { advanceSeconds: 2 * day } }, { token: null });
    expect(await outbox()).toHaveLength(first.sent);
    await ops.advanceClock({ ...none, body: { advanceSeconds: day + 60 } }, { token: null });
    expect(await outbox()).toHaveLength(first.sent * 2);
    const after = await status();
    expect(after.steps.announce.reminder).toBeNull();
    expect(after.steps.announce.remindedAt).not.toBeNull();
    await ops.advanceClock({ ...none, body: { advanceSeconds: 5 * day } }, { token: null });
    expect(await outbox()).toHaveLength(first.sent * 2);
  });

  it('Reminder: a cancelled reminder never goes out', async () => {
    const { ops, admin, outbox } = await kitWithAdmin();
    await ops.putRolloutReminder({ ...none, body: { ...message, afterDays: 1 } }, admin);
    await ops.deleteRolloutReminder(none, admin);
    await ops.advanceClock({ ...none, body: { advanceSeconds: 2 * day } }, { token: null });
    expect(await outbox()).toHaveLength(0);
  });

  it('Step 2: the users filter unlicensedInScope lists exactly the people step 2 counts', async () => {
    const { kit, ops, status } = await kitWithAdmin();
    const listed = await ops.listUsers({ ...none, query: { filter: 'unlicensedInScope', limit: 200 } }, await kit.as('admin@contoso.com'));
    expect(listed.total).toBe((await status()).steps.licences.unlicensed);
    expect(listed.items.map((user) => user.userPrincipalName)).toContain('pradeep@contoso.com');
    expect(listed.items.map((user) => user.userPrincipalName)).not.toContain('diego@contoso.com');
  });

  it('Rollout: what was sent and scheduled survives a reload of the saved state', async () => {
    const { kit, ops, admin, send } = await kitWithAdmin();
    const first = await send(200);
    await ops.putRolloutReminder({ ...none, body: { ...message, afterDays: 2 } }, admin);
    const reloaded = await createBackendKit({ generatedUsers: 60, storage: kit.storage });
    const again = await reloaded.backend.operations.sendAnnouncement({ ...none, body: { ...message, limit: 200 } }, await reloaded.as('admin@contoso.com'));
    expect(again.skipped).toBe(first.sent);
    const status = await reloaded.backend.operations.getRollout(none, await reloaded.as('admin@contoso.com'));
    expect(status.steps.announce.reminder?.afterDays).toBe(2);
  });
});
