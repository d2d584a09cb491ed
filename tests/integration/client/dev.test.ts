import { describe, expect, it } from 'vitest';
import { testStart } from '../../../mocks/node';
import { useMockBackend } from '../harness';
import { areas } from './areas';

const mock = await useMockBackend();
const api = mock.anonymous;

describe('the dev API through the typed client', () => {
  it('shows and moves the mock clock forward', async () => {
    expect(await api.call('getClock')).toEqual({ now: new Date(testStart).toISOString() });
    const moved = await api.call('advanceClock', { body: { advanceSeconds: 3600 } });
    expect(moved.now).toBe(new Date(testStart + 3_600_000).toISOString());
    expect((await api.call('getClock')).now).toBe(moved.now);
  });

  it('moves the mock clock back to real time (the demo tools\' "Back to now")', async () => {
    await api.call('advanceClock', { body: { advanceSeconds: 180 * 24 * 3600 } });
    expect(await api.call('resetClock')).toEqual({ now: new Date(testStart).toISOString() });
    expect((await api.call('getClock')).now).toBe(new Date(testStart).toISOString());
  });

  it('keeps latency and fault settings', async () => {
    expect(await api.call('getDevSettings')).toEqual({ latencyMs: 0, failureRate: 0 });
    expect(await api.call('putDevSettings', { body: { latencyMs: 5, failureRate: 0.5 } })).toEqual({ latencyMs: 5, failureRate: 0.5 });
    expect(await api.call('getDevSettings')).toEqual({ latencyMs: 5, failureRate: 0.5 });
  });

  it('injects faults into the API but not into the dev API', async () => {
    await api.call('putDevSettings', { body: { latencyMs: 0, failureRate: 1 } });
    await expect(api.call('getBranding')).rejects.toMatchObject({ status: 500, code: 'internal' });
    expect(await api.call('getDevSettings')).toEqual({ latencyMs: 0, failureRate: 1 });
  });

  it('lists what the mock sent, newest first, filtered by recipient', async () => {
    const adele = await mock.as('adele@contoso.com');
    await adele.call('startEmailVerification', { body: { value: 'adele.new@fabrikam.com' } });
    mock.tick(1000);
    await adele.call('startEmailVerification', { body: { value: 'adele.other@fabrikam.com' } });
    const all = await api.call('getOutbox', { query: {} });
    expect(all.items.length).toBeGreaterThanOrEqual(2);
    expect(all.items[0]?.to).toBe('adele.other@fabrikam.com');
    const filtered = await api.call('getOutbox', { query: { to: 'adele.new@fabrikam.com' } });
    expect(filtered.items.map((message) => message.to)).toEqual(['adele.new@fabrikam.com']);
    expect(filtered.items[0]).toMatchObject({ channel: 'email', code: expect.stringMatching(/^\d{8}$/) });
  });

  it('Outbox: a phone recipient is E.164 without spaces (extension dropped), and since keeps only what came later', async () => {
    const nestor = await mock.as('nestor@contoso.com');
    await nestor.call('startPhoneVerification', { body: { value: '+1 425 555 0177 x12', channel: 'sms' } });
    mock.tick(1000);
    const { now } = await api.call('getClock');
    await nestor.call('startPhoneVerification', { body: { value: '+31 6 12345678', channel: 'voice' } });
    const all = await api.call('getOutbox', { query: {} });
    const phones = all.items.filter((message) => message.channel === 'sms' || message.channel === 'voice');
    expect(phones.map((message) => message.to)).toEqual(['+31612345678', '+14255550177']);
    expect(all.items.every((message) => !/\s/.test(message.to))).toBe(true);
    const later = await api.call('getOutbox', { query: { since: now } });
    expect(later.items.map((message) => message.to)).toEqual(['+31612345678']);
    expect((await api.call('getOutbox', { query: { to: '+1 (425) 555-0177' } })).items).toHaveLength(1);
  });

  it('resets the state to the seed', async () => {
    const admin = await mock.admin();
    await admin.call('putPolicy', { body: { ...(await admin.call('getPolicy')), reconfirmDays: 0 } });
    await api.call('advanceClock', { body: { advanceSeconds: 60 } });
    await api.call('resetDemo', {});
    expect((await api.call('getClock')).now).toBe(new Date(testStart).toISOString());
    // Sessions are state too: the admin signs in again after a reset.
    const again = await mock.admin();
    expect((await again.call('getPolicy')).reconfirmDays).toBe(180);
  });

  it('has no notices for a fresh seed', async () => {
    expect(await api.call('getDevNotices')).toEqual({ items: [] });
  });

  it('lists the seeded personas that can sign in, and drops one an admin deleted', async () => {
    const { items } = await api.call('getPersonas');
    expect(items.map((persona) => persona.userId)).toContain('nestor@contoso.com');
    expect(items.find((persona) => persona.userId === 'nestor@contoso.com')).toMatchObject({ displayName: 'Nestor Wilke', role: 'not registered' });
    // Christie's account is disabled: signing in as her would fail.
    expect(items.map((persona) => persona.userId)).not.toContain('christie@contoso.com');
    const admin = await mock.admin();
    const nestor = (await admin.call('listUsers', { query: { query: 'nestor@contoso.com' } })).items[0]!;
    await admin.call('deleteUser', { params: { id: nestor.id } });
    expect((await api.call('getPersonas')).items.map((persona) => persona.userId)).not.toContain('nestor@contoso.com');
    await api.call('resetDemo', {});
  });

  it('covers every success and error code of its endpoints', async () => {
    expect(await mock.answers.missing(areas.dev)).toEqual([]);
  });
});
