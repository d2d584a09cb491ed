import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useApp } from '../../render-app';
import { findField, pasteInto } from './people-helpers';

const app = await useApp();
const typed = 'Plain-Text-Never-Cached-77';

describe('the live password check', () => {
  it('keeps the typed password out of every query key and cached answer, and drops its answers with the form', async () => {
    const view = await app.renderApp('/change-password', { signedInAs: 'adele@contoso.com' });
    await pasteInto(view.user, await findField('New password'), typed);
    const cache = view.queryClient.getQueryCache();
    const checks = () => cache.getAll().filter((query) => query.queryKey.includes('check'));
    await waitFor(() => expect(checks().some((query) => query.state.status === 'success')).toBe(true), { timeout: 3000 });
    const cached = JSON.stringify(cache.getAll().map((query) => ({ key: query.queryKey, hash: query.queryHash, data: query.state.data })));
    expect(cached).not.toContain(typed);

    view.unmount();
    await waitFor(() => expect(checks()).toEqual([]));
  });
});
