import { describe, expect, it } from 'vitest';
import { allowEmail, blockedFor, takeRegistrationEmail, throttleRules } from './throttles';
import { createKit } from '../../testing/reset-fixture';

const minute = 60_000;

describe('Throttles: one e-mail count per person', () => {
  it('Throttles: registration e-mails and reset e-mails share the count: the 11th within 10 minutes is refused and blocks resets', async () => {
    const { state } = await createKit();
    const start = Date.parse('2026-03-02T09:00:00.000Z');
    for (let i = 0; i < 5; i += 1) expect(allowEmail(state, 'u-ada', start + i * 1000)).toBe(true);
    for (let i = 5; i < 10; i += 1) expect(takeRegistrationEmail(state, 'u-ada', start + i * 1000)).toBe(0);
    const now = start + 10 * 1000;
    const wait = takeRegistrationEmail(state, 'u-ada', now);
    // Registration may send again when the oldest e-mail leaves the 10-minute window.
    expect(wait).toBe(start + throttleRules.emailsSent.windowMs - now);
    expect(blockedFor(state, 'u-ada', now)).toBe(throttleRules.blockMs);
    expect(allowEmail(state, 'u-ada', now)).toBe(false);
  });

  it('Throttles: after 10 registration e-mails the next reset e-mail is refused', async () => {
    const { state } = await createKit();
    const start = Date.parse('2026-03-02T09:00:00.000Z');
    for (let i = 0; i < 10; i += 1) expect(takeRegistrationEmail(state, 'u-ada', start + i * 1000)).toBe(0);
    expect(allowEmail(state, 'u-ada', start + 11 * 1000)).toBe(false);
  });

  it('Throttles: registration e-mails more than 10 minutes apart do not add up', async () => {
    const { state } = await createKit();
    const start = Date.parse('2026-03-02T09:00:00.000Z');
    for (let i = 0; i < 30; i += 1) expect(takeRegistrationEmail(state, 'u-ada', start + i * 2 * minute)).toBe(0);
    expect(blockedFor(state, 'u-ada', start + 60 * minute)).toBe(0);
  });
});
