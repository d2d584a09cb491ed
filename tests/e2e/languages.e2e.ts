import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '@/i18n/locales/ar';
import { en } from '@/i18n/locales/en';
import { fr } from '@/i18n/locales/fr';
import { languageList } from '@/i18n/languages';
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
    const dutchChunk: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/nl-[^/]*\.js$/.test(request.url())) dutchChunk.push(request.url());
    });
    await gotoPortal(page, '/?lang=nl');
    await heading(page).getByText(nl.home.welcome).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['nl', 'ltr']);
    // The start script asked for the Dutch chunk before the app ran (the build's preload, not the app's import()).
    expect(await page.locator('link[rel="modulepreload"][href*="/nl-"]').count()).toBe(1);
    // The app took the chunk from the page's language registry (index.html): the preloaded one, fetched once.
    const registry = await page.locator('script#language-registry').textContent();
    expect(JSON.parse(registry ?? '[]')).toContainEqual(expect.objectContaining({ tag: 'nl', name: 'Nederlands', module: new URL(dutchChunk[0] ?? '/').pathname }));
    expect(dutchChunk).toHaveLength(1);

    await page.goto('/');
    await heading(page).getByText(nl.home.welcome).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('a first visit follows the browser’s languages, and the switcher names each language in itself', async () => {
    const { page } = await openPortal(browser, { locale: 'nl-NL' });
    await gotoPortal(page, '/');
    await heading(page).getByText(nl.home.welcome).waitFor();
    const names = await page.getByRole('combobox', { name: nl.common.language }).locator('option').allTextContents();
    // Every language of the registry, the demo-only pseudo-locale last (this is the demo build).
    expect(names).toEqual(languageList.map((language) => language.name));
    expect(names).toEqual(expect.arrayContaining(['English', 'Nederlands', 'Deutsch', 'Français', 'العربية', '日本語', '[Ƥšéúðó]']));
    await page.getByRole('combobox', { name: nl.common.language }).selectOption('en');
    await heading(page).getByText(en.home.welcome).waitFor();
    await page.reload();
    await heading(page).getByText(en.home.welcome).waitFor();
  });

  it('opening /?lang=fr shows French, and a reload keeps it', async () => {
    const { page, pageErrors } = await openPortal(browser, { locale: 'en-US' });
    await gotoPortal(page, '/?lang=fr');
    await heading(page).getByText(fr.home.welcome).waitFor();
    await page.reload();
    await heading(page).getByText(fr.home.welcome).waitFor();
    // Through a locator, which waits across a navigation (page.evaluate fails when one is under way).
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    expect(pageErrors).toEqual([]);
  });

  it('Arabic lays out mirrored: <html dir=rtl>, Fluent\'s provider rtl, tiles read from the right, the user ID input stays ltr', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport: 'phone', locale: 'ar-EG' });
    await gotoPortal(page, '/');
    await heading(page).getByText(ar.home.welcome).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await page.locator('.fui-FluentProvider[dir="rtl"]').count()).toBeGreaterThan(0);
    // A tile's icon sits at its right edge, its chevron at its left.
    const tile = page.getByRole('main').getByRole('link', { name: new RegExp(ar.home.reset) }).first();
    const [tileBox, iconBox, chevronBox] = await Promise.all([tile.boundingBox(), tile.locator('svg').first().boundingBox(), tile.locator('svg').last().boundingBox()]);
    expect(iconBox!.x).toBeGreaterThan(tileBox!.x + tileBox!.width / 2);
    expect(chevronBox!.x).toBeLessThan(tileBox!.x + tileBox!.width / 2);
    await gotoPortal(page, '/reset');
    expect(await page.getByRole('textbox', { name: ar.reset.userId }).getAttribute('dir')).toBe('ltr');
    expect(pageErrors).toEqual([]);
  });
});
