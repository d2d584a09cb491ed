import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { testedLanguages } from '@/features/accessibility/tested';
import { languageInfo, type LanguageTag } from '@/i18n/languages';
import { en, type Messages } from '@/i18n/locales/en';
import { axeViolations } from './support/axe';
import { clippedText, hasHorizontalScroll, launchBrowser, openPortal, overflowingCells, overlappingControls, screenshot, type ViewportName } from './support/browser';
import { callApi, captchaAnswer, gotoPortal, latestCode, startingLike, switchLanguage, textOutsidePseudoLocale, trackCaptcha } from './support/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

type Language = LanguageTag;
/** A language's strings, from the registry (the loader the app uses): testing another language is one word. */
const messagesOf = async (language: Language) => (await languageInfo(language).load()) as Messages;

/** What a screen must pass: axe with zero violations, no overlapping controls, and (at 320 px) no sideways scrolling. */
type Check = (screen: string) => Promise<void>;

/**
 * Every people's screen in the order a person meets them: home, not found, sign-in, each reset
 * step and its dead ends (locked account, expired, throttled), the registration prompt, security
 * info (with the app's QR code) and change password.
 */
async function tourPeopleScreens(page: Page, language: Language, check: Check): Promise<void> {
  const m = await messagesOf(language);
  const currentCaptcha = trackCaptcha(page);
  const main = page.getByRole('main');
  const heading = (name: string) => main.getByRole('heading', { name, level: 1 }).waitFor();
  // Each screen is checked once it is whole: the lazy demo banner is in, and so is its last control.
  const checkWhenShown = async (screen: string, lastControl: string) => {
    await page.getByRole('region', { name: m.demo.panel }).waitFor();
    await main.getByRole('button', { name: lastControl }).or(main.getByRole('link', { name: lastControl })).or(main.getByText(lastControl)).last().waitFor();
    await check(screen);
  };

  await gotoPortal(page, '/');
  if (language !== 'en') await switchLanguage(page, languageInfo(language).name);
  await heading(m.home.welcome);
  await checkWhenShown('home', m.home.change);

  await gotoPortal(page, '/no-such-page');
  await heading(m.notFound.heading);
  await checkWhenShown('not-found', m.common.home);

  // The accessibility statement, reached from the footer.
  await page.getByRole('contentinfo').getByRole('link', { name: m.titles.accessibility }).click();
  await heading(m.accessibility.heading);
  await checkWhenShown('accessibility', m.accessibility.report);

  await gotoPortal(page, '/sign-in');
  await heading(m.signIn.heading);
  await checkWhenShown('sign-in', m.signIn.forgot);

  const identify = async (userId: string) => {
    await main.getByRole('textbox', { name: m.reset.userId }).fill(userId);
    await main.getByRole('textbox', { name: m.reset.captchaLabel }).waitFor();
    await main.getByRole('textbox', { name: m.reset.captchaLabel }).fill(await captchaAnswer(page, await currentCaptcha()));
    await main.getByRole('button', { name: m.common.next }).click();
  };
  const codeByEmail = async (address: string) => {
    await main.getByRole('button', { name: m.reset.sendCode }).click();
    await main.getByRole('textbox', { name: m.reset.codeLabel }).fill(await latestCode(page, address));
    await main.getByRole('button', { name: m.reset.verify }).click();
  };

  await gotoPortal(page, '/reset');
  await heading(m.reset.identifyHeading);
  await main.getByRole('textbox', { name: m.reset.captchaLabel }).waitFor();
  await checkWhenShown('reset-identify', m.common.next);
  await identify('adele@contoso.com');

  await heading(m.reset.verifyHeadingOne);
  await checkWhenShown('reset-method', m.reset.cancelReset);
  await main.getByRole('button', { name: m.reset.sendCode }).click();
  await main.getByRole('textbox', { name: m.reset.codeLabel }).waitFor();
  await checkWhenShown('reset-code', m.reset.chooseOther);
  await main.getByRole('textbox', { name: m.reset.codeLabel }).fill(await latestCode(page, 'adele.vance@fabrikam.com'));
  await main.getByRole('button', { name: m.reset.verify }).click();

  await heading(m.reset.passwordHeading);
  // A weak start shows the checklist with rules met and not met, and the strength meter.
  await main.getByRole('textbox', { name: m.reset.newPassword, exact: true }).fill('tulip');
  await main.getByText(m.checklist.strengthLevels.weak, { exact: false }).first().waitFor();
  await checkWhenShown('reset-password', m.reset.setPassword);
  await main.getByRole('textbox', { name: m.reset.newPassword, exact: true }).fill('Quartz-Harbour-Tulip-93!');
  await main.getByRole('textbox', { name: m.reset.confirmPassword, exact: true }).fill('Quartz-Harbour-Tulip-93!');
  await main.getByRole('button', { name: m.reset.setPassword }).click();
  await heading(m.reset.doneHeading);
  await check('reset-done');

  // An on-premises account that is locked out: unlock only, or reset and unlock.
  await gotoPortal(page, '/reset');
  await identify('lynne@contoso.com');
  await heading(m.reset.verifyHeadingOne);
  await codeByEmail('lynne.robbins@fabrikam.com');
  await heading(m.reset.lockedHeading);
  await checkWhenShown('reset-locked', m.reset.resetAndUnlock);
  // A reset lives 15 minutes: move the demo's clock past that, and the next step ends it.
  await callApi(page, 'POST', '/dev/clock', { advanceSeconds: 16 * 60 });
  await main.getByRole('button', { name: m.reset.unlockOnly }).click();
  await heading(m.reset.expiredHeading);
  await checkWhenShown('reset-expired', m.reset.startOver);

  // Five wrong codes block resets for a while; the page says until when.
  await gotoPortal(page, '/reset');
  await identify('alex@contoso.com');
  await heading(m.reset.verifyHeadingOne);
  await main.getByRole('button', { name: m.reset.sendCode }).click();
  for (let attempt = 0; attempt < 6 && !(await main.getByRole('heading', { name: m.reset.throttledHeading }).isVisible()); attempt += 1) {
    await main.getByRole('textbox', { name: m.reset.codeLabel }).fill('00000000');
    await main.getByRole('button', { name: m.reset.verify }).click();
    await main.getByText(m.problems.invalid_code).or(main.getByRole('heading', { name: m.reset.throttledHeading })).first().waitFor();
  }
  await heading(m.reset.throttledHeading);
  await check('reset-throttled');

  await gotoPortal(page, '/sign-in');
  await main.getByRole('textbox', { name: m.signIn.userId }).fill('nestor@contoso.com');
  await main.getByRole('textbox', { name: m.signIn.password, exact: true }).fill('Nestor-Demo-2026!');
  await main.getByRole('button', { name: m.signIn.submit }).click();
  await heading(m.interstitial.heading);
  await checkWhenShown('interstitial', m.common.cancel);
  await main.getByRole('button', { name: m.common.cancel }).click();

  // In the app from here on: the demo saves a new session in batches, a reload could lose it.
  await main.getByRole('link', { name: startingLike(m.home.register) }).click();
  await heading(m.securityInfo.heading);
  await main.getByText(m.securityInfo.notRegistered).waitFor();
  await checkWhenShown('security-info', `${m.securityInfo.add}: ${m.securityInfo.kinds.questions}`);
  await main.getByRole('button', { name: `${m.securityInfo.add}: ${m.securityInfo.kinds.app}` }).click();
  await main.getByRole('img', { name: m.securityInfo.appQrAlt }).waitFor();
  await checkWhenShown('security-info-app', m.common.cancel);

  await page.getByRole('banner').getByRole('link').first().click();
  await main.getByRole('link', { name: startingLike(m.home.change) }).click();
  await heading(m.changePassword.heading);
  await checkWhenShown('change-password', m.changePassword.submit);
}

