import { screen, waitFor, within } from '@testing-library/react';
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { personaTotpSecret } from '../../../mocks/store/seed';
import { pushPollMs } from '@/features/reset/api/get-challenge';
import { ar } from '@/i18n/locales/ar';
import { answerCaptchaQuestion } from '../../captcha-question';
import { advanceClientTimers, useApp, useFakeClientTimers } from '../../render-app';
import {
  chooseMethod,
  field,
  findField,
  pasteInto,
  startReset,
  typeCode,
  updatePolicy,
  withoutCaptcha,
} from './people-helpers';

const app = await useApp();

/** The alternative question's field: its label is the question itself (the required mark may follow). */
const captchaQuestion = /\?\*?$/;
const adeleEmail = 'adele.vance@fabrikam.com';
const strongPassword = 'Quiet-Harbour-Lantern-42';

describe('reset: right to left', () => {
  it('keeps each masked address and number left to right (isolated) in the Arabic method choices', async () => {
    await withoutCaptcha(app);
    const { user } = await app.renderApp('/reset', { language: 'ar' });
    await user.type(await findField(ar.reset.userId), 'adele@contoso.com');
    await user.click(screen.getByRole('button', { name: ar.common.next }));
    await screen.findByRole('heading', { name: ar.reset.verifyHeadingOne });
    const choices = screen.getAllByRole('radio').map((radio) => radio.closest('span, div')?.textContent ?? '');
    const withValue = choices.filter((label) => /[•@]/.test(label));
    expect(withValue.length).toBeGreaterThan(0);
    for (const label of withValue) expect(label).toMatch(/\u2066[^\u2069]*[•@][^\u2069]*\u2069/);
  });
});

