import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPortal, screenshot, tabTo, type ViewportName } from './support/browser';
import { answerCaptchaQuestion } from '../captcha-question';
import { testedLanguages } from '@/features/accessibility/tested';
import { languageInfo, type LanguageTag } from '@/i18n/languages';
import { en, type Messages } from '@/i18n/locales/en';
import {
  canSignIn,
  fillIn,
  startingLike,
  codeFromDemoInbox,
  finishWithNewPassword,
  gotoPortal,
  latestCode,
  signIn,
  startReset,
  strongPassword,
  trackCaptcha,
} from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Enters a code and verifies it. */
async function verifyCode(page: Page, code: string): Promise<void> {
  await page.getByRole('textbox', { name: en.reset.codeLabel }).fill(code);
  await page.getByRole('button', { name: en.reset.verify }).click();
}

/**
 * A whole reset with the keyboard alone (Tab, Enter and typing), from the home page in `language`
 * (opened with `?lang=`), answering the CAPTCHA's question instead of the picture.
 */
async function resetByKeyboard(page: Page, language: LanguageTag): Promise<void> {
  const m = (await languageInfo(language).load()) as Messages;
  await gotoPortal(page, `/?lang=${language}`);
  // From the home page: Tab to "Reset my password" and follow it with Enter.
  await tabTo(page, page.getByRole('link', { name: startingLike(m.home.reset) }));
  await page.keyboard.press('Enter');
  const userId = page.getByRole('textbox', { name: m.reset.userId });
  await userId.waitFor();
  await tabTo(page, userId);
  await page.keyboard.type('adele@contoso.com');
  // The CAPTCHA's accessible alternative: a question in words, answered with a number, asked in
  // the page's language (so not marked as another).
  await page.getByRole('textbox', { name: m.reset.captchaLabel }).waitFor();
  await tabTo(page, page.getByRole('button', { name: m.reset.captchaUseQuestion }));
  await page.keyboard.press('Enter');
  const questionField = page.getByRole('main').getByRole('textbox', { name: /[?？؟]/ });
  await tabTo(page, questionField);
  const [question, questionLanguage] = await questionField.evaluate((element) => {
    const label = element instanceof HTMLInputElement ? element.labels?.[0] : undefined;
    return [label?.textContent ?? '', label?.closest('[lang]')?.getAttribute('lang') ?? ''];
  });
  expect(questionLanguage).toBe(language);
  await page.keyboard.type(answerCaptchaQuestion(question, language));
  await page.keyboard.press('Enter');

  // The first method (e-mail) is chosen already; Tab to "Send code" and press Enter.
  const sendCode = page.getByRole('button', { name: m.reset.sendCode });
  await sendCode.waitFor();
  await tabTo(page, sendCode);
  await page.keyboard.press('Enter');
  const codeField = page.getByRole('textbox', { name: m.reset.codeLabel });
  await codeField.waitFor();
  await tabTo(page, codeField);
  await page.keyboard.type(await latestCode(page, 'adele.vance@fabrikam.com'));
  await page.keyboard.press('Enter');

  const newPassword = page.getByRole('textbox', { name: m.reset.newPassword, exact: true });
  await newPassword.waitFor();
  await tabTo(page, newPassword);
  await page.keyboard.type(strongPassword);
  await tabTo(page, page.getByRole('textbox', { name: m.reset.confirmPassword, exact: true }));
  await page.keyboard.type(strongPassword);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: m.reset.doneHeading }).waitFor();
  await screenshot(page, `reset-keyboard-done-${page.viewportSize()?.width ?? 0}-${language}`);
  expect(await canSignIn(page, 'adele@contoso.com', strongPassword)).toBe(true);
}

// The languages the accessibility statement names (src/features/accessibility/tested.ts); English
// runs on a phone and a desktop below.
describe.each(testedLanguages.keyboardReset.filter((language) => language !== 'en'))('people in %s on a phone (390×844)', (language) => {
  it('a whole reset with the keyboard alone (Tab, Enter and typing)', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport: 'phone' });
    await resetByKeyboard(page, language);
    expect(pageErrors).toEqual([]);
  });
});