// The languages the accessibility statement names (src/features/accessibility/tested.ts).
describe.each<[ViewportName, Language]>([
  ...testedLanguages.axePhone.map((language): [ViewportName, Language] => ['phone', language]),
  ...testedLanguages.axeDesktop.map((language): [ViewportName, Language] => ['desktop', language]),
])("the people's screens on a %s in %s", (viewport, language) => {
  it('have no axe-core violations, no overlapping controls and no spilling text, and each is captured', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport });
    const violations: string[] = [];
    await tourPeopleScreens(page, language, async (screen) => {
      await screenshot(page, `${screen}-${viewport}-${language}`);
      for (const violation of await axeViolations(page)) {
        violations.push(`${screen}: ${violation.id} (${violation.impact ?? 'n/a'}) ${violation.help} — ${violation.targets.join(', ')}`);
      }
      for (const pair of await overlappingControls(page)) violations.push(`${screen}: controls overlap: ${pair}`);
      for (const text of await overflowingCells(page)) violations.push(`${screen}: text spills out of “${text}”`);
    });
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

// The organisation's name is its own (footer labels it wrote in other languages say so with lang).
const brandWords = [(JSON.parse(readFileSync(new URL('../../public/branding.json', import.meta.url), 'utf8')) as { organizationName: string }).organizationName];

// en-XA: every string about 35 % longer, accented and bracketed; plain English beside it is hard-coded.
describe.each<Language>(['en', 'nl', 'en-XA'])("the people's screens at 320 px in %s", (language) => {
  it('never scroll sideways; no controls overlap, no text spills or is cut off; in en-XA no text outside the pseudo-locale', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport: 'narrow' });
    const unusable: string[] = [];
    await tourPeopleScreens(page, language, async (screen) => {
      await screenshot(page, `${screen}-320-${language}`);
      if (await hasHorizontalScroll(page)) unusable.push(`${screen}: scrolls sideways`);
      for (const pair of await overlappingControls(page)) unusable.push(`${screen}: controls overlap: ${pair}`);
      for (const text of await overflowingCells(page)) unusable.push(`${screen}: text spills out of “${text}”`);
      for (const text of await clippedText(page)) unusable.push(`${screen}: ${text}`);
      if (language === 'en-XA') for (const text of await textOutsidePseudoLocale(page, brandWords)) unusable.push(`${screen}: not in the pseudo-locale: ${text}`);
    });
    expect(unusable).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('the dark colour scheme', () => {
  it('follows the system setting, and home, sign-in, reset and not-found have no axe-core violations', async () => {
    const { page, pageErrors } = await openPortal(browser, { viewport: 'desktop', colorScheme: 'dark' });
    const violations: string[] = [];
    for (const [screen, path] of [
      ['home', '/'],
      ['sign-in', '/sign-in'],
      ['reset-identify', '/reset'],
      ['not-found', '/no-such-page'],
    ] as const) {
      await gotoPortal(page, path);
      await page.getByRole('region', { name: en.demo.panel }).waitFor();
      await screenshot(page, `${screen}-desktop-dark`);
      for (const violation of await axeViolations(page)) violations.push(`${screen}: ${violation.id} — ${violation.targets.join(', ')}`);
    }
    // The page background is dark: the theme followed the system.
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [red = 255, green = 255, blue = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect(red + green + blue).toBeLessThan(3 * 96);
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('axe-core reports a missing alt text, the scroll check sees a too-wide page, the overlap check two buttons on top of each other', async () => {
    const { page } = await openPortal(browser, { viewport: 'narrow' });
    await page.setContent(
      '<!doctype html><html lang="en"><title>t</title><main><h1>t</h1><img src="data:,"><div style="width:600px">wide</div>' +
        '<button>One</button><button style="margin-left:-30px">Two</button><button>Three</button></main></html>',
    );
    expect((await axeViolations(page)).map((violation) => violation.id)).toContain('image-alt');
    expect(await hasHorizontalScroll(page)).toBe(true);
    expect(await overlappingControls(page)).toEqual(['“One” and “Two”']);
  });

  it('the clipping check sees a line cut off, the pseudo-locale check plain English beside bracketed text', async () => {
    const { page } = await openPortal(browser, { viewport: 'narrow' });
    await page.setContent(
      '<!doctype html><html lang="en-XA"><title>t</title><main><h1>[Ţéšţ · ·]</h1><p>[Šéñţ ţó <b>ada@contoso.com</b> · ·] Hard-coded</p>' +
        '<p lang="de">Deutsch</p><p>Contoso 12345678 +31 6 1234 5678</p><div style="width:80px;overflow:hidden;white-space:nowrap">[Á ļóñĝ ļíñé çúţ óƒƒ · · ·]</div></main></html>',
    );
    expect(await clippedText(page)).toEqual(['“[Á ļóñĝ ļíñé çúţ óƒƒ · · ·]” is cut off by <div class="">']);
    expect(await textOutsidePseudoLocale(page, ['Contoso'])).toEqual(['“Hard-coded”']);
  });
});
