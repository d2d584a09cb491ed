import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '@/i18n/locales/en';
import { nl } from '@/i18n/locales/nl';
import { axeViolations } from './support/axe';
import { launchBrowser, openPortal, screenshot } from './support/browser';
import { gotoPortal, startingLike, switchLanguage } from './support/portal';
import { serveBuild, type ServedBuild } from './support/serve';

/** An Entra organisation: every journey on Microsoft's hosted pages, reset with a domain hint, change on its own SSO page. */
const portalJson = {
  journeys: {
    reset: { mode: 'links', hint: { param: 'whr', value: 'contoso.com' } },
    register: 'links',
    change: { mode: 'links', url: 'https://sso.contoso.test/password/change' },
  },
};
const expected = {
  reset: 'https://passwordreset.microsoftonline.com/?whr=contoso.com',
  register: 'https://aka.ms/mysecurityinfo',
  change: 'https://sso.contoso.test/password/change',
};

let browser: Browser;
let served: ServedBuild;
let dir: string;
beforeAll(async () => {
  // The demo build with only portal.json changed, as an organisation deploys it.
  dir = mkdtempSync(join(tmpdir(), 'portal-links-'));
  cpSync(inject('distDir'), dir, { recursive: true });
  writeFileSync(join(dir, 'portal.json'), JSON.stringify(portalJson));
  served = await serveBuild(dir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await served.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open() {
  const portal = await openPortal(browser, { baseURL: served.url });
  // The hosted pages are not reachable from here: answer them with a stand-in page.
  await portal.context.route(
    /^https:\/\/(passwordreset\.microsoftonline\.com|aka\.ms|sso\.contoso\.test)\//,
    (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>Hosted page</title><h1>Hosted page</h1>',
      }),
  );
  return portal;
}

async function tileHrefs(page: Page): Promise<(string | null)[]> {
  const tiles = page.getByRole('main').getByRole('list').first().getByRole('link');
  return Promise.all((await tiles.all()).map((tile) => tile.getAttribute('href')));
}

describe('links mode (portal.json says so)', () => {
  it('the three tiles carry the configured URLs, branded and translated, with 0 axe violations', async () => {
    const { page, pageErrors } = await open();
    await gotoPortal(page, '/');
    await page.getByRole('link', { name: startingLike(en.home.reset) }).waitFor();
    expect(await tileHrefs(page)).toEqual([expected.reset, expected.register, expected.change]);
    await expect(
      page.getByRole('link', { name: startingLike(en.home.change) }).textContent(),
    ).resolves.toContain('On sso.contoso.test');
    // No back end here: no mock worker, no demo tools, and the contact line of the branding.
    expect(await page.getByRole('region', { name: 'Demo tools' }).count()).toBe(0);
    await page.getByText(en.home.needHelp).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'links-home');

    await switchLanguage(page, 'Nederlands');
    await page.getByRole('link', { name: startingLike(nl.home.reset) }).waitFor();
    await expect(
      page.getByRole('link', { name: startingLike(nl.home.change) }).textContent(),
    ).resolves.toContain('Op sso.contoso.test');
    expect(await tileHrefs(page)).toEqual([expected.reset, expected.register, expected.change]);
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it.each([
    ['/sign-in', en.portal.signInHeading],
    ['/registration-prompt', en.portal.signInHeading],
    ['/admin', en.portal.adminHeading],
  ])('%s explains the mode and where to go instead, with 0 axe violations', async (path, heading) => {
    const { page, pageErrors } = await open();
    await gotoPortal(page, path);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    const choices = page.getByRole('list', { name: en.portal.choices });
    expect(await choices.getByRole('link', { name: startingLike(en.home.reset) }).getAttribute('href')).toBe(
      expected.reset,
    );
    expect(await choices.getByRole('link', { name: startingLike(en.home.change) }).getAttribute('href')).toBe(
      expected.change,
    );
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `links${path.replaceAll('/', '-')}`);
    expect(pageErrors).toEqual([]);
  });

  it('a journey opened directly, and /.well-known/change-password, go on to the hosted page', async () => {
    const { page, pageErrors } = await open();
    await page.goto('/.well-known/change-password');
    await page.waitForURL(expected.change);
    await page.goto('/reset');
    await page.waitForURL(expected.reset);
    await page.goto('/security-info');
    await page.waitForURL(expected.register);
    expect(pageErrors).toEqual([]);
  });

  it('the tile leads to the hosted page', async () => {
    const { page } = await open();
    await gotoPortal(page, '/');
    await page.getByRole('link', { name: startingLike(en.home.change) }).click();
    await page.waitForURL(expected.change);
    await page.getByRole('heading', { name: 'Hosted page' }).waitFor();
  });
});
