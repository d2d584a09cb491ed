import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '@/i18n/locales/en';
import { nl } from '@/i18n/locales/nl';
import { launchBrowser, openPortal } from './support/browser';
import { gotoPortal } from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const heading = (page: Awaited<ReturnType<typeof openPortal>>['page']) => page.getByRole('main').getByRole('heading', { level: 1 });

describe('choosing the language', () => {
  it('a ?lang= link opens that language, preloads its chunk beside the app, and a reload keeps it', async () => {
    const { page, pageErrors } = await openPortal(browser, { locale: 'en-US' });
    await gotoPortal(page, '/?lang=nl');
    await heading(page).getByText(nl.home.welcome).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['nl', 'ltr']);
    // The start script asked for the Dutch chunk before the app ran (the build's preload, not the app's import()).
    expect(await page.locator('link[rel="modulepreload"][href*="/nl-"]').count()).toBe(1);

    await page.goto('/');
    await heading(page).getByText(nl.home.welcome).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('a first visit follows the browser’s languages, and the switcher names each language in itself', async () => {
    const { page } = await openPortal(browser, { locale: 'nl-NL' });
    await gotoPortal(page, '/');
    await heading(page).getByText(nl.home.welcome).waitFor();
    const names = await page.getByRole('combobox', { name: nl.common.language }).locator('option').allTextContents();
    expect(names).toEqual(['English', 'Nederlands', 'Deutsch', 'Français', 'العربية']);
    await page.getByRole('combobox', { name: nl.common.language }).selectOption('en');
    await heading(page).getByText(en.home.welcome).waitFor();
    await page.reload();
    await heading(page).getByText(en.home.welcome).waitFor();
  });
});
