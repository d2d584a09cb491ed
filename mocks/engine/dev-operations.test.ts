import { describe, expect, it } from 'vitest';
import { endpoints } from '@/api';
import { createBackendKit } from '../testing/backend-fixture';
import { outboxAddress } from './dev-operations';

const none = { params: undefined, query: undefined, body: undefined } as const;
const anonymous = { token: null };

describe('the dev API', () => {
  it('Outbox: newest first; the to filter takes a phone number in any notation as E.164', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('nestor@contoso.com');
    await kit.backend.operations.startPhoneVerification({ ...none, body: { value: '+44 20 7946 0102', channel: 'sms' } }, context);
    kit.tick(1_000);
    await kit.backend.operations.startPhoneVerification({ ...none, body: { value: '+44 20 7946 0102', channel: 'voice' } }, context);
    await kit.backend.operations.startEmailVerification({ ...none, body: { value: 'Nestor@Fabrikam.com' } }, context);
    const phone = await kit.backend.operations.getOutbox({ ...none, query: { to: '+44 (0)20 7946 0102' } }, anonymous);
    expect(phone.items.map((message) => [message.channel, message.to])).toEqual([
      ['voice', '+442079460102'],
      ['sms', '+442079460102'],
    ]);
    const email = await kit.backend.operations.getOutbox({ ...none, query: { to: 'nestor@fabrikam.com' } }, anonymous);
    expect(email.items).toHaveLength(1);
    const since = await kit.backend.operations.getOutbox({ ...none, query: { since: '2026-03-02T09:00:00.500Z' } }, anonymous);
    expect(since.items.map((message) => message.channel)).toEqual(['email', 'voice']);
  });

  it('Outbox: addresses compare as e-mail (case-insensitive) or E.164', () => {
    expect(outboxAddress(' Nestor@Fabrikam.COM ')).toBe('nestor@fabrikam.com');
    expect(outboxAddress('+1 (425) 555-0101')).toBe('+14255550101');
  });

  it('Dev settings: latency and failure rate are stored and answered', async () => {
    const kit = await createBackendKit();
    await kit.backend.operations.putDevSettings({ ...none, body: { latencyMs: 400, failureRate: 0.1 } }, anonymous);
    await expect(kit.backend.operations.getDevSettings(none, anonymous)).resolves.toEqual({ latencyMs: 400, failureRate: 0.1 });
    expect(kit.backend.devSettings()).toEqual({ latencyMs: 400, failureRate: 0.1 });
  });

  it('Dev sign-in: any user, by user ID; an unknown one is 404', async () => {
    const kit = await createBackendKit();
    await expect(kit.backend.operations.devSignIn({ ...none, body: { userId: 'lynne@contoso.com' } }, anonymous)).resolves.toMatchObject({ user: { source: 'hashSync' } });
    await expect(kit.backend.operations.devSignIn({ ...none, body: { userId: 'nobody@contoso.com' } }, anonymous)).rejects.toMatchObject({ problem: { status: 404 } });
  });

  it('Notices: none for a fresh start', async () => {
    const kit = await createBackendKit();
    await expect(kit.backend.operations.getDevNotices(none, anonymous)).resolves.toEqual({ items: [] });
  });

  it('Clock: one call reaches a reconfirmation 730 days on (up to 1,000 days; more is refused)', async () => {
    const kit = await createBackendKit();
    const day = 24 * 3600;
    expect(endpoints.advanceClock.body.safeParse({ advanceSeconds: 730 * day }).success).toBe(true);
    expect(endpoints.advanceClock.body.safeParse({ advanceSeconds: 1000 * day }).success).toBe(true);
    expect(endpoints.advanceClock.body.safeParse({ advanceSeconds: 1000 * day + 1 }).success).toBe(false);
    await expect(kit.backend.operations.advanceClock({ ...none, body: { advanceSeconds: 730 * day } }, anonymous)).resolves.toEqual({
      now: '2028-03-01T09:00:00.000Z',
    });
  });
});