describe('reset: the happy path', () => {
  it('resets with a code by e-mail, the live checklist and a strong password', async () => {
    await withoutCaptcha(app);
    const { user } = await startReset(app, 'adele@contoso.com');
    expect(await screen.findByRole('heading', { name: 'Prove it is you' })).toHaveFocus();
    await chooseMethod(user, /E-mail a code to/, 'Send code');
    expect(await screen.findByText(/We e-mailed a code to/)).toBeInTheDocument();
    expect(field('Verification code')).toHaveAttribute('autocomplete', 'one-time-code');
    expect(field('Verification code')).toHaveAttribute('inputmode', 'numeric');
    await typeCode(user, await app.lastCode(adeleEmail));

    expect(await screen.findByRole('heading', { name: 'Choose a new password' })).toHaveFocus();
    await user.type(field('New password'), strongPassword);
    const checklist = screen.getByRole('list', { name: 'Your password must' });
    await waitFor(() => expect(within(checklist).getAllByText('(Met)')).toHaveLength(4));
    expect(await screen.findByText(/Strength: (Good|Strong)/)).toBeInTheDocument();
    await pasteInto(user, field('Confirm new password'), strongPassword);
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(await screen.findByRole('heading', { name: 'Your password has been reset' })).toHaveFocus();

    // The new password works for sign-in.
    const session = await app.api.call('signIn', {
      body: { userId: 'adele@contoso.com', password: strongPassword },
    });
    expect(session.user.userPrincipalName).toBe('adele@contoso.com');
    expect(sessionStorage.getItem('password-portal.reset')).toBeNull();
  });

  it('gets past the CAPTCHA by answering the accessible question, after a wrong answer', async () => {
    const { user } = await app.renderApp('/reset');
    await user.type(await findField('User ID'), 'adele@contoso.com');
    expect(await screen.findByRole('img', { name: 'A picture of distorted characters' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Answer a question instead' }));
    await user.type(await findField(captchaQuestion), '999');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    // Worded for the question (there is no picture to try).
    expect(await screen.findByText('That answer was not right. Try the new question.')).toBeInTheDocument();
    expect(screen.queryByText(/Try the new picture/)).not.toBeInTheDocument();

    // A fresh challenge came with the error: answer its question.
    await waitFor(() => expect(field(captchaQuestion)).toHaveValue(''));
    const question = screen.getByText(captchaQuestion).textContent ?? '';
    await user.type(field(captchaQuestion), answerCaptchaQuestion(question));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('heading', { name: 'Prove it is you' })).toBeInTheDocument();
  });
});

describe('reset: the CAPTCHA question in the page\'s language', () => {
  it('asks it in Arabic on an Arabic page (not marked as English), and its answer gets past the step', async () => {
    const { user } = await app.renderApp('/reset', { language: 'ar' });
    await user.type(await findField(ar.reset.userId), 'adele@contoso.com');
    await screen.findByRole('img', { name: ar.reset.captchaAlt });
    await user.click(screen.getByRole('button', { name: ar.reset.captchaUseQuestion }));
    const arabicQuestion = /؟\*?$/;
    await findField(arabicQuestion);
    const label = screen.getByText(arabicQuestion);
    const question = label.textContent ?? '';
    expect(question).toMatch(/^[^a-z]*[\u0600-\u06ff]/i);
    expect(label.closest('[lang="en"]')).toBeNull();
    await user.type(field(arabicQuestion), answerCaptchaQuestion(question, 'ar'));
    await user.click(screen.getByRole('button', { name: ar.common.next }));
    expect(await screen.findByRole('heading', { name: ar.reset.verifyHeadingOne })).toBeInTheDocument();
  });
});

describe('reset: verification', () => {
  it('asks for two methods when the policy needs two, and does not offer the used one again', async () => {
    await withoutCaptcha(app, { methodsRequired: 2 });
    const { user } = await startReset(app, 'adele@contoso.com');
    expect(await screen.findByRole('heading', { name: 'Verification step 1 of 2' })).toHaveFocus();
    await chooseMethod(user, /E-mail a code to/, 'Send code');
    await typeCode(user, await app.lastCode(adeleEmail));

    expect(await screen.findByRole('heading', { name: 'Verification step 2 of 2' })).toHaveFocus();
    expect(screen.queryByRole('radio', { name: /E-mail a code to/ })).not.toBeInTheDocument();
    await chooseMethod(user, /Text my mobile phone/, 'Send code');
    // A phone is used only after the person types the full number on file.
    await user.type(await findField('Phone number'), '+1 425 555 0101');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByText(/We texted a code to/)).toBeInTheDocument();
    await typeCode(user, await app.lastCode('+14255550101'));
    expect(await screen.findByRole('heading', { name: 'Choose a new password' })).toBeInTheDocument();
  });

  it('refuses a phone number that is not the one on file, on the field', async () => {
    await withoutCaptcha(app);
    const { user } = await startReset(app, 'adele@contoso.com');
    await user.click(await screen.findByRole('radio', { name: /Call my mobile phone/ }));
    await user.type(await findField('Phone number'), '+1 425 555 0199');
    await user.click(screen.getByRole('button', { name: 'Call me' }));
    expect(
      await screen.findByText(
        'That number does not match the one we have for you. You have 4 more tries; after that, password reset is blocked for 24 hours.',
      ),
    ).toBeInTheDocument();
    expect(field('Phone number')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says a wrong code is wrong, an expired code expired, and refuses a code a newer one replaced', async () => {
    await withoutCaptcha(app);
    const { user } = await startReset(app, 'adele@contoso.com');
    await chooseMethod(user, /E-mail a code to/, 'Send code');
    await screen.findByText(/We e-mailed a code to/);
    const first = await app.lastCode(adeleEmail);

    await typeCode(user, first === '00000000' ? '11111111' : '00000000');
    expect(
      await screen.findByText(
        'That code is not right. Check it and try again. You have 4 more tries; after that, password reset is blocked for 24 hours.',
      ),
    ).toBeInTheDocument();
    expect(field('Verification code')).toHaveAttribute('aria-invalid', 'true');
    // The way out is there all along.
    expect(screen.getByRole('button', { name: 'Contact your administrator' })).toBeInTheDocument();

    // A new code voids the old one.
    await user.click(screen.getByRole('button', { name: 'Send a new code' }));
    await waitFor(async () => expect(await app.lastCode(adeleEmail)).not.toBe(first));
    await typeCode(user, first);
    expect(
      await screen.findByText(
        'That code is not right. Check it and try again. You have 3 more tries; after that, password reset is blocked for 24 hours.',
      ),
    ).toBeInTheDocument();

    // Codes live 5 minutes.
    const second = await app.lastCode(adeleEmail);
    await app.advanceClock(6 * 60);
    await user.clear(field('Verification code'));
    await typeCode(user, second);
    expect(await screen.findByText('That code has expired. Send a new one.')).toBeInTheDocument();
  });

  it('counts down the tries after each wrong code, and the fifth blocks resets, saying for how long and until when', async () => {
    await withoutCaptcha(app);
    const { user } = await startReset(app, 'adele@contoso.com');
    await chooseMethod(user, /E-mail a code to/, 'Send code');
    await screen.findByText(/We e-mailed a code to/);
    const right = await app.lastCode(adeleEmail);
    const wrong = right === '12345678' ? '87654321' : '12345678';
    for (const left of ['4 more tries', '3 more tries', '2 more tries', '1 more try']) {
      await user.clear(field('Verification code'));
      await typeCode(user, wrong);
      expect(
        await screen.findByText(
          new RegExp(`^That code is not right\\. Check it and try again\\. You have ${left};`),
        ),
      ).toBeInTheDocument();
    }
    await user.clear(field('Verification code'));
    await typeCode(user, wrong);
    expect(await screen.findByRole('heading', { name: 'Too many attempts' })).toHaveFocus();
    // 24 hours from the server's answer, in the person's locale (jsdom's is en-US).
    const until = new Intl.DateTimeFormat('en-US', {
      day: 'numeric',
      month: 'short',
      hour: 'numeric',
      minute: '2-digit',
    });
    const text = screen.getByText(/^Blocked for 24 hours, until /).textContent ?? '';
    const shown = text.replace(/^Blocked for 24 hours, until /, '').replace(/\.$/, '');
    const inADay = Date.now() + 24 * 60 * 60 * 1000;
    expect([until.format(inADay - 60_000), until.format(inADay), until.format(inADay + 60_000)]).toContain(
      shown,
    );
    await user.click(screen.getByRole('button', { name: 'Contact your administrator' }));
    expect(
      await screen.findByText('Your administrators have been told. They will get in touch with you.'),
    ).toBeInTheDocument();
  });

  it('says a block in Dutch in Dutch words and date', async () => {
    await withoutCaptcha(app);
    const { user } = await app.renderApp('/reset', { language: 'nl' });
    await user.type(await findField('Gebruikers-ID'), 'adele@contoso.com');
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await user.click(await screen.findByRole('button', { name: 'Code versturen' }));
    const right = await app.lastCode(adeleEmail);
    const wrong = right === '12345678' ? '87654321' : '12345678';
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await user.clear(await findField('Verificatiecode'));
      await user.type(field('Verificatiecode'), wrong);
      await user.click(screen.getByRole('button', { name: 'Verifiëren' }));
      if (attempt < 5) await screen.findByText(new RegExp(`Je hebt nog ${5 - attempt} poging`));
    }
    expect(
      await screen.findByText(/^Geblokkeerd voor 24 uur, tot \d{1,2} [a-z]+,? \d{1,2}:\d{2}\.$/),
    ).toBeInTheDocument();
  });

  it('passes with the answers to the security questions after a miss brings fresh ones', async () => {
    await withoutCaptcha(app);
    const { user } = await startReset(app, 'isaiah@contoso.com');
    await chooseMethod(user, /Answer my security questions/, 'Show my questions');
    await screen.findByText('Answer these questions.');
    const answerAll = async (answer: (label: string) => string) => {
      for (const input of screen.getAllByRole('textbox')) {
        const label = input instanceof HTMLInputElement ? (input.labels?.[0]?.textContent ?? '') : '';
        await user.type(input, answer(label));
      }
      await user.click(screen.getByRole('button', { name: 'Verify' }));
    };
    await answerAll(() => 'wrong answer');
    expect(
      await screen.findByText(
        /^One or more answers were not right\. Try these questions\. You have 4 more tries;/,
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getAllByRole('textbox').every((input) => (input as HTMLInputElement).value === '')).toBe(
        true,
      ),
    );
    const answers: Record<string, string> = {
      'In what city were you born?': 'Seattle',
      'What was the name of your first pet?': 'Rover',
      'What is your favourite colour?': 'Blue',
    };
    await answerAll((label) => answers[label.replace(/\s*\*$/, '').trim()] ?? 'unknown');
    expect(await screen.findByRole('heading', { name: 'Choose a new password' })).toBeInTheDocument();
  });

  it('passes with a code from the authenticator app', async () => {
    await withoutCaptcha(app, { methodsRequired: 2 });
    const { user } = await startReset(app, 'lee@contoso.com');
    await chooseMethod(user, /Enter a code from my authenticator app/, 'Use a code');
    expect(
      await screen.findByText('Open your authenticator app and enter the code it shows.'),
    ).toBeInTheDocument();
    const { now } = await app.api.call('getClock');
    await typeCode(
      user,
      new TOTP({ secret: Secret.fromBase32(personaTotpSecret) }).generate({ timestamp: Date.parse(now) }),
    );
    expect(await screen.findByRole('heading', { name: 'Verification step 2 of 2' })).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: /authenticator app/ })).not.toBeInTheDocument();
  });

  it.each([
    ['approved', true],
    ['denied', false],
  ])('waits for an app notification that the person %s', async (_, approve) => {
    useFakeClientTimers();
    await withoutCaptcha(app, {
      methodsRequired: 2,
      methodsAllowed: [
        'email',
        'mobilePhone',
        'officePhone',
        'appCode',
        'appNotification',
        'securityQuestions',
      ],
    });
    const { user } = await startReset(app, 'lee@contoso.com');
    await chooseMethod(user, /Approve a notification on my authenticator app/, 'Send notification');
    expect(await screen.findByRole('status', { name: /Waiting for your approval/ })).toBeInTheDocument();
    const push = await app.lastMessage('lee@contoso.com');
    expect(push.channel).toBe('push');
    if (approve) {
      await app.api.call('approvePush', { params: { id: push.id } });
      // The page asks again at its next poll.
      await advanceClientTimers(pushPollMs);
      expect(await screen.findByRole('heading', { name: 'Verification step 2 of 2' })).toBeInTheDocument();
      expect(screen.queryByRole('radio', { name: /authenticator app/ })).not.toBeInTheDocument();
    } else {
      await app.api.call('denyPush', { params: { id: push.id } });
      await advanceClientTimers(pushPollMs);
      expect(
        await screen.findByText('The notification was denied. Try again or use another method.'),
      ).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Send another notification' })).toBeInTheDocument();
    }
  });
});

