import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiReferenceEn } from '@/features/api-reference/i18n/en';
import { apiReferenceNl } from '@/features/api-reference/i18n/nl';
import { en } from '@/i18n/locales/en';
import { nl } from '@/i18n/locales/nl';
import { axeViolations } from './support/axe';
import {
  hasHorizontalScroll,
  launchBrowser,
  openPortal,
  overlappingControls,
  screenshot,
  type ViewportName,
} from './support/browser';
import { gotoPortal, switchLanguage } from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const languages = {
  en: { app: en, reference: apiReferenceEn, label: 'English' },
  nl: { app: nl, reference: apiReferenceNl, label: 'Nederlands' },
} as const;

describe('the API reference at /docs/api (demo build)', () => {
  for (const language of ['en', 'nl'] as const) {
    for (const viewport of ['narrow', 'desktop'] as const satisfies ViewportName[]) {
      it(`reads, and opens an operation and a schema with the keyboard (${language}, ${viewport})`, async () => {
        const { app, reference, label } = languages[language];
        const { page, pageErrors } = await openPortal(browser, { viewport });
        const main = page.getByRole('main');
        // A developer finds it in the demo tools: open them, follow the link with the keyboard.
        await gotoPortal(page, '/');
        if (language === 'nl') await switchLanguage(page, label);
        const demo = page.getByRole('region', { name: app.demo.panel });
        await demo.getByRole('button', { name: app.demo.open }).click();
        const link = demo.getByRole('link', { name: app.demo.apiReference });
        await link.waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await link.focus();
        await page.keyboard.press('Enter');
        const title = main.getByRole('heading', { name: reference.title, level: 1 });
        await title.waitFor();
        await expect.poll(() => title.evaluate((element) => element === document.activeElement)).toBe(true);
        expect(page.url()).toMatch(/\/docs\/api$/);
        // Every section of the contract, each with its operations.
        for (const tag of ['Public', 'Reset', 'Session', 'Security info', 'Admin', 'Dev']) {
          await main.getByRole('heading', { name: tag, level: 2 }).waitFor();
        }
        expect(await main.getByRole('link', { name: reference.download }).getAttribute('href')).toBe(
          '/docs/api/openapi.json',
        );
        expect(await axeViolations(page)).toEqual([]);
        expect(await hasHorizontalScroll(page)).toBe(false);

        // Keyboard alone: the operation's header is a button; Enter opens it, Tab reaches its first named schema.
        const operation = main.getByRole('button', { name: /Verify a code or answers/ });
        await operation.focus();
        expect(await operation.getAttribute('aria-expanded')).toBe('false');
        await page.keyboard.press('Enter');
        expect(await operation.getAttribute('aria-expanded')).toBe('true');
        await main.getByRole('heading', { name: reference.requestBody, level: 4 }).waitFor();
        await expect(main.getByText(reference.security.none).isVisible()).resolves.toBe(true);
        await expect(main.getByText('flowId', { exact: true }).isVisible()).resolves.toBe(true);
        await page.keyboard.press('Tab');
        const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
        expect(await focused()).toBe('VerifyChallengeRequest');
        await page.keyboard.press('Enter');
        await main.getByText('answers', { exact: true }).waitFor();

        expect(await axeViolations(page)).toEqual([]);
        expect(await hasHorizontalScroll(page)).toBe(false);
        expect(await overlappingControls(page)).toEqual([]);
        await screenshot(page, `api-reference-${language}-${viewport}`);

        // Enter again closes it, and focus stays on its header.
        await operation.focus();
        await page.keyboard.press('Enter');
        expect(await operation.getAttribute('aria-expanded')).toBe('false');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe(
          'false',
        );
        expect(pageErrors).toEqual([]);
      });
    }
  }

  it('passes axe in the dark scheme too, with an operation and a schema open', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport: 'narrow', colorScheme: 'dark' });
    const main = page.getByRole('main');
    await gotoPortal(page, '/docs/api');
    await main.getByRole('heading', { name: 'Dev', level: 2 }).waitFor();
    await main.getByRole('button', { name: /Verify a code or answers/ }).click();
    await main.getByText('VerifyChallengeRequest', { exact: true }).click();
    await main.getByText('answers', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'api-reference-dark-narrow');
    expect(pageErrors).toEqual([]);
  });
});
