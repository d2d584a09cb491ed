import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcementTexts } from '@/admin/announcement-texts';
import { adminEn } from '@/admin/i18n/en';
import { adminNl } from '@/admin/i18n/nl';
import { openSection, signInToConsole } from './support/admin';
import { axeViolations } from './support/axe';
import { hasHorizontalScroll, launchBrowser, openPortal, screenshot, type ViewportName } from './support/browser';
import { callApi, devApi, fillIn, switchLanguage } from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const a = adminEn;
const catalogues = { en: adminEn, nl: adminNl };
const nav = a.nav.label;
/** The start of the kit's subject, whatever the deadline. */
const subjectStart = fillIn(announcementTexts.en.email.subject, { organization: 'Contoso', deadline: '' }).replace(/\s+$/, '');

const step = (page: Page, name: string) => page.locator(`li[data-step="${name}"]`);
const stateOf = (page: Page, name: string) => step(page, name).getAttribute('data-state');

async function rolloutMail(page: Page): Promise<{ to: string; sentAt: string }[]> {
  const outbox = (await devApi(page, '/dev/outbox')) as { items: { to: string; subject: string; sentAt: string }[] };
  return outbox.items.filter((item) => item.subject.startsWith(subjectStart));
}

async function openAssistant(page: Page): Promise<void> {
  await openSection(page, nav, a.nav.rollout, a.assistant.heading);
  await step(page, 'registration').getByRole('img').waitFor();
}

async function setEnforcedRegistration(page: Page, on: boolean): Promise<void> {
  await openSection(page, nav, a.nav.policy, a.policy.heading);
  const toggle = page.getByRole('switch', { name: a.policy.requireRegistration });
  if ((await toggle.isChecked()) !== on) await toggle.click();
  await page.getByRole('button', { name: a.common.save, exact: true }).click();
  await page.getByText(a.policy.saved).waitFor();
  await openAssistant(page);
}

describe('the rollout assistant', () => {
  it('a fresh demo shows step 5 in progress; the announcement reaches each person not registered once; enforced registration and an import move the steps; the clock sends the reminder', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport: 'desktop' });
    await signInToConsole(page);
    await openAssistant(page);
    expect(await stateOf(page, 'registration')).toBe('inProgress');
    expect(await stateOf(page, 'announce')).toBe('inProgress');
    const intro = await step(page, 'announce').getByText(/people in scope who are not registered/).textContent();
    const pending = Number(/the (\d+) people/.exec(intro ?? '')?.[1]);
    expect(pending).toBeGreaterThan(50);
    await screenshot(page, 'admin-rollout-assistant-fresh-desktop');

    // A little latency so the batches take long enough to watch the progress bar move.
    await callApi(page, 'PUT', '/dev/settings', { latencyMs: 150, failureRate: 0 });
    await step(page, 'announce').getByRole('button', { name: a.assistant.send.button }).click();
    await page.getByRole('progressbar').waitFor();
    await screenshot(page, 'admin-rollout-assistant-sending-desktop');
    const result = page.getByText(fillIn(a.assistant.send.sent_other, { count: pending }));
    await result.waitFor({ timeout: 60_000 });
    await callApi(page, 'PUT', '/dev/settings', { latencyMs: 0, failureRate: 0 });
    const sent = await rolloutMail(page);
    expect(sent).toHaveLength(pending);
    expect(new Set(sent.map((item) => item.to)).size).toBe(pending);
    await expect.poll(() => stateOf(page, 'announce')).toBe('done');

    // Again within 24 hours: nobody gets it twice.
    await step(page, 'announce').getByRole('button', { name: a.assistant.send.button }).click();
    await page.getByText(fillIn(a.assistant.send.skipped_other, { count: pending })).waitFor();
    expect(await rolloutMail(page)).toHaveLength(pending);

    // Enforced registration off and on again moves step 4.
    await setEnforcedRegistration(page, false);
    await expect.poll(() => stateOf(page, 'announce')).toBe('inProgress');
    await step(page, 'announce').getByText(a.assistant.announce.next.enforce).waitFor();
    await setEnforcedRegistration(page, true);
    await expect.poll(() => stateOf(page, 'announce')).toBe('done');

    // A reminder in a day, then contact data for half of them: step 5 reaches 80 %.
    await step(page, 'announce').getByRole('combobox', { name: a.assistant.reminder.afterDays }).selectOption('1');
    await step(page, 'announce').getByRole('button', { name: a.assistant.reminder.schedule }).click();
    await step(page, 'announce').getByText(/A reminder goes out on/).waitFor();
    const imported = sent.slice(0, Math.ceil(pending / 2)).map((item) => item.to);
    await openSection(page, nav, a.nav.import, a.import.heading);
    const header = 'userPrincipalName,authenticationEmail,alternateEmail,authenticationPhone,mobilePhone,officePhone';
    // An e-mail and a phone each: people with an admin role need two methods to count as registered.
    const rows = imported.map((upn, index) => `${upn},,${upn.replace('@contoso.com', '@fabrikam.com')},,+1 206 555 ${String(1000 + index)},`);
    await page.getByRole('textbox', { name: a.import.paste }).fill([header, ...rows].join('\n'));
    await page.getByRole('button', { name: a.import.validate, exact: true }).click();
    await page.getByText(fillIn(a.import.validated, { count: imported.length })).waitFor();
    await page.getByRole('button', { name: a.import.apply, exact: true }).click();
    await page.getByText(fillIn(a.import.applied, { applied: imported.length })).waitFor();
    await openAssistant(page);
    await expect.poll(() => stateOf(page, 'registration')).toBe('done');
    await screenshot(page, 'admin-rollout-assistant-after-import-desktop');

    // The clock passes the reminder: those still not registered get it, nobody else.
    await callApi(page, 'POST', '/dev/clock', { advanceSeconds: 24 * 60 * 60 + 60 });
    const lastAnnounced = sent.map((item) => item.sentAt).sort().at(-1) ?? '';
    const reminded = (await rolloutMail(page)).filter((item) => item.sentAt > lastAnnounced);
    // Everyone announced and still not registered is reminded once; nobody whose data was imported is.
    const stillPending = sent.map((item) => item.to).filter((to) => !imported.includes(to));
    const remindedTo = reminded.map((item) => item.to);
    expect(new Set(remindedTo).size).toBe(remindedTo.length);
    expect(stillPending.every((to) => remindedTo.includes(to))).toBe(true);
    expect(remindedTo.some((to) => imported.includes(to))).toBe(false);
    expect(pageErrors).toEqual([]);
  });
});