describe.each<ViewportName>(['phone', 'desktop'])('people on a %s', (viewport) => {
  it('reset a password by e-mail with the code from the Demo inbox, then sign in with it', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport });
    const captcha = trackCaptcha(page);
    await startReset(page, captcha, 'adele@contoso.com');
    await page.getByRole('heading', { name: en.reset.verifyHeadingOne }).waitFor();
    await screenshot(page, `reset-method-${viewport}`);
    await page.getByRole('radio', { name: startingLike(en.methods.emailTo) }).check();
    await page.getByRole('button', { name: en.reset.sendCode }).click();
    await page.getByText(startingLike(en.reset.codeSentEmail)).waitFor();
    await expect(page.getByRole('textbox', { name: en.reset.codeLabel }).getAttribute('autocomplete')).resolves.toBe('one-time-code');
    await screenshot(page, `reset-code-email-${viewport}`);
    const code = await codeFromDemoInbox(page);
    expect(code).toMatch(/^\d{8}$/);
    await verifyCode(page, code);
    await finishWithNewPassword(page, strongPassword);
    await screenshot(page, `reset-done-${viewport}`);
    expect(await canSignIn(page, 'adele@contoso.com', strongPassword)).toBe(true);
    expect(await canSignIn(page, 'adele@contoso.com', 'Adele-Demo-2026!')).toBe(false);
    expect(pageErrors).toEqual([]);
  });

  it('reset a password by text message after typing the full phone number', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport });
    const captcha = trackCaptcha(page);
    await startReset(page, captcha, 'adele@contoso.com');
    await page.getByRole('radio', { name: startingLike(en.methods.mobileTextTo) }).check();
    const phone = page.getByRole('textbox', { name: en.reset.phoneLabel });
    await phone.fill('+1 425 555 0199');
    await page.getByRole('button', { name: en.reset.sendCode }).click();
    await page.getByText(en.problems.phone_mismatch).waitFor();
    await screenshot(page, `reset-phone-mismatch-${viewport}`);
    await phone.fill('+1 425 555 0101');
    await page.getByRole('button', { name: en.reset.sendCode }).click();
    await page.getByText(startingLike(en.reset.codeSentText)).waitFor();
    const code = await latestCode(page, '+14255550101');
    expect(code).toMatch(/^\d{6}$/);
    await verifyCode(page, code);
    await finishWithNewPassword(page, strongPassword);
    expect(await canSignIn(page, 'adele@contoso.com', strongPassword)).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('the admin reset asks for two methods, and the first is not offered again', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport });
    const captcha = trackCaptcha(page);
    await startReset(page, captcha, 'admin@contoso.com');
    await page.getByRole('heading', { name: fillIn(en.reset.verifyHeading, { step: 1, total: 2 }) }).waitFor();
    await screenshot(page, `reset-two-gates-step1-${viewport}`);
    await page.getByRole('radio', { name: startingLike(en.methods.emailTo) }).check();
    await page.getByRole('button', { name: en.reset.sendCode }).click();
    await verifyCode(page, await latestCode(page, 'mod.admin@fabrikam.com'));
    await page.getByRole('heading', { name: fillIn(en.reset.verifyHeading, { step: 2, total: 2 }) }).waitFor();
    expect(await page.getByRole('radio', { name: startingLike(en.methods.emailTo) }).count()).toBe(0);
    await screenshot(page, `reset-two-gates-step2-${viewport}`);
    await page.getByRole('radio', { name: startingLike(en.methods.mobileTextTo) }).check();
    await page.getByRole('textbox', { name: en.reset.phoneLabel }).fill('+1 425 555 0100');
    await page.getByRole('button', { name: en.reset.sendCode }).click();
    await verifyCode(page, await latestCode(page, '+14255550100'));
    await finishWithNewPassword(page, strongPassword);
    expect(await canSignIn(page, 'admin@contoso.com', strongPassword)).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('a person who has not registered signs in, chooses "Verify now" and registers e-mail and phone', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport });
    await signIn(page, 'nestor@contoso.com', 'Nestor-Demo-2026!');
    await page.getByRole('heading', { name: en.interstitial.heading }).waitFor();
    await screenshot(page, `interstitial-${viewport}`);
    await page.getByRole('button', { name: en.interstitial.verifyNow }).click();
    await page.getByRole('heading', { name: en.securityInfo.heading, level: 1 }).waitFor();
    await page.getByText(en.securityInfo.notRegistered).waitFor();

    await page.getByRole('button', { name: `${en.securityInfo.add}: ${en.securityInfo.kinds.email}` }).click();
    await page.getByRole('textbox', { name: en.securityInfo.emailLabel }).fill('nestor.wilke@fabrikam.com');
    await page.getByRole('button', { name: en.reset.sendCode }).click();
    await verifyCode(page, await latestCode(page, 'nestor.wilke@fabrikam.com'));
    await page.getByText(fillIn(en.securityInfo.saved, { method: en.securityInfo.kinds.email })).waitFor();

    await page.getByRole('button', { name: `${en.securityInfo.add}: ${en.securityInfo.kinds.mobilePhone}` }).click();
    await page.getByRole('textbox', { name: en.securityInfo.phoneLabel }).fill('+31 6 23456789');
    await page.getByRole('button', { name: en.reset.sendCode }).click();
    await verifyCode(page, await latestCode(page, '+31623456789'));
    await page.getByText(fillIn(en.securityInfo.saved, { method: en.securityInfo.kinds.mobilePhone })).waitFor();
    await page.getByText(en.securityInfo.registered).waitFor();
    await screenshot(page, `security-info-registered-${viewport}`);
    expect(pageErrors).toEqual([]);
  });

  it('change a known password, after which only the new one signs in', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport });
    await signIn(page, 'adele@contoso.com', 'Adele-Demo-2026!');
    // In the app, not a reload: the demo saves its state (the new session) in batches.
    await page.getByRole('link', { name: startingLike(en.home.change) }).click();
    await page.getByRole('heading', { name: en.changePassword.heading }).waitFor();
    await page.getByRole('textbox', { name: en.changePassword.current, exact: true }).fill('Adele-Demo-2026!');
    await page.getByRole('textbox', { name: en.changePassword.new, exact: true }).fill('adele');
    await page.getByRole('textbox', { name: en.changePassword.confirm, exact: true }).fill('adele');
    await page.getByRole('button', { name: en.changePassword.submit }).click();
    await page.getByText(fillIn(en.violations.too_short, { min: 8, actual: 5 })).first().waitFor();
    // The checklist's "not easy to guess" item has the server's verdict, not "Checking…".
    await page.getByText(en.checklist.checking).waitFor({ state: 'detached' });
    await screenshot(page, `change-password-weak-${viewport}`);
    await page.getByRole('textbox', { name: en.changePassword.new, exact: true }).fill(strongPassword);
    await page.getByRole('textbox', { name: en.changePassword.confirm, exact: true }).fill(strongPassword);
    await page.getByRole('button', { name: en.changePassword.submit }).click();
    await page.getByRole('heading', { name: en.changePassword.doneHeading }).waitFor();
    await screenshot(page, `change-password-done-${viewport}`);
    expect(await canSignIn(page, 'adele@contoso.com', strongPassword)).toBe(true);
    expect(await canSignIn(page, 'adele@contoso.com', 'Adele-Demo-2026!')).toBe(false);
    expect(pageErrors).toEqual([]);
  });

  it('a whole reset with the keyboard alone (Tab, Enter and typing), with the CAPTCHA’s question instead of the picture', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport });
    await resetByKeyboard(page, 'en');
    expect(pageErrors).toEqual([]);
  });

  /** Waits until the target has the focus: where the page put it after an action. */
  async function expectFocusOn(target: Locator): Promise<void> {
    await expect.poll(() => target.evaluate((element) => element === document.activeElement), { message: `focus on ${String(target)}` }).toBe(true);
  }

  it('Security info with the keyboard alone: focus goes to the result of every action', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport });
    await signIn(page, 'nestor@contoso.com', 'Nestor-Demo-2026!');
    await page.getByRole('heading', { name: en.interstitial.heading }).waitFor();
    await tabTo(page, page.getByRole('button', { name: en.interstitial.verifyNow }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: en.securityInfo.heading, level: 1 }).waitFor();

    const addEmail = page.getByRole('button', { name: `${en.securityInfo.add}: ${en.securityInfo.kinds.email}` });
    await tabTo(page, addEmail);
    await page.keyboard.press('Enter');
    // Add: the form's heading.
    await expectFocusOn(page.getByRole('heading', { name: `${en.securityInfo.add}: ${en.securityInfo.kinds.email}` }));
    await tabTo(page, page.getByRole('textbox', { name: en.securityInfo.emailLabel }));
    await page.keyboard.type('nestor.wilke@fabrikam.com');
    await page.keyboard.press('Enter');
    // Send code: the code field.
    const codeField = page.getByRole('textbox', { name: en.securityInfo.codeLabel });
    await expectFocusOn(codeField);
    const code = await latestCode(page, 'nestor.wilke@fabrikam.com');
    await page.keyboard.type(code === '00000000' ? '11111111' : '00000000');
    await page.keyboard.press('Enter');
    // A wrong code: the field, now with its error.
    await page.getByText(en.problems.invalid_code).waitFor();
    await expectFocusOn(codeField);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    // Verify: the new status message.
    await expectFocusOn(page.getByRole('status').locator('[tabindex="-1"]', { hasText: fillIn(en.securityInfo.saved, { method: en.securityInfo.kinds.email }) }));

    // Cancel: back to the button that opened the form.
    const addPhone = page.getByRole('button', { name: `${en.securityInfo.add}: ${en.securityInfo.kinds.mobilePhone}` });
    await tabTo(page, addPhone);
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: en.common.cancel }));
    await page.keyboard.press('Enter');
    await expectFocusOn(addPhone);
    expect(pageErrors).toEqual([]);
  });
});

