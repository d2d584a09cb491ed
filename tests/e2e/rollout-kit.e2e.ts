import { readFile } from 'node:fs/promises';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcementTexts } from '@/admin/announcement-texts';
import { adminEn } from '@/admin/i18n/en';
import { openSection, signInToConsole } from './support/admin';
import { axeViolations } from './support/axe';
import { launchBrowser, openPortal, screenshot, viewports } from './support/browser';
import { fillIn } from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const a = adminEn;

async function openRolloutKit(page: Page): Promise<void> {
  await signInToConsole(page);
  await openSection(page, a.nav.label, a.nav.rolloutKit, a.rollout.heading);
  await page.getByRole('button', { name: a.rollout.print }).waitFor();
  // The logo is read into the e-mail after the page shows: wait for it in the preview.
  const preview = page.getByTitle(a.rollout.preview).contentFrame();
  await preview.getByRole('img', { name: fillIn(announcementTexts.en.email.logoAlt, { organization: 'Contoso' }) }).waitFor();
}

async function downloaded(page: Page, buttonName: string): Promise<{ name: string; text: string }> {
  const download: Promise<Download> = page.waitForEvent('download');
  await page.getByRole('button', { name: buttonName }).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree), which Chromium writes uncompressed. */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

describe('the rollout kit', () => {
  it('the announcement e-mail renders in Chromium with no external request and no axe-core violations', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport: 'desktop' });
    await openRolloutKit(page);
    const email = await downloaded(page, a.rollout.downloadHtml);
    expect(email.name).toMatch(/\.html$/);
    expect(email.text).toContain('https://passwords.contoso.com');
    // The organisation's logo travels inside the e-mail.
    expect(email.text).toMatch(/<img [^>]*src="data:image\//);

    // A mail client's view: a blank context where any request that leaves the machine fails and is noted.
    for (const viewport of ['phone', 'desktop'] as const) {
      const context = await browser.newContext({ viewport: viewports[viewport] });
      const external: string[] = [];
      await context.route(
        (url) => !['localhost', '127.0.0.1'].includes(url.hostname),
        async (route) => {
          external.push(route.request().url());
          await route.abort();
        },
      );
      const mail = await context.newPage();
      mail.on('request', (request) => {
        if (!/^(data|about|blob):/.test(request.url())) external.push(request.url());
      });
      await mail.setContent(email.text, { waitUntil: 'load' });
      await mail.getByRole('heading', { name: announcementTexts.en.email.heading }).waitFor();
      await mail.getByRole('link', { name: announcementTexts.en.email.button }).waitFor();
      await screenshot(mail, `announcement-email-${viewport}`);
      expect(await axeViolations(mail)).toEqual([]);
      expect([...new Set(external)]).toEqual([]);
      await context.close();
    }
    expect(pageErrors).toEqual([]);
  });

  it('the announcement downloads as an .eml with a subject, a plain-text part and an HTML part', async () => {
    const { page } = await openPortal(browser, { viewport: 'desktop' });
    await openRolloutKit(page);
    const eml = await downloaded(page, a.rollout.downloadEml);
    expect(eml.name).toMatch(/\.eml$/);
    expect(eml.text).toMatch(/^Subject: /m);
    expect(eml.text).toMatch(/Content-Type: multipart\/alternative/i);
    expect(eml.text).toMatch(/Content-Type: text\/plain/i);
    expect(eml.text).toMatch(/Content-Type: text\/html/i);
  });

  it('the poster prints on one A4 page with the QR code of the portal address', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport: 'desktop' });
    await openRolloutKit(page);
    await page.emulateMedia({ media: 'print' });
    const qrCode = page.getByRole('img', { name: `QR code of https://passwords.contoso.com` }).first();
    await qrCode.waitFor();
    await screenshot(page, 'poster-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPageCount(pdf)).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  for (const layout of ['sideBySide', 'stacked'] as const) {
    it(`a bilingual poster (German and Arabic, ${layout}) prints on one A4 page, the Arabic right to left; the e-mail is German`, async () => {
      const { page, pageErrors } = await openPortal(browser, { viewport: 'desktop' });
      await openRolloutKit(page);
      await page.getByRole('combobox', { name: a.rollout.language }).selectOption('de');
      await page.getByRole('combobox', { name: a.rollout.posterSecondLanguage }).selectOption('ar');
      await page.getByRole('radio', { name: a.rollout.posterLayouts[layout] }).check();
      const subject = page.getByRole('textbox', { name: a.rollout.subjectLabel });
      expect(await subject.inputValue()).toContain(announcementTexts.de.email.subject.split(' ')[0]);
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      const printed = page.locator(`[data-print-poster] [data-layout="${layout}"]`);
      await printed.getByRole('heading', { name: announcementTexts.de.poster.heading }).waitFor();
      const arabic = printed.getByRole('heading', { name: announcementTexts.ar.poster.heading });
      expect(await arabic.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
      await screenshot(page, `poster-bilingual-${layout}`);
      expect(pdfPageCount(await page.pdf({ format: 'A4', printBackground: true }))).toBe(1);
      expect(pageErrors).toEqual([]);
    });
  }

  it('the page counter counts the pages of a PDF Chromium prints', async () => {
    const { page } = await openPortal(browser, { viewport: 'desktop' });
    await page.setContent('<p>one</p><p style="break-before:page">two</p><p style="break-before:page">three</p>');
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(3);
  });
});
