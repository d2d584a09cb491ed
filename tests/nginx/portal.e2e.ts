import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '@/i18n/locales/en';
import { launchBrowser, openPortal, screenshot } from '../e2e/support/browser';
import {
  canSignIn,
  finishWithNewPassword,
  gotoPortal,
  latestCode,
  signIn,
  startReset,
  startingLike,
  strongPassword,
  trackCaptcha,
} from '../e2e/support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Every Content-Security-Policy violation any page of this tab reports, whether or not it also logs one. */
async function trackCspViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report: unknown = Reflect.get(window, 'reportCspViolation');
      if (typeof report === 'function')
        report(`${event.effectiveDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return seen;
}

describe('the real-API build behind the shipped nginx config', () => {
  it('completes a reset, then loads every people’s route, with no CSP violation and no console error', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport: 'desktop' });
    const violations = await trackCspViolations(page);

    await gotoPortal(page, '/');
    await page.getByRole('link', { name: startingLike(en.home.reset) }).waitFor();
    // The real build: no demo tools, and the API answers through nginx's /api/ proxy.
    expect(await page.getByRole('region', { name: 'Demo tools' }).count()).toBe(0);

    const captcha = trackCaptcha(page);
    // reset.html asks for its CAPTCHA itself, before its app runs; the app shows that one, not a second.
    const captchaRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/v1/captcha') captchaRequests.push(request.url());
    });
    await startReset(page, captcha, 'adele@contoso.com');
    expect(captchaRequests).toHaveLength(1);
    await page.getByRole('radio', { name: startingLike(en.methods.mobileTextTo) }).check();
    await page.getByRole('textbox', { name: en.reset.phoneLabel }).fill('+1 425 555 0101');
    await page.getByRole('button', { name: en.reset.sendCode }).click();
    await page.getByText(startingLike(en.reset.codeSentText)).waitFor();
    await page
      .getByRole('textbox', { name: en.reset.codeLabel })
      .fill(await latestCode(page, '+14255550101'));
    await page.getByRole('button', { name: en.reset.verify }).click();
    await finishWithNewPassword(page, strongPassword);
    await screenshot(page, 'nginx-reset-done');
    expect(await canSignIn(page, 'adele@contoso.com', strongPassword)).toBe(true);

    await signIn(page, 'adele@contoso.com', strongPassword);
    const routes: [path: string, heading: string][] = [
      ['/', en.home.welcome],
      ['/security-info', en.securityInfo.heading],
      ['/change-password', en.changePassword.heading],
      ['/reset', en.reset.identifyHeading],
      ['/no-such-page', en.notFound.heading],
    ];
    for (const [path, heading] of routes) {
      await gotoPortal(page, path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await screenshot(page, `nginx${path.replaceAll('/', '-')}`);
    }
    // The signed-out pages: sign-in (and the well-known address, which lands on it via change password).
    await page.getByRole('banner').getByRole('button', { name: en.common.signOut }).click();
    await gotoPortal(page, '/sign-in');
    await page.getByRole('heading', { level: 1, name: en.signIn.heading }).waitFor();
    await page.goto('/.well-known/change-password');
    await page.waitForURL(
      (url) =>
        url.pathname === '/sign-in' && url.search === `?returnTo=${encodeURIComponent('/change-password')}`,
    );

    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
