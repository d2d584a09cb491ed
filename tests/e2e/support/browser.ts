import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { inject, onTestFinished } from 'vitest';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags this machine needs: no sandbox as root, and no background traffic to a closed network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1440, height: 900 },
  narrow: { width: 320, height: 720 },
  tablet: { width: 768, height: 1024 },
} as const;
export type ViewportName = keyof typeof viewports;

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

export interface PortalPage {
  context: BrowserContext;
  page: Page;
  /** Errors the page threw or logged: a test asserts there are none. */
  pageErrors: string[];
}

/** A fresh context (fresh storage, so fresh demo state) at a viewport and language. */
export async function openPortal(
  browser: Browser,
  options: { viewport?: ViewportName; locale?: string; colorScheme?: 'light' | 'dark'; baseURL?: string } = {},
): Promise<PortalPage> {
  const context = await browser.newContext({
    viewport: viewports[options.viewport ?? 'desktop'],
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    baseURL: options.baseURL ?? baseUrl(),
    serviceWorkers: 'allow',
  });
  // Every step takes a second or two: fail fast instead of waiting out the test timeout.
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // A 4xx is an answer the page handles (a wrong code, the favicon Chromium asks for before the
    // branding sets one); only 5xx answers and the page's own errors count.
    if (/^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) return;
    // "Failed to load resource" names no address in its text: the location does.
    const { url } = message.location();
    pageErrors.push(url ? `${message.text()} (${url})` : message.text());
  });
  // Called inside a test: a failure leaves a screenshot of where it stopped; the context always closes.
  onTestFinished(async ({ task }) => {
    if (task.result?.state === 'fail') {
      const name = `${task.suite?.name ?? ''} ${task.name}`.replace(/[^a-z0-9]+/gi, '-').toLowerCase().slice(0, 120);
      await screenshot(page, `failed-${name}`).catch(() => undefined);
    }
    await context.close();
  });
  return { context, page, pageErrors };
}

const screenshotDir = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));

/** Full-page screenshot into test-results/screenshots (git ignores it). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = `${screenshotDir}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** True when the page scrolls sideways (the 320 px rule). */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/**
 * Table cells and badges (Fluent's fixed-height pills) whose text spills out of them: text running
 * over the next column, or a word broken inside a pill. The first few.
 */
export async function overflowingCells(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main td, main th, main .fui-Badge')]
      .filter((element) => element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)
      .slice(0, 3)
      .map((element) => (element.textContent ?? '').trim().slice(0, 60)),
  );
}

/**
 * Text the reader can't see whole: a line cut off by a box that hides its overflow (an ellipsis, a
 * fixed-height pill), or running past the page's edge. Visually hidden text (1 px, clipped on
 * purpose) does not count. The first few, with the box that cuts them.
 */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node && found.length < 5; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('script, style, noscript, select, [aria-hidden="true"]')) continue;
      range.selectNodeContents(node);
      const line = range.getBoundingClientRect();
      if (line.width === 0 || line.height === 0 || getComputedStyle(parent).visibility === 'hidden') continue;
      const say = (why: string) => `“${text.slice(0, 50)}” ${why}`;
      const boxes: HTMLElement[] = [];
      for (let box: HTMLElement | null = parent; box && box !== document.body; box = box.parentElement) boxes.push(box);
      // Visually hidden on purpose (1 px, clipped): read by screen readers, shown to no one.
      if (boxes.some((box) => box.getBoundingClientRect().width <= 1 || box.getBoundingClientRect().height <= 1 || getComputedStyle(box).clipPath !== 'none')) continue;
      if (line.left < -1 || line.right > document.documentElement.clientWidth + 1) {
        found.push(say('runs past the edge of the page'));
        continue;
      }
      const cutter = boxes.find((box) => {
        const style = getComputedStyle(box);
        const rect = box.getBoundingClientRect();
        const cutX = style.overflowX !== 'visible' && (line.left < rect.left - 1 || line.right > rect.right + 1 || box.scrollWidth > box.clientWidth + 1);
        const cutY = style.overflowY !== 'visible' && (line.top < rect.top - 1 || line.bottom > rect.bottom + 1);
        return cutX || cutY;
      });
      if (cutter) found.push(say(`is cut off by <${cutter.tagName.toLowerCase()} class="${String(cutter.className).slice(0, 40)}">`));
    }
    return found;
  });
}

/** Pairs of form controls (fields, selects, buttons) in the page's main area that sit on top of each other. */
export async function overlappingControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>('main input:not([type="radio"]):not([type="checkbox"]):not([type="file"]), main select, main textarea, main button'),
      // Not shown: no box, hidden, or inside a closed <details> (Chromium keeps boxes there: its content is content-visibility: hidden).
    ].filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden' && element.checkVisibility());
    const labelOf = (element: HTMLElement) =>
      element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement
        ? element.labels?.[0]?.textContent
        : null;
    const describe = (element: HTMLElement) =>
      (element.getAttribute('aria-label') ?? labelOf(element) ?? element.textContent ?? element.tagName).trim().slice(0, 40);
    const overlaps: string[] = [];
    controls.forEach((first, index) => {
      const a = first.getBoundingClientRect();
      for (const second of controls.slice(index + 1)) {
        if (first.contains(second) || second.contains(first)) continue;
        const b = second.getBoundingClientRect();
        const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (width > 2 && height > 2) overlaps.push(`“${describe(first)}” and “${describe(second)}”`);
      }
    });
    return overlaps.slice(0, 5);
  });
}

/** Presses Tab until the target has the focus: how a keyboard user gets there. */
export async function tabTo(page: Page, target: Locator, most = 40): Promise<void> {
  for (let presses = 0; presses < most; presses += 1) {
    if (await hasFocus(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** Whether the element has the focus (not the page body, not something else). */
export async function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/** What has the focus, in words, for a failure message: its role, name and first text. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return '(nothing)';
    const name = element.getAttribute('aria-label') ?? element.getAttribute('name') ?? '';
    return `<${element.tagName.toLowerCase()} role=${element.getAttribute('role') ?? ''} ${name}> ${(element.textContent ?? '').trim().slice(0, 80)}`;
  });
}
