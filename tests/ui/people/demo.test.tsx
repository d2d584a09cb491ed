import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { pushPollMs } from '@/features/reset/api/get-challenge';
import { advanceClientTimers, useApp, useFakeClientTimers } from '../../render-app';
import { chooseMethod, findField, withoutCaptcha } from './people-helpers';

const app = await useApp();

describe('demo tools', () => {
  it('shows the Demo badge, signs in as a persona and lands on the interstitial when due', async () => {
    const { user, location } = await app.renderApp('/', { demo: true });
    expect(await screen.findByText('Demo')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Demo tools' }));
    expect(screen.getByRole('button', { name: 'Demo tools' })).toHaveAttribute('aria-expanded', 'true');
    // The personas come from the mock backend (GET /dev/personas), each with what it shows.
    expect(await screen.findByRole('option', { name: 'Nestor Wilke (not registered)' })).toBeInTheDocument();
    await user.selectOptions(await findField('Sign in as'), 'nestor@contoso.com');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: "Don't lose access to your account" })).toBeInTheDocument();
    expect(location().pathname).toBe('/registration-prompt');
    expect(screen.getByText('Signed in as Nestor Wilke')).toBeInTheDocument();
  });

  it('shows a sent code in the inbox, approves a push there, and resets the demo data', async () => {
    useFakeClientTimers();
    await withoutCaptcha(app, {
      methodsRequired: 2,
      methodsAllowed: ['email', 'mobilePhone', 'officePhone', 'appCode', 'appNotification', 'securityQuestions'],
    });
    const { user } = await app.renderApp('/reset', { demo: true });
    await user.type(await findField('User ID'), 'lee@contoso.com');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await chooseMethod(user, /Approve a notification/, 'Send notification');
    await screen.findByRole('status', { name: /Waiting for your approval/ });
    await user.click(screen.getByRole('button', { name: 'Demo tools' }));
    const inbox = await screen.findByRole('list', { name: 'Demo inbox' });
    await user.click(await within(inbox).findByRole('button', { name: 'Approve' }));
    await waitFor(async () => expect((await app.lastMessage('lee@contoso.com')).pushStatus).toBe('approved'));
    await user.click(screen.getByRole('button', { name: 'Demo tools' }));
    // The reset page sees the approval at its next poll.
    await advanceClientTimers(pushPollMs);
    expect(await screen.findByRole('heading', { name: 'Verification step 2 of 2' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Demo tools' }));
    await user.click(await screen.findByRole('button', { name: 'Reset demo data' }));
    expect(await screen.findByText('Demo data is back to the start.')).toBeInTheDocument();
    await waitFor(async () => expect((await app.api.call('getOutbox', { query: {} })).items).toHaveLength(0));
  });

  it('says so when the saved demo data was unreadable and replaced by fresh data', async () => {
    app.mock.server.use(
      http.get('*/api/v1/dev/notices', () => HttpResponse.json({ items: ['Your saved demo data could not be read, so the demo started again from the seed data.'] })),
    );
    await app.renderApp('/', { demo: true });
    expect(await screen.findByText('The saved demo data could not be read, so it was replaced with fresh demo data.')).toBeInTheDocument();
  });

  it('moves the mock clock forward and back to now, showing its time', async () => {
    const { user } = await app.renderApp('/', { demo: true });
    await user.click(await screen.findByRole('button', { name: 'Demo tools' }));
    const clock = await screen.findByRole('region', { name: 'Clock' });
    const start = Date.parse((await app.api.call('getClock')).now);
    const shown = (at: number) => `Demo time: ${new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at))}`;
    expect(await within(clock).findByText(shown(start))).toBeInTheDocument();
    const steps: [string, number][] = [
      ['+5 min', 5 * 60],
      ['+1 hour', 3600],
      ['+1 day', 24 * 3600],
      ['+180 days', 180 * 24 * 3600],
    ];
    let moved = 0;
    for (const [name, seconds] of steps) {
      await user.click(within(clock).getByRole('button', { name }));
      moved += seconds;
      expect(await within(clock).findByText(shown(start + moved * 1000))).toBeInTheDocument();
      expect(Date.parse((await app.api.call('getClock')).now)).toBe(start + moved * 1000);
    }
    await user.click(within(clock).getByRole('button', { name: 'Back to now' }));
    expect(await within(clock).findByText(shown(start))).toBeInTheDocument();
    expect(Date.parse((await app.api.call('getClock')).now)).toBe(start);
  });

  it('sets the latency with a slider and the failure rate', async () => {
    const { user } = await app.renderApp('/', { demo: true });
    await user.click(await screen.findByRole('button', { name: 'Demo tools' }));
    const network = await screen.findByRole('region', { name: 'Network' });
    const slider = await within(network).findByRole('slider', { name: 'Delay per call: 0 ms' });
    // jsdom has no layout to drag in: the range input changes as the keyboard or a drag would change it.
    fireEvent.change(slider, { target: { value: '500' } });
    await waitFor(async () => expect((await app.api.call('getDevSettings')).latencyMs).toBe(500));
    expect(await within(network).findByRole('slider', { name: 'Delay per call: 500 ms' })).toBeInTheDocument();
    await user.selectOptions(within(network).getByRole('combobox', { name: 'Calls that fail' }), '30 %');
    await waitFor(async () => expect(await app.api.call('getDevSettings')).toEqual({ latencyMs: 500, failureRate: 0.3 }));
  });
});
