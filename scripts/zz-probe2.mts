import { chromium } from 'playwright-core';
import { serveStatic } from './static-server';
const server = await serveStatic('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await context.newPage();
await page.addInitScript(() => {
  (window as any).shiftLog = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as any[]) {
      (window as any).shiftLog.push({ t: Math.round(entry.startTime), v: entry.value, sources: entry.sources.map((s: any) => `${s.node?.nodeName}.${s.node?.className ?? ''} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
});
await page.goto(server.origin + '/reset');
await page.waitForTimeout(4000);
console.log(JSON.stringify(await page.evaluate(() => (window as any).shiftLog), null, 1));
await page.screenshot({ path: '/tmp/prerender-shots/reset-after.png', fullPage: true });
await browser.close(); await server.close();