describe('a page reload', () => {
  it('keeps a reset in progress right after the code was sent, which then finishes', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport: 'desktop' });
    const captcha = trackCaptcha(page);
    await startReset(page, captcha, 'adele@contoso.com');
    await page.getByRole('radio', { name: startingLike(en.methods.emailTo) }).check();
    await page.getByRole('button', { name: en.reset.sendCode }).click();
    await page.getByRole('textbox', { name: en.reset.codeLabel }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/reset/code');
    await page.reload();
    // A reload of the step shows the step again (the flow is in sessionStorage).
    await page.getByText(startingLike(en.reset.codeSentEmail)).waitFor();
    expect(await page.getByRole('heading', { name: en.reset.resumeHeading }).count()).toBe(0);
    // Opening /reset itself with a reset unfinished asks before it resumes (it never resumes silently).
    await gotoPortal(page, '/reset');
    await page.getByRole('heading', { name: en.reset.resumeHeading }).waitFor();
    await page.getByRole('button', { name: en.reset.resumeContinue, exact: true }).click();
    await page.getByText(startingLike(en.reset.codeSentEmail)).waitFor();
    await verifyCode(page, await latestCode(page, 'adele.vance@fabrikam.com'));
    await finishWithNewPassword(page, strongPassword);
    expect(pageErrors).toEqual([]);
  });

  it('right after signing in keeps the person signed in (the demo saves its state before the page goes)', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport: 'desktop' });
    await signIn(page, 'adele@contoso.com', 'Adele-Demo-2026!');
    await gotoPortal(page, '/security-info');
    await page.getByRole('heading', { name: en.securityInfo.heading, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/security-info');
    expect(pageErrors).toEqual([]);
  });
});