describe.each<[ViewportName, 'en' | 'nl']>([
  ['phone', 'en'],
  ['narrow', 'en'],
  ['desktop', 'nl'],
])('the rollout screen on a %s in %s', (viewport, language) => {
  it('fits, passes axe-core, and sends with the keyboard alone', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport });
    await signInToConsole(page);
    if (language === 'nl') await switchLanguage(page, 'Nederlands');
    await openSection(page, catalogues[language].nav.label, catalogues[language].nav.rollout, catalogues[language].assistant.heading);
    await step(page, 'registration').getByRole('img').waitFor({ timeout: 30_000 });
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `admin-rollout-assistant-${viewport}-${language}`);
    const send = step(page, 'announce').getByRole('button').first();
    await send.focus();
    await page.keyboard.press('Enter');
    // Focus lands on the result (a focusable status holding the count), not on the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('tabindex')), { timeout: 30_000 }).toBe('-1');
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/\d+/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `admin-rollout-assistant-sent-${viewport}-${language}`);
    expect(pageErrors).toEqual([]);
  });
});

/** Pages of a Chromium PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

describe.each<[ViewportName, 'en' | 'nl']>([
  ['desktop', 'en'],
  ['phone', 'nl'],
])('the training guides on a %s, written in %s', (viewport, language) => {
  it('open as print-ready pages within their A4 page limits (user 2, help desk 3), with axe-core 0', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport });
    await signInToConsole(page);
    await openAssistant(page);
    const limits = { user: 2, helpdesk: 3 } as const;
    for (const kind of ['user', 'helpdesk'] as const) {
      const title = a.assistant.guides[kind].pageTitle;
      await page.getByRole('link', { name: title, exact: true }).click();
      await page.getByRole('main').getByRole('heading', { name: title, level: 1 }).waitFor();
      await page.getByRole('combobox', { name: a.assistant.guides.language }).selectOption(language);
      const frame = page.getByTitle(fillIn(a.assistant.guides.preview, { title }));
      await frame.contentFrame().getByRole('heading', { level: 1, name: catalogues[language].assistant.guides[kind].title.replace('{{organization}}', 'Contoso') }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `admin-guide-${kind}-${viewport}-${language}`);

      const html = (await frame.getAttribute('srcdoc')) ?? '';
      const printed = await page.context().newPage();
      await printed.setContent(html, { waitUntil: 'load' });
      expect(await axeViolations(printed)).toEqual([]);
      const pdf = await printed.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      const pages = pdfPages(pdf);
      console.log(`${kind} guide (${language}): ${pages} A4 page(s)`);
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThanOrEqual(limits[kind]);
      await printed.setViewportSize({ width: 794, height: 1123 });
      await screenshot(printed, `guide-${kind}-document-${language}`);
      await printed.close();
      await page.getByRole('link', { name: a.assistant.guides.back }).click();
      await step(page, 'registration').getByRole('img').waitFor();
    }
    expect(pageErrors).toEqual([]);
  });
});
