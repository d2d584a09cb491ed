import { describe, expect, it } from 'vitest';
import { createMockClock } from './clock';
import { createBackendKit } from '../testing/backend-fixture';
import { kitState } from '../testing/state-fixture';

describe('the mock clock', () => {
  it('Clock: real time plus the offset the demo moved it forward', () => {
    const state = kitState([]);
    let real = 1_000;
    const clock = createMockClock(() => state, () => real);
    expect(clock.now()).toBe(1_000);
    expect(clock.advance(60)).toBe(61_000);
    real = 2_000;
    expect(clock.now()).toBe(62_000);
    expect(clock.advance(-5)).toBe(62_000);
  });

  it('Clock: advancing through the dev API makes codes expire', async () => {
    const kit = await createBackendKit();
    const none = { params: undefined, query: undefined, body: undefined } as const;
    const context = await kit.as('nestor@contoso.com');
    const started = await kit.backend.operations.startEmailVerification({ ...none, body: { value: 'n@fabrikam.com' } }, context);
    const code = kit.backend.deps.state().outbox.at(-1)?.code ?? '';
    await expect(kit.backend.operations.advanceClock({ ...none, body: { advanceSeconds: 301 } }, { token: null })).resolves.toEqual({ now: '2026-03-02T09:05:01.000Z' });
    await expect(kit.backend.operations.completeEmail({ ...none, body: { verificationId: started.verificationId, code } }, context)).rejects.toMatchObject({ problem: { code: 'code_expired' } });
  });
});
