import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/static-server';
import { launchBrowser, openPortal } from './support/browser';

// The real build (`npm run build`), deployed with a branding.json edited after the build: its
// colour and logo differ from the defaults inlined in index.html. (Text that differs, such as
// another organisation name, still reflows where it stands: only colours and the logo box are
// held in place.)
const realDist = resolve(process.env.E2E_REAL_DIST_DIR ?? 'dist');

let browser: Browser;
let server: StaticServer;
let copy: string;
beforeAll(async () => {
  if (!existsSync(resolve(realDist, 'index.html')))
    throw new Error(`No real build in ${realDist}: run "npm run build" first.`);
  copy = mkdtempSync(join(tmpdir(), 'portal-branding-'));
  cpSync(realDist, copy, { recursive: true });
  const built: unknown = JSON.parse(readFileSync(join(copy, 'branding.json'), 'utf8'));
  const edited = Object.assign({}, built, {
    logo: { light: '/brands/fabrikam/logo-light.svg', dark: '/brands/fabrikam/logo-dark.svg' },
    brandColor: '#038387',
  });
  writeFileSync(join(copy, 'branding.json'), JSON.stringify(edited));
  server = await serveStatic(copy);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
  rmSync(copy, { recursive: true, force: true });
});

describe('the real build with a branding.json edited after the build', () => {
  it('paints with the inlined defaults, then swaps the logo and colours without moving anything', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport: 'phone' });
    await page.addInitScript(() => {
      // The sum of layout shifts not caused by input (what CLS adds up), on <html data-shifts>.
      let total = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const input = 'hadRecentInput' in entry && entry.hadRecentInput === true;
          if (!input && 'value' in entry && typeof entry.value === 'number') total += entry.value;
        }
        document.documentElement.dataset.shifts = String(total);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${server.origin}/`);
    const logo = page.getByRole('banner').getByRole('img');
    await expect
      .poll(() => logo.getAttribute('src'), { timeout: 30_000 })
      .toBe('/brands/fabrikam/logo-light.svg');
    await expect
      .poll(() =>
        logo.evaluate(
          (image) => image instanceof HTMLImageElement && image.complete && image.naturalWidth > 0,
        ),
      )
      .toBe(true);
    const box = await logo.boundingBox();
    expect(box).toMatchObject({ width: 140, height: 32 });
    expect(await page.evaluate(() => Number(document.documentElement.dataset.shifts ?? '0'))).toBe(0);
    expect(pageErrors.filter((error) => !/\/api\//.test(error))).toEqual([]);
  });
});
