import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '@/i18n/locales/en';
import { nl } from '@/i18n/locales/nl';
import { appScriptsOf } from '@/prerender/after-first-paint';
import { serveStatic, type StaticServer } from '../../scripts/static-server';
import { launchBrowser, openPortal, screenshot } from './support/browser';
import { switchLanguage } from './support/portal';

// The real build (`npm run build`), served like a deployment whose API is missing or down.
const realDist = resolve(process.env.E2E_REAL_DIST_DIR ?? 'dist');

let browser: Browser;
beforeAll(async () => {
  if (!existsSync(resolve(realDist, 'index.html')))
    throw new Error(`No real build in ${realDist}: run "npm run build" first.`);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Only the failed API calls themselves may show in the console; nothing the page threw. */
const notAboutTheApi = (errors: string[]) =>
  errors.filter((error) => !/Failed to load resource|\/api\//.test(error));

describe.each(['not-found', 'refused'] as const)('the real build when /api answers %s', (api) => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(realDist, { api });
  });
  afterAll(async () => {
    await server.close();
  });

  it('reset says the service can’t be reached, with Try again, in English and Dutch (not a form without its picture)', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport: 'phone' });
    await page.goto(`${server.origin}/reset`);
    const main = page.getByRole('main');
    await main.getByText(en.errors.unreachableHeading).waitFor({ timeout: 30_000 });
    await main.getByText(en.errors.offline).waitFor();
    expect(await main.getByRole('textbox').count()).toBe(0);
    expect(await main.getByText(en.reset.captchaLabel).count()).toBe(0);
    // Trying again asks again, and says so again while the API is still not there.
    await main.getByRole('button', { name: en.common.retry }).click();
    await main.getByText(en.errors.unreachableHeading).waitFor();
    await screenshot(page, `api-${api}-reset-en`);

    await switchLanguage(page, 'Nederlands');
    await main.getByText(nl.errors.unreachableHeading).waitFor();
    await main.getByText(nl.errors.offline).waitFor();
    await main.getByRole('button', { name: nl.common.retry }).waitFor();
    expect(notAboutTheApi(pageErrors)).toEqual([]);
  });

  it('sign-in says the service can’t be reached when someone signs in', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport: 'phone' });
    await page.goto(`${server.origin}/sign-in`);
    const main = page.getByRole('main');
    await main.getByRole('textbox', { name: en.signIn.userId }).fill('adele@contoso.com');
    await main.getByRole('textbox', { name: en.signIn.password, exact: true }).fill('Not-the-point-1!');
    await main.getByRole('button', { name: en.signIn.submit }).click();
    await main.getByText(en.errors.offline).waitFor();
    expect(notAboutTheApi(pageErrors)).toEqual([]);
  });

  it('keeps a sign-in typed on the prerendered page before its scripts have come, and sends it once the button is there', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport: 'phone' });
    // The scripts take 2 s to come, as on a slow connection: the person types meanwhile.
    await page.route(/\/assets\/.+\.js$/, async (route) => {
      await new Promise((done) => setTimeout(done, 2_000));
      await route.fallback();
    });
    await page.goto(`${server.origin}/sign-in`, { waitUntil: 'commit' });
    const main = page.getByRole('main');
    await main.getByRole('textbox', { name: en.signIn.userId }).fill('adele@contoso.com');
    await main.getByRole('textbox', { name: en.signIn.password, exact: true }).fill('Not-the-point-1!');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-app-running'))).toBe(false);
    // The prerendered button waits for the app: Enter sends nothing meanwhile (no password in the address).
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).search).toBe('');
    await main.getByRole('button', { name: en.signIn.submit }).click({ timeout: 30_000 });
    await main.getByText(en.errors.offline).waitFor({ timeout: 30_000 });
    await expect.poll(() => main.getByRole('textbox', { name: en.signIn.userId }).inputValue()).toBe('adele@contoso.com');
    expect(await main.getByText(en.violations.required).count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    expect(notAboutTheApi(pageErrors)).toEqual([]);
  });
});

// An API that answers 404 is asked once per call (no retries), so each request is counted exactly.
describe('the real build’s first requests, when /api answers not-found', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(realDist, { api: 'not-found' });
  });
  afterAll(async () => {
    await server.close();
  });

  it('reset asks for its CAPTCHA, the branding and portal.json before its app has come, once each: the app takes those answers', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport: 'phone' });
    // The app's entry comes 2 s late: what the page asks meanwhile, its own script asked.
    const entry = appScriptsOf(readFileSync(resolve(realDist, 'reset.html'), 'utf8')).entry;
    let entryCame = false;
    await page.route((url) => url.pathname === entry, async (route) => {
      await new Promise((done) => setTimeout(done, 2_000));
      entryCame = true;
      await route.fallback();
    });
    const asked: { path: string; beforeTheApp: boolean }[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname === '/portal.json' || pathname.startsWith('/api/')) asked.push({ path: pathname, beforeTheApp: !entryCame });
    });
    await page.goto(`${server.origin}/reset`);
    await page.getByRole('main').getByText(en.errors.unreachableHeading).waitFor({ timeout: 30_000 });
    expect(asked).toEqual([
      { path: '/portal.json', beforeTheApp: true },
      { path: '/api/v1/branding', beforeTheApp: true },
      { path: '/api/v1/captcha', beforeTheApp: true },
    ]);
    expect(notAboutTheApi(pageErrors)).toEqual([]);
  });
});
