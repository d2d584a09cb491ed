import { describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../mocks/engine/backend';
import { memoryStorage } from '../../mocks/store/persistence';

const none = { params: undefined, query: undefined } as const;

describe('randomness of a backend as the demo and mock:serve create it', () => {
  it('Codes: without an injected source, reset codes come from the CSPRNG (crypto.getRandomValues)', async () => {
    const backend = await createBackend({ storage: memoryStorage(), seedOptions: { generatedUsers: 10 } });
    const { operations } = backend;
    const admin = await operations.devSignIn({ ...none, body: { userId: 'admin@contoso.com' } }, { token: null });
    const policy = await operations.getPolicy({ ...none, body: undefined }, { token: admin.token });
    await operations.putPolicy({ ...none, body: { ...policy, captcha: false } }, { token: admin.token });
    const flow = await operations.startReset({ ...none, body: { userId: 'adele@contoso.com' } }, { token: null });
    const email = flow.methods.find((method) => method.kind === 'email');
    if (!email) throw new Error('Adele has no e-mail method');
    const spy = vi.spyOn(globalThis.crypto, 'getRandomValues');
    try {
      await operations.createChallenge({ params: { flowId: flow.flowId }, query: undefined, body: { methodId: email.methodId } }, { token: null });
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
    const { items } = await operations.getOutbox({ ...none, query: {}, body: undefined }, { token: null });
    expect(items[0]?.code).toMatch(/^\d{8}$/);
  });
});
