import type { TFunction } from 'i18next';
import type { Language } from '@/api/schemas/common';
import type { Policy, PolicyMethod } from '@/api/schemas/policy';
import type { AdminMessages } from '@/admin/i18n/en';

/** What a guide is made of: this organisation's policy and branding, in one language. */
export interface GuideInput {
  t: TFunction<'admin'>;
  language: Language;
  organization: string;
  url: string;
  /** The brand's button colour (white text on it reaches 4.5:1). */
  brandColor: string;
  /** An SVG data URL of the portal address. */
  qrCode: string;
  policy: Policy;
}

/** A guide's own strings by their plain names (plural forms `_one`/`_other` by their base, as `t` takes them). */
type Plain<K> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;
type GuideKey<G extends 'user' | 'helpdesk'> = Plain<{ [K in keyof AdminMessages['assistant']['guides'][G]]: AdminMessages['assistant']['guides'][G][K] extends string ? K : never }[keyof AdminMessages['assistant']['guides'][G]]>;

const h = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A4 pages: what Chromium's print (and its PDF) lays out; the page counts are checked in the browser tests. */
const css = (brand: string) => `
@page { size: A4; margin: 14mm 16mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Segoe UI", system-ui, -apple-system, Roboto, Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #242424; background: #ffffff; }
main { max-width: 178mm; margin: 0 auto; padding: 12px; }
h1 { font-size: 19pt; line-height: 1.2; margin: 0 0 6pt; }
h2 { font-size: 13pt; margin: 12pt 0 4pt; break-after: avoid; }
p, ul, ol, table { margin: 0 0 6pt; }
ul, ol { padding-left: 18pt; }
.lead { font-size: 11.5pt; }
.address { display: flex; gap: 14pt; align-items: center; border: 1pt solid #d1d1d1; border-radius: 6pt; padding: 8pt; break-inside: avoid; }
.address img { width: 30mm; height: 30mm; flex: none; }
.url { font-size: 14pt; font-weight: 600; overflow-wrap: anywhere; }
.screens { display: flex; flex-wrap: wrap; gap: 10pt; margin: 6pt 0; break-inside: avoid; }
.screen { flex: 1 1 60mm; border: 1pt solid #8a8a8a; border-radius: 6pt; overflow: hidden; font-size: 8.5pt; }
.bar { background: #f5f5f5; border-bottom: 1pt solid #d1d1d1; padding: 4pt 6pt; font-weight: 600; }
.body { padding: 6pt; display: flex; flex-direction: column; gap: 4pt; }
.tile { border: 1pt solid #d1d1d1; border-left: 4pt solid ${brand}; border-radius: 4pt; padding: 4pt 6pt; font-weight: 600; }
.button { display: inline-block; background: ${brand}; color: #ffffff; border-radius: 4pt; padding: 3pt 8pt; font-weight: 600; }
.plain { display: inline-block; border: 1pt solid #8a8a8a; border-radius: 4pt; padding: 3pt 8pt; }
.caption { font-size: 8.5pt; color: #424242; margin: 2pt 0 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { text-align: left; vertical-align: top; border: 1pt solid #d1d1d1; padding: 4pt 6pt; overflow-wrap: anywhere; hyphens: auto; }
th { background: #f5f5f5; }
code { font-family: Consolas, "Courier New", monospace; font-size: 9.5pt; }
section { break-inside: avoid; }
@media print { main { padding: 0; } }
`;

