import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDe } from '@/admin/i18n/de';
import { adminEn } from '@/admin/i18n/en';
import { adminFr } from '@/admin/i18n/fr';
import { adminNl } from '@/admin/i18n/nl';
import { languageInfo } from '@/i18n/languages';
import { ar } from '@/i18n/locales/ar';
import { de } from '@/i18n/locales/de';
import { en } from '@/i18n/locales/en';
import { fr } from '@/i18n/locales/fr';
import { nl } from '@/i18n/locales/nl';
import { openSection, signInToConsole } from './support/admin';
import { axeViolations } from './support/axe';
import { hasHorizontalScroll, launchBrowser, openPortal, overflowingCells, overlappingControls, screenshot, tabTo, type ViewportName } from './support/browser';
import { fillIn, signIn, switchLanguage } from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The console's languages, and Arabic, which it lacks: there it is English (lang="en") in a right-to-left page. */
const catalogues = {
  en: { admin: adminEn, portal: en },
  nl: { admin: adminNl, portal: nl },
  de: { admin: adminDe, portal: de },
  fr: { admin: adminFr, portal: fr },
  ar: { admin: adminEn, portal: ar },
} as const;
type Language = keyof typeof catalogues;
type Check = (screen: string) => Promise<void>;

/** Every screen of the console, each once its data is in, plus the user side panel. */
async function tourConsole(page: Page, language: Language, check: Check): Promise<void> {
  const { admin: a } = catalogues[language];
  const main = page.getByRole('main');
  await signInToConsole(page);
  if (language !== 'en') await switchLanguage(page, languageInfo(language).name);
  const nav = a.nav.label;
  const shown = async (screen: string, ready: Locator) => {
    await ready.first().waitFor();
    await check(screen);
  };

  await openSection(page, nav, a.nav.reports, a.reports.heading);
  await shown('admin-reports', main.getByRole('figure', { name: a.reports.resetsChart }));
  await openSection(page, nav, a.nav.policy, a.policy.heading);
  await shown('admin-policy', main.getByRole('button', { name: a.common.save, exact: true }));
  await openSection(page, nav, a.nav.users, a.users.heading);
  await shown('admin-users', main.getByRole('button', { name: fillIn(a.users.open, { name: 'Adele Vance' }) }));
  await main.getByRole('button', { name: fillIn(a.users.open, { name: 'Adele Vance' }) }).click();
  await shown('admin-user-panel', page.getByRole('dialog').getByRole('button', { name: a.users.resetPassword }));
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await openSection(page, nav, a.nav.import, a.import.heading);
  await shown('admin-import', main.getByRole('button', { name: a.import.validate, exact: true }));
  await openSection(page, nav, a.nav.groups, a.groups.heading);
  await shown('admin-groups', main.getByRole('table', { name: a.groups.heading }));
  await openSection(page, nav, a.nav.audit, a.audit.heading);
  await shown('admin-audit', main.getByRole('table'));
  await openSection(page, nav, a.nav.branding, a.branding.heading);
  await shown('admin-branding', main.getByRole('region', { name: a.branding.preview }));
  await openSection(page, nav, a.nav.rollout, a.assistant.heading);
  await shown('admin-rollout-assistant', main.getByRole('img', { name: /30/ }));
  await openSection(page, nav, a.nav.rolloutKit, a.rollout.heading);
  // The e-mail preview paints in its own frame: wait for it, or the capture may show it empty.
  await main.frameLocator(`iframe[title="${a.rollout.preview}"]`).getByRole('heading').first().waitFor();
  await shown('admin-rollout', main.getByRole('button', { name: a.rollout.print }));
}