describe('reset: dead ends and endings', () => {
  it.each([
    ['sspr_disabled', 'adele@contoso.com', 'Password reset is turned off'],
    ['not_in_group', 'diego@contoso.com', 'Password reset is not available for you yet'],
    ['not_licensed', 'pradeep@contoso.com', 'Your account cannot use password reset'],
    ['not_registered', 'nestor@contoso.com', 'You have not set up a way to prove it is you'],
    ['writeback_disabled', 'joni@contoso.com', 'Your password can’t be changed from here'],
  ])(
    'says why in plain words when the reason is %s (no enumeration protection)',
    async (reason, userId, heading) => {
      await updatePolicy(app, (policy) => ({
        ...policy,
        captcha: false,
        enumerationProtection: false,
        ...(reason === 'sspr_disabled' ? { enablement: 'none' as const } : {}),
        ...(reason === 'writeback_disabled'
          ? { onPremises: { ...policy.onPremises, writeback: false } }
          : {}),
      }));
      await startReset(app, userId);
      expect(await screen.findByRole('heading', { name: heading })).toHaveFocus();
      expect(screen.getAllByText('Contact your administrator').length).toBeGreaterThan(0);
      expect(screen.getByRole('link', { name: 'Back to the portal home' })).toBeInTheDocument();
    },
  );

  it('offers the custom help desk instead when the organisation has one', async () => {
    await updatePolicy(app, (policy) => ({
      ...policy,
      captcha: false,
      enumerationProtection: false,
      helpdesk: { mode: 'custom', contact: 'https://help.contoso.com' },
    }));
    await startReset(app, 'nestor@contoso.com');
    await screen.findByRole('heading', { name: 'You have not set up a way to prove it is you' });
    expect(await screen.findByRole('link', { name: 'Contact your help desk' })).toHaveAttribute(
      'href',
      'https://help.contoso.com',
    );
  });

  it('gives an unknown user a decoy that never verifies', async () => {
    await withoutCaptcha(app);
    const { user } = await startReset(app, 'nobody@contoso.com');
    const radios = await screen.findAllByRole('radio');
    await user.click(radios[0] ?? document.body);
    const phone = screen.queryByLabelText(/^Phone number/);
    if (phone) await user.type(phone, '+1 425 555 0000');
    await user.click(
      screen.getByRole('button', {
        name: /Send code|Call me|Show my questions|Use a code|Send notification/,
      }),
    );
    await screen.findByRole('region', { name: 'Didn’t get a code?' });
    await typeCode(user, '12345678');
    expect(
      await screen.findByText(/^That code is not right\. Check it and try again\. You have 4 more tries;/),
    ).toBeInTheDocument();
  });

  it('shows the same honest way out on the code step of a real and a decoy reset; one click tells the administrators', async () => {
    await withoutCaptcha(app);
    const wayOut = async (userId: string) => {
      const { user, unmount } = await startReset(app, userId);
      await chooseMethod(user, /E-mail a code to/, 'Send code');
      const region = await screen.findByRole('region', { name: 'Didn’t get a code?' });
      const text = region.textContent;
      return { user, unmount, region, text };
    };
    const real = await wayOut('adele@contoso.com');
    real.unmount();
    sessionStorage.clear();
    // Nobody has this user ID: a decoy flow (enumeration protection), whose codes never come.
    const decoy = await wayOut('nobody@contoso.com');
    expect(decoy.text).toBe(real.text);
    expect(
      within(decoy.region).getByText(
        /No code comes if your account isn’t set up for self-service password reset, or if the details you entered don’t match/,
      ),
    ).toBeInTheDocument();
    expect(within(decoy.region).getByRole('list', { name: /The likely causes/ })).toBeInTheDocument();
    expect(within(decoy.region).getAllByRole('listitem')).toHaveLength(4);
    await decoy.user.click(within(decoy.region).getByRole('button', { name: 'Contact your administrator' }));
    expect(
      await screen.findByText('Your administrators have been told. They will get in touch with you.'),
    ).toBeInTheDocument();
    const admin = await app.as('admin@contoso.com');
    const audit = await admin.call('listAudit', { query: { activity: 'contactAdmin' } });
    expect(audit.items[0]).toMatchObject({ activity: 'contactAdmin', target: 'nobody@contoso.com' });
  });

  it('lets a locked-out on-premises person unlock only, keeping the password', async () => {
    await withoutCaptcha(app);
    const { user } = await startReset(app, 'lynne@contoso.com');
    await chooseMethod(user, /E-mail a code to/, 'Send code');
    await typeCode(user, await app.lastCode('lynne.robbins@fabrikam.com'));
    expect(await screen.findByRole('heading', { name: 'Your account is locked' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Unlock my account only' }));
    expect(await screen.findByRole('heading', { name: 'Your account is unlocked' })).toBeInTheDocument();
    const session = await app.api.call('signIn', {
      body: { userId: 'lynne@contoso.com', password: 'Lynne-Demo-2026!' },
    });
    expect(session.user.userPrincipalName).toBe('lynne@contoso.com');
  });

  it('lets a locked-out on-premises person reset and unlock', async () => {
    await withoutCaptcha(app);
    const { user } = await startReset(app, 'lynne@contoso.com');
    await chooseMethod(user, /E-mail a code to/, 'Send code');
    await typeCode(user, await app.lastCode('lynne.robbins@fabrikam.com'));
    await user.click(await screen.findByRole('button', { name: 'Reset my password and unlock' }));
    await pasteInto(user, await findField('New password'), strongPassword);
    await pasteInto(user, field('Confirm new password'), strongPassword);
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(await screen.findByRole('heading', { name: 'Your password has been reset' })).toBeInTheDocument();
  });

  it('rejects a weak password with the checklist and the server’s reasons on the field', async () => {
    await withoutCaptcha(app);
    const { user } = await startReset(app, 'adele@contoso.com');
    await chooseMethod(user, /E-mail a code to/, 'Send code');
    await typeCode(user, await app.lastCode(adeleEmail));
    await user.type(await findField('New password'), 'Contoso2026');
    const checklist = screen.getByRole('list', { name: 'Your password must' });
    // Until the server has scored what is typed now, the item says it is checking.
    expect(within(checklist).getByText(/Not be easy to guess/)).toHaveTextContent('(Checking…)');
    await waitFor(() =>
      expect(within(checklist).getByText(/Not be easy to guess/)).toHaveTextContent('(Not met)'),
    );
    expect(within(checklist).getByText(/Have 8 to 256 characters/)).toHaveTextContent('(Met)');
    expect(screen.getByText(/Strength: Weak/)).toBeInTheDocument();
    await pasteInto(user, field('Confirm new password'), 'Contoso2026');
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(
      await screen.findByText(/Choose a password that is harder to guess\./, { selector: '[id]' }),
    ).toBeInTheDocument();
    // Said once, in plain words (not again in the strength line, and no "points").
    expect(screen.getAllByText(/harder to guess/)).toHaveLength(1);
    expect(screen.queryByText(/points/)).not.toBeInTheDocument();
    expect(field('New password')).toHaveAttribute('aria-invalid', 'true');
  });

  it('has a Cancel on every step, and opening /reset again with one unfinished offers to start over', async () => {
    await withoutCaptcha(app);
    const first = await app.renderApp('/reset');
    expect(await screen.findByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    first.unmount();
    const second = await startReset(app, 'adele@contoso.com');
    await screen.findByRole('radio', { name: /E-mail a code to/ });
    expect(screen.getByRole('button', { name: 'Cancel the reset' })).toBeInTheDocument();
    expect(
      screen.getByRole('radiogroup', { name: 'Choose how to get a verification code' }),
    ).toBeInTheDocument();
    await chooseMethod(second.user, /E-mail a code to/, 'Send code');
    await findField('Verification code');
    expect(screen.getByRole('button', { name: 'Cancel the reset' })).toBeInTheDocument();
    const flowId = JSON.parse(sessionStorage.getItem('password-portal.reset') ?? '{}').flowId as string;
    second.unmount();

    const third = await app.renderApp('/reset');
    await third.user.click(await screen.findByRole('button', { name: 'Start again' }));
    expect(await screen.findByRole('heading', { name: 'Get back into your account' })).toBeInTheDocument();
    expect(sessionStorage.getItem('password-portal.reset')).toBeNull();
    await waitFor(async () =>
      expect(
        await app.api.call('getReset', { params: { flowId } }).catch((error: unknown) => error),
      ).toMatchObject({ code: 'not_found' }),
    );

    await third.user.type(await findField('User ID'), 'adele@contoso.com');
    await third.user.click(screen.getByRole('button', { name: 'Next' }));
    await chooseMethod(third.user, /E-mail a code to/, 'Send code');
    await third.user.click(await screen.findByRole('button', { name: 'Cancel the reset' }));
    await waitFor(() => expect(third.location().pathname).toBe('/'));
  });

  it('picks the reset up again after a reload, and ends cleanly when the flow expires', async () => {
    await withoutCaptcha(app);
    const first = await startReset(app, 'adele@contoso.com');
    await chooseMethod(first.user, /E-mail a code to/, 'Send code');
    await screen.findByText(/We e-mailed a code to/);
    first.unmount();

    const { user } = await app.renderApp('/reset');
    // Not resumed silently: the person is asked.
    expect(await screen.findByRole('heading', { name: 'Continue your reset?' })).toHaveFocus();
    expect(screen.getByText('Continue the reset for ad…@contoso.com, or start over?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(/We e-mailed a code to/)).toBeInTheDocument();
    await user.type(field('Verification code'), await app.lastCode(adeleEmail));
    // A flow lives 15 minutes.
    await app.advanceClock(16 * 60);
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByRole('heading', { name: 'Your reset has ended' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(await screen.findByRole('heading', { name: 'Get back into your account' })).toBeInTheDocument();
    expect(sessionStorage.getItem('password-portal.reset')).toBeNull();
  });

  it('gives each step its own history entry: Back goes one step back, but not past a used code, and a reload stays on the step', async () => {
    await withoutCaptcha(app);
    const first = await startReset(app, 'adele@contoso.com');
    await screen.findByRole('heading', { name: 'Prove it is you' });
    await waitFor(() => expect(first.location().pathname).toBe('/reset/method'));
    await chooseMethod(first.user, /E-mail a code to/, 'Send code');
    await findField('Verification code');
    await waitFor(() => expect(first.location().pathname).toBe('/reset/code'));

    // Back from the code: the choice of method again (that code was never used).
    await first.goBack();
    expect(await screen.findByRole('radio', { name: /E-mail a code to/ })).toBeInTheDocument();
    expect(first.location().pathname).toBe('/reset/method');
    // Back from the first method: the user ID step's address, which asks before starting over.
    await first.goBack();
    expect(await screen.findByRole('heading', { name: 'Continue your reset?' })).toBeInTheDocument();
    expect(first.location().pathname).toBe('/reset');
    await first.user.click(screen.getByRole('button', { name: 'Continue' }));
    await chooseMethod(first.user, /E-mail a code to/, 'Send code');
    await waitFor(() => expect(first.location().pathname).toBe('/reset/code'));
    first.unmount();

    // A reload on a step shows that step again, without asking.
    const { user, location, goBack } = await app.renderApp('/reset/code');
    expect(await screen.findByText(/We e-mailed a code to/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Continue your reset?' })).not.toBeInTheDocument();
    await typeCode(user, await app.lastCode(adeleEmail));
    expect(await screen.findByRole('heading', { name: 'Choose a new password' })).toHaveFocus();
    await waitFor(() => expect(location().pathname).toBe('/reset/password'));

    // The code is used: Back stays on the new password, and says why.
    await goBack();
    const why = 'You can’t go back to the previous step: the code you entered there has been used. Carry on here, or cancel the reset.';
    await waitFor(() => expect(screen.getByText(why).closest('[tabindex="-1"]')).toHaveFocus());
    expect(screen.getByRole('heading', { name: 'Choose a new password' })).toBeInTheDocument();
    await waitFor(() => expect(location().pathname).toBe('/reset/password'));
  });
});
