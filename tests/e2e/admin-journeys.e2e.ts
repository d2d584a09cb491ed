import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminEn } from '@/admin/i18n/en';
import { en } from '@/i18n/locales/en';
import { openSection, signInToConsole } from './support/admin';
import { launchBrowser, openPortal, screenshot, type ViewportName } from './support/browser';
import { canSignIn, fillIn, finishWithNewPassword, latestCode, startingLike, startReset, strongPassword, trackCaptcha } from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const a = adminEn;
const nav = a.nav.label;

async function verifyCode(page: Page, code: string): Promise<void> {
  await page.getByRole('textbox', { name: en.reset.codeLabel }).fill(code);
  await page.getByRole('button', { name: en.reset.verify }).click();
}

/** A logo an admin uploads: plain SVG, a colour no brand of the seed uses. */
const uploadedLogo = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40" viewBox="0 0 160 40"><rect width="160" height="40" rx="6" fill="#6B2FA0"/><circle cx="20" cy="20" r="10" fill="#FFFFFF"/></svg>',
);
const brandColour = '#6B2FA0';

describe.each<ViewportName>(['desktop', 'phone'])('an admin on a %s', (viewport) => {
  it('requires two methods in the policy, and a person’s reset then asks for two', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport });
    const captcha = trackCaptcha(page);
    await signInToConsole(page);
    await openSection(page, nav, a.nav.policy, a.policy.heading);
    await page.getByRole('radiogroup', { name: a.policy.methodsRequired }).getByRole('radio', { name: '2', exact: true }).check();
    await page.getByRole('button', { name: a.common.save, exact: true }).click();
    await page.getByText(a.policy.saved).waitFor();
    await screenshot(page, `admin-policy-two-methods-${viewport}`);

    await startReset(page, captcha, 'adele@contoso.com', { inApp: true });
    await page.getByRole('heading', { name: fillIn(en.reset.verifyHeading, { step: 1, total: 2 }) }).waitFor();
    await page.getByRole('radio', { name: startingLike(en.methods.emailTo) }).check();
    await page.getByRole('button', { name: en.reset.sendCode }).click();
    await verifyCode(page, await latestCode(page, 'adele.vance@fabrikam.com'));
    await page.getByRole('heading', { name: fillIn(en.reset.verifyHeading, { step: 2, total: 2 }) }).waitFor();
    await page.getByRole('radio', { name: startingLike(en.methods.mobileTextTo) }).check();
    await page.getByRole('textbox', { name: en.reset.phoneLabel }).fill('+1 425 555 0101');
    await page.getByRole('button', { name: en.reset.sendCode }).click();
    await verifyCode(page, await latestCode(page, '+14255550101'));
    await finishWithNewPassword(page, strongPassword);
    expect(await canSignIn(page, 'adele@contoso.com', strongPassword)).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('imports contact data from CSV (bad rows first, nothing applied), and those people can then reset', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport });
    const captcha = trackCaptcha(page);
    await signInToConsole(page);
    await openSection(page, nav, a.nav.import, a.import.heading);
    const csvField = page.getByRole('textbox', { name: a.import.paste });
    const header = 'userPrincipalName,authenticationEmail,alternateEmail,authenticationPhone,mobilePhone,officePhone';

    await csvField.fill(`${header}\nnestor@contoso.com,nestor.wilke@fabrikam.com,,,,\nnobody@contoso.com,nobody@fabrikam.com,,,,\nmiriam@contoso.com,,,,425 555,\n`);
    await page.getByRole('button', { name: a.import.validate, exact: true }).click();
    await page.getByText(fillIn(a.import.invalid_other, { count: 2, total: 3 })).waitFor();
    const badRows = page.getByRole('table', { name: a.import.rows });
    await expect.poll(() => badRows.getByRole('row').count()).toBe(3);
    expect(await page.getByRole('button', { name: a.import.apply, exact: true }).isDisabled()).toBe(true);
    await screenshot(page, `admin-import-bad-rows-${viewport}`);

    await csvField.fill(`${header}\nnestor@contoso.com,nestor.wilke@fabrikam.com,,,,\nmiriam@contoso.com,,,,+1 425 555 0110,\n`);
    await page.getByRole('button', { name: a.import.validate, exact: true }).click();
    await page.getByText(fillIn(a.import.validated, { count: 2 })).waitFor();
    await page.getByRole('button', { name: a.import.apply, exact: true }).click();
    await page.getByText(fillIn(a.import.applied, { applied: 2 })).waitFor();
    await screenshot(page, `admin-import-applied-${viewport}`);

    // Nestor registered nothing; the imported e-mail address now lets him reset.
    await startReset(page, captcha, 'nestor@contoso.com', { inApp: true });
    await page.getByRole('heading', { name: en.reset.verifyHeadingOne }).waitFor();
    await page.getByRole('radio', { name: startingLike(en.methods.emailTo) }).check();
    await page.getByRole('button', { name: en.reset.sendCode }).click();
    await verifyCode(page, await latestCode(page, 'nestor.wilke@fabrikam.com'));
    await finishWithNewPassword(page, strongPassword);

    // Miriam's malformed number is replaced by a well-formed one: she can reset by text.
    await startReset(page, captcha, 'miriam@contoso.com', { inApp: true });
    await page.getByRole('radio', { name: startingLike(en.methods.mobileTextTo) }).check();
    await page.getByRole('textbox', { name: en.reset.phoneLabel }).fill('+1 425 555 0110');
    await page.getByRole('button', { name: en.reset.sendCode }).click();
    await verifyCode(page, await latestCode(page, '+14255550110'));
    await finishWithNewPassword(page, strongPassword);
    expect(pageErrors).toEqual([]);
  });

  it('changes the brand colour and logo, and the portal home shows them', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport });
    await signInToConsole(page);
    await openSection(page, nav, a.nav.branding, a.branding.heading);
    await page.getByRole('textbox', { name: a.branding.brandColor, exact: true }).fill(brandColour);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: fillIn(a.branding.upload, { what: a.branding.logoLight }) }).click();
    await (await chooser).setFiles({ name: 'fabrikam-logo.svg', mimeType: 'image/svg+xml', buffer: uploadedLogo });
    await page.getByRole('button', { name: a.branding.save }).click();
    await page.getByText(a.branding.saved).waitFor();
    await screenshot(page, `admin-branding-saved-${viewport}`);

    await page.getByRole('banner').getByRole('link').first().click();
    await page.getByRole('heading', { name: en.home.welcome }).waitFor();
    const headerLogo = page.getByRole('banner').getByRole('img', { name: 'Contoso' });
    await expect.poll(() => headerLogo.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    const brandBackground = await page.evaluate(() => {
      const provider = document.querySelector('.fui-FluentProvider');
      return provider ? getComputedStyle(provider).getPropertyValue('--colorBrandBackground').trim().toLowerCase() : null;
    });
    expect(brandBackground).toBe(brandColour.toLowerCase());
    await screenshot(page, `home-rebranded-${viewport}`);
    expect(pageErrors).toEqual([]);
  });

  it('shows reports with charts of registrations and resets', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport });
    await signInToConsole(page);
    await openSection(page, nav, a.nav.reports, a.reports.heading);
    for (const chart of [a.reports.registrationsChart, a.reports.resetsChart]) {
      const figure = page.getByRole('main').getByRole('figure', { name: chart });
      await figure.waitFor();
      // Bars are drawn: the seed has 90 days of history, so the last 30 days are not empty.
      expect(await figure.getByRole('img').locator('rect').count()).toBeGreaterThan(10);
    }
    await screenshot(page, `admin-reports-charts-${viewport}`);
    expect(pageErrors).toEqual([]);
  });
});
