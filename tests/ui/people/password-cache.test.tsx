import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useApp } from '../../render-app';
import { screen } from '@testing-library/react';
import { field, findField, pasteInto } from './people-helpers';

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

  it('keeps no password in the mutation cache once the form that sent it is gone', async () => {
    const current = 'Adele-Demo-2026!';
    const view = await app.renderApp('/change-password', { signedInAs: 'adele@contoso.com' });
    await pasteInto(view.user, await findField('Current password'), current);
    await pasteInto(view.user, field('New password'), typed);
    await pasteInto(view.user, field('Confirm new password'), typed);
    await view.user.click(screen.getByRole('button', { name: 'Change password' }));
    await screen.findByRole('heading', { name: 'Your password has been changed' });
    view.unmount();
    const mutations = () => JSON.stringify(view.queryClient.getMutationCache().getAll().map((mutation) => mutation.state.variables));
    await waitFor(() => expect(mutations()).not.toContain(typed));
    expect(mutations()).not.toContain(current);
  });
});