function page(input: GuideInput, title: string, body: string): string {
  return `<!doctype html>
<html lang="${input.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<style>${css(input.brandColor)}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** The policy's methods as people know them (appCode and appNotification are one: the app). */
function methodNames(input: GuideInput): string[] {
  const { t, policy } = input;
  const keys = new Set(policy.methodsAllowed.map(appOrSelf));
  return Array.from(keys, (key) => t(`assistant.guides.methods.${key}`, { count: policy.questions.registerCount }));
}

const appOrSelf = (method: PolicyMethod) => (method === 'appCode' || method === 'appNotification' ? ('app' as const) : method);

const list = (items: string[], ordered = false) => `<${ordered ? 'ol' : 'ul'}>${items.map((item) => `<li>${h(item)}</li>`).join('')}</${ordered ? 'ol' : 'ul'}>`;

function helpdeskLine(input: GuideInput): string {
  const { t, policy } = input;
  return policy.helpdesk.mode === 'custom' && policy.helpdesk.contact
    ? t('assistant.guides.user.helpCustom', { contact: policy.helpdesk.contact })
    : t('assistant.guides.user.helpDefault');
}

/** The people's guide: at most two A4 pages. */
export function buildUserGuide(input: GuideInput): string {
  const { t, organization, url, policy } = input;
  const g = (key: GuideKey<'user'>) => h(t(`assistant.guides.user.${key}`, { organization, url }));
  const home = `<div class="screen" role="img" aria-label="${g('homePicture')}">
<div class="bar">${h(organization)}</div>
<div class="body"><div class="tile">${g('tileReset')}</div><div class="tile">${g('tileRegister')}</div><div class="tile">${g('tileChange')}</div></div>
</div>`;
  const prompt = `<div class="screen" role="img" aria-label="${g('promptPicture')}">
<div class="bar">${h(organization)}</div>
<div class="body"><strong>${g('promptHeading')}</strong><span>${g('promptText')}</span><span><span class="button">${g('verifyNow')}</span> <span class="plain">${g('cancel')}</span></span></div>
</div>`;
  const body = `<h1>${g('title')}</h1>
<p class="lead">${g('intro')}</p>
<div class="address"><img src="${h(input.qrCode)}" alt="${g('qrAlt')}"><div><p>${g('addressLabel')}</p><p class="url">${h(url)}</p></div></div>
<div class="screens">${home}${policy.requireRegistrationOnSignIn ? prompt : ''}</div>
<p class="caption">${g('picturesCaption')}</p>
<section><h2>${g('registerHeading')}</h2>
${list([t('assistant.guides.user.register1', { url }), t('assistant.guides.user.register2'), t('assistant.guides.user.register3', { count: policy.methodsRequired })], true)}
${list(methodNames(input))}</section>
<section><h2>${g('resetHeading')}</h2>
${list([t('assistant.guides.user.reset1', { url }), t(policy.captcha ? 'assistant.guides.user.reset2' : 'assistant.guides.user.reset2NoCaptcha'), t('assistant.guides.user.reset3', { count: policy.methodsRequired }), t('assistant.guides.user.reset4')], true)}</section>
<section><h2>${g('changeHeading')}</h2>
${list([t('assistant.guides.user.change1', { url }), t('assistant.guides.user.change2')], true)}</section>
<section><h2>${g('promptSectionHeading')}</h2>
<p>${policy.requireRegistrationOnSignIn ? g('promptOn') : g('promptOff')}</p></section>
<section><h2>${g('helpHeading')}</h2>
<p>${h(helpdeskLine(input))} ${g('neverAsk')}</p></section>`;
  return page(input, t('assistant.guides.user.title', { organization }), body);
}

const reasons = ['sspr_disabled', 'not_in_group', 'not_licensed', 'not_registered', 'writeback_disabled'] as const;

/** The help desk's guide: at most three A4 pages. */
export function buildHelpdeskGuide(input: GuideInput): string {
  const { t, organization, url } = input;
  const g = (key: GuideKey<'helpdesk'>) => h(t(`assistant.guides.helpdesk.${key}`, { organization, url }));
  const cell = (reason: (typeof reasons)[number], part: 'means' | 'fix') => h(t(`assistant.guides.helpdesk.reasons.${reason}.${part}`, { organization, url }));
  const rows = reasons.map((reason) => `<tr><td><code>${reason}</code></td><td>${cell(reason, 'means')}</td><td>${cell(reason, 'fix')}</td></tr>`).join('');
  const items = (keys: readonly GuideKey<'helpdesk'>[]) => keys.map((key) => t(`assistant.guides.helpdesk.${key}`, { organization, url }));
  const body = `<h1>${g('title')}</h1>
<p class="lead">${g('intro')}</p>
<section><h2>${g('reasonsHeading')}</h2>
<p>${g('reasonsIntro')}</p>
<table><thead><tr><th scope="col">${g('reasonColumn')}</th><th scope="col">${g('meansColumn')}</th><th scope="col">${g('fixColumn')}</th></tr></thead><tbody>${rows}</tbody></table></section>
<section><h2>${g('adminResetHeading')}</h2>${list(items(['adminReset1', 'adminReset2', 'adminReset3', 'adminReset4']), true)}</section>
<section><h2>${g('unlockHeading')}</h2>${list(items(['unlock1', 'unlock2', 'unlock3']), true)}</section>
<section><h2>${g('blockedHeading')}</h2><p>${g('blocked')}</p></section>
<section><h2>${g('socialHeading')}</h2><p>${g('socialIntro')}</p>${list(items(['social1', 'social2', 'social3', 'social4', 'social5', 'social6']))}</section>`;
  return page(input, t('assistant.guides.helpdesk.title', { organization }), body);
}
