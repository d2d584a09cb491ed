import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminEn } from '@/admin/i18n/en';
import { signInToConsole } from './support/admin';
import { describeFocus, hasFocus, launchBrowser, openPortal, screenshot, tabTo, type ViewportName } from './support/browser';
import { fillIn } from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const a = adminEn;

/** Waits until `target` has the focus, and says what has it instead when it never does. */
async function expectFocusOn(page: Page, target: Locator): Promise<void> {
  await target.waitFor();
  await expect.poll(() => hasFocus(target), { timeout: 5_000, message: `focus is on ${await describeFocus(page)}` }).toBe(true);
}

/** Tab to a text field, replace what it holds by typing, as a keyboard user does. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field, 150);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Tab to a button and press Enter. */
async function press(page: Page, button: Locator): Promise<void> {
  await tabTo(page, button, 150);
  await page.keyboard.press('Enter');
}

/** Follow a link of the console's menu with the keyboard. */
async function openSectionByKeyboard(page: Page, link: string, heading: string): Promise<void> {
  await press(page, page.getByRole('navigation', { name: a.nav.label }).getByRole('link', { name: link, exact: true }));
  await page.getByRole('main').getByRole('heading', { name: heading, level: 1 }).waitFor();
}

/** The ring around a focused text field: a solid outline of at least 2 px, not only the underline. */
async function focusRingOf(field: Locator): Promise<{ style: string; width: number }> {
  return field.evaluate((input) => {
    const box = input.closest('.fui-Input, .fui-Textarea, .fui-SpinButton') ?? input;
    const style = getComputedStyle(box);
    return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
  });
}

describe.each<ViewportName>(['desktop', 'phone'])('the console with the keyboard alone on a %s', (viewport) => {
  it('moves focus to the result after Save on Policy: the first error, then the saved message', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport });
    await signInToConsole(page);
    await openSectionByKeyboard(page, a.nav.policy, a.policy.heading);
    const reconfirm = page.getByRole('spinbutton', { name: a.policy.reconfirmDays });

    await typeInto(page, reconfirm, '800');
    expect(await focusRingOf(reconfirm)).toMatchObject({ style: 'solid', width: expect.any(Number) });
    expect((await focusRingOf(reconfirm)).width).toBeGreaterThanOrEqual(2);
    await press(page, page.getByRole('button', { name: a.common.save, exact: true }));
    // The server refuses the value: focus goes to the field it is about.
    await expectFocusOn(page, reconfirm);
    expect(await reconfirm.getAttribute('aria-invalid')).toBe('true');

    await typeInto(page, reconfirm, '30');
    await press(page, page.getByRole('button', { name: a.common.save, exact: true }));
    await expectFocusOn(page, page.getByRole('status').filter({ hasText: a.policy.saved }));
    await screenshot(page, `admin-keyboard-policy-saved-${viewport}`);
    expect(pageErrors).toEqual([]);
  });

  it('moves focus to the result after Save on Branding: the first error, then the saved message', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport });
    await signInToConsole(page);
    await openSectionByKeyboard(page, a.nav.branding, a.branding.heading);
    const portalUrl = page.getByRole('textbox', { name: a.branding.portalUrl });
    const save = page.getByRole('button', { name: a.branding.save, exact: true });

    await typeInto(page, portalUrl, 'ftp://passwords.contoso.com');
    expect((await focusRingOf(portalUrl)).width).toBeGreaterThanOrEqual(2);
    await press(page, save);
    await expectFocusOn(page, portalUrl);
    expect(await portalUrl.getAttribute('aria-invalid')).toBe('true');

    await typeInto(page, portalUrl, 'https://passwords.contoso.com');
    await press(page, save);
    await expectFocusOn(page, page.getByRole('status').filter({ hasText: a.branding.saved }));
    await screenshot(page, `admin-keyboard-branding-saved-${viewport}`);
    expect(pageErrors).toEqual([]);
  });

  it('moves focus to the result after Validate and Import on Import', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport });
    await signInToConsole(page);
    await openSectionByKeyboard(page, a.nav.import, a.import.heading);
    const csvField = page.getByRole('textbox', { name: a.import.paste });
    const header = 'userPrincipalName,authenticationEmail,alternateEmail,authenticationPhone,mobilePhone,officePhone';

    await typeInto(page, csvField, `${header}\nnestor@contoso.com,nestor.wilke@fabrikam.com,,,,\nmiriam@contoso.com,,,,425 555,\n`);
    expect((await focusRingOf(csvField)).width).toBeGreaterThanOrEqual(2);
    await press(page, page.getByRole('button', { name: a.import.validate, exact: true }));
    await expectFocusOn(page, page.getByRole('alert').filter({ hasText: fillIn(a.import.invalid_one, { count: 1, total: 2 }) }));

    await typeInto(page, csvField, `${header}\nnestor@contoso.com,nestor.wilke@fabrikam.com,,,,\nmiriam@contoso.com,,,,+1 425 555 0110,\n`);
    await press(page, page.getByRole('button', { name: a.import.validate, exact: true }));
    await expectFocusOn(page, page.getByRole('status').filter({ hasText: fillIn(a.import.validated, { count: 2 }) }));

    await press(page, page.getByRole('button', { name: a.import.apply, exact: true }));
    await expectFocusOn(page, page.getByRole('status').filter({ hasText: fillIn(a.import.applied, { applied: 2 }) }));
    await screenshot(page, `admin-keyboard-import-applied-${viewport}`);
    expect(pageErrors).toEqual([]);
  });
});