describe('the browser’s Back button in the reset wizard', () => {
  it('goes one step back while no code was used, and after that stays on the step and says why', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport: 'desktop' });
    const captcha = trackCaptcha(page);
    await startReset(page, captcha, 'adele@contoso.com');
    await page.getByRole('heading', { name: en.reset.verifyHeadingOne }).waitFor();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/reset/method');
    await page.getByRole('radio', { name: startingLike(en.methods.emailTo) }).check();
    await page.getByRole('button', { name: en.reset.sendCode }).click();
    await page.getByText(startingLike(en.reset.codeSentEmail)).waitFor();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/reset/code');

    await page.goBack();
    await page.getByRole('radio', { name: startingLike(en.methods.emailTo) }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/reset/method');
    await page.getByRole('radio', { name: startingLike(en.methods.emailTo) }).check();
    await page.getByRole('button', { name: en.reset.sendCode }).click();
    // The new code is the newest message only once the code step is back.
    await page.getByText(startingLike(en.reset.codeSentEmail)).waitFor();
    await verifyCode(page, await latestCode(page, 'adele.vance@fabrikam.com'));
    await page.getByRole('heading', { name: en.reset.passwordHeading }).waitFor();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/reset/password');

    await page.goBack();
    const why = page.getByText(en.reset.backRefused);
    await why.waitFor();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/reset/password');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(en.reset.backRefused);
    await screenshot(page, 'reset-back-refused-desktop');
    await finishWithNewPassword(page, strongPassword);
    expect(pageErrors).toEqual([]);
  });
});
