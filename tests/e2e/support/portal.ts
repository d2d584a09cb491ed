import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { languageList } from '@/i18n/languages';
import { en } from '@/i18n/locales/en';

/**
 * Waits until the shell and the first page rendered and the app runs the page: a prerendered page
 * shows its heading before that, and keeps the language switcher disabled until the app has taken
 * it over (`useHydrated`).
 */
export async function waitForPortal(page: Page): Promise<void> {
  await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
  await expect.poll(() => page.getByRole('banner').getByRole('combobox').isEnabled(), { timeout: 30_000 }).toBe(true);
}

export async function gotoPortal(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForPortal(page);
}

/** A call to the demo's mock backend, answered by the service worker of this page. */
export async function callApi(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ({ method: verb, path: url, body: payload }) => {
      const response = await fetch(`/api/v1${url}`, {
        method: verb,
        ...(payload === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) }),
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
    },
    { method, path, body },
  );
}

/** A dev API call that must succeed. */
export async function devApi(page: Page, path: string, method: 'GET' | 'POST' = 'GET'): Promise<unknown> {
  const answer = await callApi(page, method, path);
  if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status}`);
  return answer.body;
}

/** Whether the mock backend accepts this user ID and password (POST /session). */
export async function canSignIn(page: Page, userId: string, password: string): Promise<boolean> {
  const answer = await callApi(page, 'POST', '/session', { userId, password });
  return answer.status === 201;
}

interface OutboxItem {
  id: string;
  channel: string;
  to: string;
  code?: string | null;
}

function isOutboxItem(value: unknown): value is OutboxItem {
  return typeof value === 'object' && value !== null && 'id' in value && 'channel' in value && 'to' in value;
}

/** The newest message the mock backend "sent" to an address or number (E.164 without spaces); waits for one. */
export async function latestMessage(page: Page, to: string): Promise<OutboxItem> {
  let newest: unknown;
  await expect
    .poll(
      async () => {
        const answer = await devApi(page, `/dev/outbox?to=${encodeURIComponent(to)}`);
        const items = typeof answer === 'object' && answer !== null && 'items' in answer && Array.isArray(answer.items) ? answer.items : [];
        newest = items[0];
        return isOutboxItem(newest);
      },
      { timeout: 10_000, message: `a message to ${to}` },
    )
    .toBe(true);
  if (!isOutboxItem(newest)) throw new Error(`Nothing was sent to ${to}`);
  return newest;
}

export async function latestCode(page: Page, to: string): Promise<string> {
  const message = await latestMessage(page, to);
  if (!message.code) throw new Error(`The newest message to ${to} has no code`);
  return message.code;
}

/** Reads the newest code the way a person does in the demo: open Demo tools, read the Demo inbox, close. */
export async function codeFromDemoInbox(page: Page): Promise<string> {
  const toggle = page.getByRole('region', { name: 'Demo tools' }).getByRole('button', { name: 'Demo tools' });
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
  const newest = page.getByRole('list', { name: 'Demo inbox' }).getByRole('listitem').first();
  await newest.waitFor();
  const text = await newest.innerText();
  const code = /\b(\d{6,8})\b/.exec(text)?.[1];
  if (!code) throw new Error(`No code in the newest inbox message: ${text}`);
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
  return code;
}

/**
 * Keeps the id of the CAPTCHA the page shows now, so a test can ask the dev API for its answer.
 * Ask once the CAPTCHA is on screen: by then its response has been seen here.
 */
export function trackCaptcha(page: Page): () => Promise<string> {
  let latest: Promise<string> | null = null;
  page.on('response', (response) => {
    if (new URL(response.url()).pathname !== '/api/v1/captcha') return;
    latest = response.json().then((body: unknown) => {
      if (typeof body === 'object' && body !== null && 'challengeId' in body && typeof body.challengeId === 'string') return body.challengeId;
      throw new Error('The CAPTCHA answer has no challengeId');
    });
    latest.catch(() => undefined);
  });
  return () => latest ?? Promise.reject(new Error('The page has shown no CAPTCHA yet'));
}

export async function captchaAnswer(page: Page, challengeId: string): Promise<string> {
  const answer = await devApi(page, `/dev/captcha/${challengeId}`);
  if (typeof answer === 'object' && answer !== null && 'answer' in answer && typeof answer.answer === 'string') return answer.answer;
  throw new Error('The dev API gave no CAPTCHA answer');
}

/**
 * Reset step 0: the user ID and the CAPTCHA, then on to the verification step. `inApp` gets there
 * through the header and the home page instead of a reload (demo state is saved in batches).
 */
export async function startReset(page: Page, currentCaptcha: () => Promise<string>, userId: string, options: { inApp?: boolean } = {}): Promise<void> {
  if (options.inApp) {
    await page.getByRole('banner').getByRole('link').first().click();
    await page.getByRole('main').getByRole('link', { name: startingLike(en.home.reset) }).click();
  } else {
    await gotoPortal(page, '/reset');
  }
  await page.getByRole('textbox', { name: en.reset.userId }).fill(userId);
  const captchaField = page.getByRole('textbox', { name: en.reset.captchaLabel });
  await captchaField.waitFor();
  await captchaField.fill(await captchaAnswer(page, await currentCaptcha()));
  await page.getByRole('button', { name: en.common.next }).click();
}

/** The new-password step: both fields, the checklist all met, Finish, and the done page. */
export async function finishWithNewPassword(page: Page, password: string): Promise<void> {
  await page.getByRole('heading', { name: en.reset.passwordHeading }).waitFor();
  await page.getByRole('textbox', { name: en.reset.newPassword, exact: true }).fill(password);
  await page.getByRole('textbox', { name: en.reset.confirmPassword, exact: true }).fill(password);
  await page.getByRole('button', { name: en.reset.setPassword }).click();
  await page.getByRole('heading', { name: en.reset.doneHeading }).waitFor();
}

/** Signs in through the portal's sign-in page. */
export async function signIn(page: Page, userId: string, password: string): Promise<void> {
  await gotoPortal(page, '/sign-in');
  await page.getByRole('textbox', { name: en.signIn.userId }).fill(userId);
  await page.getByRole('textbox', { name: en.signIn.password, exact: true }).fill(password);
  await page.getByRole('button', { name: en.signIn.submit }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/** Picks a language by its own name in the banner's switcher ("Nederlands", "العربية"), and waits for it. */
export async function switchLanguage(page: Page, language: string): Promise<void> {
  const tag = languageList.find((entry) => entry.name === language)?.tag;
  if (!tag) throw new Error(`No language is named ${language}`);
  await page.getByRole('banner').getByRole('combobox').selectOption({ label: language });
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(tag);
}

/** A message of the portal's English catalogue with its `{{params}}` filled in. */
export function fillIn(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(params[name] ?? whole));
}

/** Matches text that starts like the template, up to its first parameter. */
export function startingLike(template: string): RegExp {
  const prefix = template.split('{{')[0] ?? template;
  return new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/** A password the rules accept: long, four classes, no banned term. */
export const strongPassword = 'Quartz-Harbour-Tulip-93!';

/**
 * Text shown in plain English next to the pseudo-locale (en-XA): hard-coded, or a key missing. Every
 * string of en-XA is bracketed, so what is left after taking out the bracketed text (and any part
 * marked as another language, `lang`) must be data: e-mail addresses and user IDs, codes, phone
 * numbers, and the names in `allowed` (the brand's own words). The first few, in context.
 */
export async function textOutsidePseudoLocale(page: Page, allowed: readonly string[]): Promise<string[]> {
  const shown = await page.evaluate(() => {
    const pageLanguage = document.documentElement.lang;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, select')) continue;
      // Screen-reader-only text counts too (it is a string of the app); what is not rendered does not.
      const rendered = parent.getClientRects().length > 0 && getComputedStyle(parent).visibility !== 'hidden' && !parent.closest('[aria-hidden="true"]');
      const marked = parent.closest('[lang]')?.getAttribute('lang') ?? pageLanguage;
      parts.push(rendered && marked === pageLanguage ? (node.textContent ?? '') : ' ');
    }
    return parts.join(' ');
  });
  let text = shown;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\[[^[\]]*\]/g, ' ');
  }
  for (const name of allowed) text = text.split(name).join(' ');
  // E-mail addresses and user IDs; codes and keys (capitals and digits); phone numbers, times and dates.
  text = text.replace(/[^\s@]+@[^\s@]+/g, ' ').replace(/\b[A-Z0-9]*\d[A-Z0-9]*\b/g, ' ').replace(/\+?[\d\s()./:-]{2,}/g, ' ');
  const found = [...text.matchAll(/[A-Za-z]{2,}/g)].map((match) => `“${text.slice(Math.max(0, match.index - 20), match.index + 30).replace(/\s+/g, ' ').trim()}”`);
  return [...new Set(found)].slice(0, 8);
}
