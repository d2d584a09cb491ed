import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { ar } from '@/i18n/locales/ar';
import { useApp } from '../../render-app';
import { field, findField, pasteInto, updatePolicy } from './people-helpers';

const app = await useApp();

function methodCard(name: string): HTMLElement {
  const title = screen.getAllByText(name).find((element) => element.closest('li'));
  const card = title?.closest('li');
  if (!card) throw new Error(`No method card ${name}`);
  return card;
}

describe('security info', () => {
  it('tells a person outside the pilot group the truth about reset, with the reason and who to ask', async () => {
    await app.renderApp('/security-info', { signedInAs: 'diego@contoso.com' });
    expect(await screen.findByText('Password reset isn’t turned on for your account yet')).toBeInTheDocument();
    expect(screen.getByText(/your account is not in that group\. .*Ask your administrator to add you/)).toBeInTheDocument();
    expect(screen.queryByText('You are set up to reset your password.')).not.toBeInTheDocument();
  });

  it('names a missing licence, and writeback turned off, instead of "set up"', async () => {
    await app.renderApp('/security-info', { signedInAs: 'pradeep@contoso.com' });
    expect(await screen.findByText('Your account can’t use password reset')).toBeInTheDocument();
    expect(screen.queryByText('You are set up to reset your password.')).not.toBeInTheDocument();
    cleanup();
    await updatePolicy(app, (policy) => ({ ...policy, onPremises: { ...policy.onPremises, writeback: false } }));
    await app.renderApp('/security-info', { signedInAs: 'lynne@contoso.com' });
    expect(await screen.findByText('Your password can’t be reset from here')).toBeInTheDocument();
    expect(screen.getByText(/Ask your administrator to turn on password writeback/)).toBeInTheDocument();
  });

  it('tells an admin who has not registered under the admin policy how many methods it takes', async () => {
    await app.renderApp('/security-info', { signedInAs: 'megan@contoso.com' });
    expect(await screen.findByText(/As an administrator you need 2 methods/)).toBeInTheDocument();
    expect(screen.queryByText('You are set up to reset your password.')).not.toBeInTheDocument();
  });

  it('says "set up" to a person whose reset would work', async () => {
    await app.renderApp('/security-info', { signedInAs: 'adele@contoso.com' });
    expect(await screen.findByText('You are set up to reset your password.')).toBeInTheDocument();
  });

  it('lists each method with its status and masked value, office phone set by the admin', async () => {
    await app.renderApp('/security-info', { signedInAs: 'isaiah@contoso.com' });
    expect(await screen.findByRole('heading', { name: 'Security info' })).toBeInTheDocument();
    const office = methodCard('Office phone');
    expect(within(office).getByText('Set up')).toBeInTheDocument();
    expect(within(office).getByText('Set by your administrator')).toBeInTheDocument();
    expect(within(office).queryByRole('button')).not.toBeInTheDocument();
    expect(within(methodCard('Security questions')).getByText('Set up')).toBeInTheDocument();
    expect(within(methodCard('E-mail')).getByText('Not set up')).toBeInTheDocument();
  });

  it('keeps a masked phone number left to right on an Arabic page', async () => {
    await app.renderApp('/security-info', { signedInAs: 'isaiah@contoso.com', language: 'ar' });
    await screen.findByRole('heading', { name: ar.securityInfo.heading });
    const office = methodCard(ar.securityInfo.kinds.officePhone);
    const masked = office.querySelector('bdi');
    expect(masked).toHaveAttribute('dir', 'ltr');
    expect(masked?.textContent).toMatch(/\d/);
  });

  it('adds an e-mail address after a wrong code and then the right one', async () => {
    const { user } = await app.renderApp('/security-info', { signedInAs: 'nestor@contoso.com' });
    expect(await screen.findByText('You have not registered enough methods yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add: E-mail' }));
    expect(await screen.findByRole('heading', { name: 'Add: E-mail' })).toHaveFocus();
    await user.type(field('E-mail address'), 'not-an-address');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByText('Enter a valid e-mail address, like name@example.com.')).toBeInTheDocument();
    await user.clear(field('E-mail address'));
    await pasteInto(user, field('E-mail address'), 'nestor.wilke@fabrikam.com');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByText('We sent a code to nestor.wilke@fabrikam.com.')).toBeInTheDocument();
    const code = await app.lastCode('nestor.wilke@fabrikam.com');
    await user.type(field('Verification code'), code === '00000000' ? '11111111' : '00000000');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('That code is not right. Check it and try again.')).toBeInTheDocument();
    await user.clear(field('Verification code'));
    await user.type(field('Verification code'), code);
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('Saved: E-mail.')).toBeInTheDocument();
    expect(within(methodCard('E-mail')).getByText('Set up')).toBeInTheDocument();
  });

  it('adds a mobile phone with a voice call, pre-filled with the number the admin set', async () => {
    const { user } = await app.renderApp('/security-info', { signedInAs: 'johanna@contoso.com' });
    await user.click(await screen.findByRole('button', { name: 'Add: Mobile phone' }));
    expect(await findField('Mobile phone number')).toHaveValue('+31 6 12345678');
    await user.click(screen.getByRole('radio', { name: 'Call me' }));
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByText(/We sent a code to/);
    const message = await app.lastMessage('+31612345678');
    expect(message.channel).toBe('voice');
    await user.type(field('Verification code'), message.code ?? '');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('Saved: Mobile phone.')).toBeInTheDocument();
  });

  it('registers the authenticator app with a QR code, the key and one code', async () => {
    const { user } = await app.renderApp('/security-info', { signedInAs: 'adele@contoso.com' });
    await user.click(await screen.findByRole('button', { name: 'Add: Authenticator app' }));
    expect(await screen.findByRole('img', { name: 'QR code for your authenticator app' })).toHaveAttribute('src', expect.stringMatching(/^data:image\/svg\+xml/));
    const secret = screen.getByText(/^[A-Z2-7]{16,}$/).textContent ?? '';
    const { now } = await app.api.call('getClock');
    await user.type(field('Verification code'), new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.parse(now) }));
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('Saved: Authenticator app.')).toBeInTheDocument();
  });

  it('registers security questions: distinct questions, answers of 3–40 characters', async () => {
    const { user } = await app.renderApp('/security-info', { signedInAs: 'nestor@contoso.com' });
    await user.click(await screen.findByRole('button', { name: 'Add: Security questions' }));
    expect(await screen.findByText('Pick 3 different questions and answer each.')).toBeInTheDocument();
    const questions = ['What was the name of your first pet?', 'In what city were you born?', 'What is your favourite colour?'];
    for (const [index, question] of questions.entries()) {
      await user.selectOptions(field(`Question ${index + 1}`), screen.getAllByRole('option', { name: question })[index] ?? question);
    }
    await user.type(field('Answer 1'), 'Rex');
    await user.type(field('Answer 2'), 'Ab');
    await user.type(field('Answer 3'), 'Green');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Answers need at least 3 characters.')).toBeInTheDocument();
    await user.clear(field('Answer 2'));
    await user.type(field('Answer 2'), 'Utrecht');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved: Security questions.')).toBeInTheDocument();
    expect(await screen.findByText('You are set up to reset your password.')).toBeInTheDocument();
  });

  it('deletes a method after asking', async () => {
    const { user } = await app.renderApp('/security-info', { signedInAs: 'lee@contoso.com' });
    await user.click(await screen.findByRole('button', { name: 'Delete: Mobile phone' }));
    expect(await screen.findByRole('heading', { name: 'Delete Mobile phone?' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Removed: Mobile phone.')).toBeInTheDocument();
    await waitFor(() => expect(within(methodCard('Mobile phone')).getByText('Not set up')).toBeInTheDocument());
  });

  it('moves focus to the result of every action: the next field, the first error, the new status message', async () => {
    const { user } = await app.renderApp('/security-info', { signedInAs: 'nestor@contoso.com' });
    /** The message (a focusable MessageBar) that holds this text. */
    const message = (text: string) => screen.getByText(text).closest<HTMLElement>('[tabindex="-1"]');

    await user.click(await screen.findByRole('button', { name: 'Add: E-mail' }));
    await pasteInto(user, await findField('E-mail address'), 'nestor.wilke@fabrikam.com');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    // Send code: on to the code field.
    await waitFor(() => expect(field('Verification code')).toHaveFocus());
    const code = await app.lastCode('nestor.wilke@fabrikam.com');
    await user.type(field('Verification code'), code);
    // Verify that fails on the server's side: the error takes focus.
    app.mock.server.use(
      http.put('*/api/v1/me/security-info/email', () => HttpResponse.json({ status: 500, code: 'internal', title: 'Boom' }, { status: 500, headers: { 'Content-Type': 'application/problem+json' } }), {
        once: true,
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByRole('alert')).toHaveFocus();
    // Verify that works: the status message takes focus.
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(message('Saved: E-mail.')).toHaveFocus());

    // Cancel: back to the button that opened the form.
    await user.click(screen.getByRole('button', { name: 'Add: Mobile phone' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add: Mobile phone' })).toHaveFocus());

    // Save with nothing filled in: the first field with an error.
    await user.click(screen.getByRole('button', { name: 'Add: Security questions' }));
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    await waitFor(() => expect(field('Question 1')).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    // Delete: the status message.
    await user.click(screen.getByRole('button', { name: 'Delete: E-mail' }));
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(message('Removed: E-mail.')).toHaveFocus());
  });
});