describe.each<Language>(['en', 'nl', 'de', 'fr', 'ar'])('the admin console on a desktop in %s', (language) => {
  it('has no axe-core violations, no sideways scrolling, no text spilling out of table cells or badges and no overlapping controls on any screen; each is captured', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport: 'desktop' });
    const violations: string[] = [];
    await tourConsole(page, language, async (screen) => {
      await screenshot(page, `${screen}-desktop-${language}`);
      for (const violation of await axeViolations(page)) {
        violations.push(`${screen}: ${violation.id} (${violation.impact ?? 'n/a'}) ${violation.help} — ${violation.targets.join(', ')}`);
      }
      if (await hasHorizontalScroll(page)) violations.push(`${screen}: scrolls sideways at 1440 px`);
      for (const cell of await overflowingCells(page)) violations.push(`${screen}: text spills out of the cell “${cell}”`);
      for (const pair of await overlappingControls(page)) violations.push(`${screen}: controls overlap: ${pair}`);
    });
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

// Every size in English; 320 px again in German and French, the longest words.
describe.each<[ViewportName, Language]>([
  ['tablet', 'en'],
  ['phone', 'en'],
  ['narrow', 'en'],
  ['narrow', 'de'],
  ['narrow', 'fr'],
])('the admin console on a %s in %s', (viewport, language) => {
  it('is captured on every screen; no screen scrolls sideways, no table or badge text spills, no controls overlap and axe-core finds nothing', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport });
    const unusable: string[] = [];
    const { admin: a } = catalogues[language];
    await tourConsole(page, language, async (screen) => {
      await screenshot(page, `${screen}-${viewport}-${language}`);
      // The navigation stays in reach on every screen (under the modal user panel it is inert).
      if (screen !== 'admin-user-panel') {
        await page.getByRole('navigation', { name: a.nav.label }).getByRole('link', { name: a.nav.rollout, exact: true }).waitFor();
      }
      if (await hasHorizontalScroll(page)) unusable.push(`${screen}: scrolls sideways`);
      for (const cell of await overflowingCells(page)) unusable.push(`${screen}: text spills out of the cell “${cell}”`);
      for (const pair of await overlappingControls(page)) unusable.push(`${screen}: controls overlap: ${pair}`);
      for (const violation of await axeViolations(page)) unusable.push(`${screen}: ${violation.id} ${violation.help} — ${violation.targets.join(', ')}`);
    });
    expect(unusable).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

// The footer labels in other languages, behind a disclosure closed on the tour: opened by keyboard at 320 px.
describe.each<Language>(['en', 'ar'])('the branding form’s labels in other languages at 320 px in %s', (language) => {
  it('opens with Enter on its summary; nothing scrolls sideways or overlaps, axe-core finds nothing, and Tab reaches every field', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport: 'narrow' });
    const { admin: a } = catalogues[language];
    await signInToConsole(page);
    if (language !== 'en') await switchLanguage(page, languageInfo(language).name);
    await openSection(page, a.nav.label, a.nav.branding, a.branding.heading);
    const link = page.getByRole('main').getByRole('group', { name: fillIn(a.branding.footerLink, { index: '1' }) });
    const summary = link.getByText(fillIn(a.branding.otherLabelsFilled, { filled: '1' }));
    const german = link.getByRole('textbox', { name: fillIn(a.branding.footerLabelIn, { language: 'Deutsch' }) });
    expect(await german.isVisible()).toBe(false);
    await summary.focus();
    await page.keyboard.press('Enter');
    await german.waitFor();
    await screenshot(page, `admin-branding-other-labels-narrow-${language}`);
    const unusable: string[] = [];
    if (await hasHorizontalScroll(page)) unusable.push('scrolls sideways');
    for (const pair of await overlappingControls(page)) unusable.push(`controls overlap: ${pair}`);
    for (const violation of await axeViolations(page)) unusable.push(`${violation.id} ${violation.help} — ${violation.targets.join(', ')}`);
    expect(unusable).toEqual([]);
    await tabTo(page, german);
    expect(await german.getAttribute('lang')).toBe('de');
    expect(pageErrors).toEqual([]);
  });
});

describe('the admin gate', () => {
  it('tells a signed-in person without an admin role that one is needed, with no axe-core violations', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport: 'desktop' });
    await signIn(page, 'adele@contoso.com', 'Adele-Demo-2026!');
    await page.getByRole('banner').getByRole('link').first().click();
    await page.goto('/admin');
    await page.getByRole('heading', { name: adminEn.gate.roleHeading, level: 1 }).waitFor();
    await page.getByText(fillIn(adminEn.gate.roleBody, { name: 'Adele Vance' })).waitFor();
    await screenshot(page, 'admin-role-needed-desktop-en');
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
