import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { adminEn } from '@/admin/i18n/en';
import { en } from '@/i18n/locales/en';
import { hasFocus } from './browser';
import { gotoPortal } from './portal';

export const adminUserId = 'admin@contoso.com';
export const adminPassword = 'Admin-Demo-2026!';

/** Signs in through the portal's sign-in page and lands in the console (its first section, Reports). */
export async function signInToConsole(page: Page): Promise<void> {
  await gotoPortal(page, `/sign-in?returnTo=${encodeURIComponent('/admin')}`);
  await page.getByRole('textbox', { name: en.signIn.userId }).fill(adminUserId);
  await page.getByRole('textbox', { name: en.signIn.password, exact: true }).fill(adminPassword);
  await page.getByRole('button', { name: en.signIn.submit }).click();
  await page.getByRole('navigation', { name: adminEn.nav.label }).waitFor();
  // The landing screen comes a moment after the menu and takes the focus (its heading): wait for
  // it, or a keyboard test's first Tab can be overtaken by that move (seen in CI: Enter on the heading).
  const heading = page.getByRole('main').getByRole('heading', { level: 1 });
  await heading.waitFor();
  await expect.poll(() => hasFocus(heading), { message: 'the console’s landing heading never took the focus' }).toBe(true);
}

/** Follows a link of the console's navigation (in the app: a reload would lose unsaved demo state). */
export async function openSection(page: Page, navLabel: string, linkName: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: navLabel }).getByRole('link', { name: linkName, exact: true }).click();
  await page.getByRole('main').getByRole('heading', { name: heading, level: 1 }).waitFor();
}
