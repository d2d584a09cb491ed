import type { MessageLanguage } from '@/api/schemas/common';
import { announcementDir, announcementTexts, fillIn } from '@/admin/announcement-texts';

export interface AnnouncementInput {
  /** The e-mail's language, whatever the console's. */
  language: MessageLanguage;
  organizationName: string;
  portalUrl: string;
  /** White text on it reaches 4.5:1 (the themes' button colour, darker for a pale brand). */
  buttonColor: string;
  /** Already a data URL (so the e-mail makes no request), or null for a text header. */
  logoDataUrl: string | null;
  /** Formatted in the e-mail's language. */
  deadline: string;
}

export interface Announcement {
  subject: string;
  html: string;
  text: string;
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The address people type, shown without the scheme. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

// E-mail clients ignore stylesheets and CSS variables: every style is inline, every colour literal.
const text = '#242424';
const muted = '#616161';
const page = '#F5F5F5';
const card = '#FFFFFF';
const font = "'Segoe UI', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', Arial, sans-serif";

/** The announcement e-mail: HTML (inline styles, no external requests) and plain text. */
export function buildAnnouncement(input: AnnouncementInput): Announcement {
  const { organizationName: organization, portalUrl: url, deadline } = input;
  const dir = announcementDir(input.language);
  const email = announcementTexts[input.language].email;
  const say = (template: string, params: Record<string, string> = {}) => fillIn(template, params, dir);
  const shown = displayUrl(url);
  const subject = say(email.subject, { organization, deadline });
  const steps = [say(email.step1, { url: shown }), email.step2, email.step3];
  const h = escapeHtml;

  const logo = input.logoDataUrl
    ? `<img src="${h(input.logoDataUrl)}" alt="${h(say(email.logoAlt, { organization }))}" height="40" style="display:block;height:40px;max-width:200px;border:0;">`
    : `<p style="margin:0;font-size:20px;font-weight:600;color:${text};">${h(organization)}</p>`;

  const html = `<!DOCTYPE html>
<html lang="${h(input.language)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${h(subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:${page};">
<div style="display:none;max-height:0;overflow:hidden;">${h(email.preheader)}</div>
<main style="padding:24px 12px;background-color:${page};font-family:${font};color:${text};">
<div style="max-width:600px;margin:0 auto;background-color:${card};border-radius:8px;padding:32px 28px;">
<header style="margin:0 0 24px 0;">${logo}</header>
<h1 style="margin:0 0 16px 0;font-size:24px;line-height:32px;font-weight:600;color:${text};">${h(email.heading)}</h1>
<p style="margin:0 0 16px 0;font-size:16px;line-height:24px;color:${text};">${h(say(email.intro, { organization }))}</p>
<h2 style="margin:24px 0 8px 0;font-size:18px;line-height:24px;font-weight:600;color:${text};">${h(say(email.stepsHeading, { deadline }))}</h2>
<ol style="margin:0 0 24px 0;padding-inline-start:24px;font-size:16px;line-height:24px;color:${text};">
${steps.map((step) => `<li style="margin:0 0 8px 0;">${h(step)}</li>`).join('\n')}
</ol>
<p style="margin:0 0 24px 0;"><a href="${h(url)}" style="display:inline-block;padding:12px 24px;background-color:${input.buttonColor};color:#FFFFFF;font-size:16px;font-weight:600;text-decoration:none;border-radius:4px;">${h(email.button)}</a></p>
<p style="margin:0 0 16px 0;font-size:16px;line-height:24px;color:${text};">${h(say(email.later, { url: shown }))}</p>
<footer style="margin:24px 0 0 0;padding:16px 0 0 0;border-top:1px solid #E0E0E0;">
<p style="margin:0;font-size:14px;line-height:20px;color:${muted};">${h(say(email.footer, { organization }))}</p>
</footer>
</div>
</main>
</body>
</html>
`;

  const plain = [
    email.heading,
    '',
    say(email.intro, { organization }),
    '',
    say(email.stepsHeading, { deadline }),
    ...steps.map((step, index) => `${index + 1}. ${step}`),
    '',
    `${email.button}: ${url}`,
    '',
    say(email.later, { url: shown }),
    '',
    '-- ',
    say(email.footer, { organization }),
    '',
  ].join('\n');

  return { subject, html, text: plain };
}

function base64Utf8(value: string): string {
  const bytes = new TextEncoder().encode(value);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  // 76-character lines, as MIME asks.
  return (btoa(binary).match(/.{1,76}/g) ?? []).join('\r\n');
}

/** RFC 2047 for a header that may hold non-ASCII text. */
function encodeHeader(value: string): string {
  return /^[\x20-\x7E]*$/.test(value) ? value : `=?UTF-8?B?${base64Utf8(value).replace(/\r\n/g, '')}?=`;
}

/** A draft .eml (multipart/alternative: text and HTML) that mail programs open ready to send. */
export function buildEml(announcement: Announcement, boundary = `pp-${Date.now().toString(36)}`): string {
  return [
    'MIME-Version: 1.0',
    `Subject: ${encodeHeader(announcement.subject)}`,
    'X-Unsent: 1',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Utf8(announcement.text),
    `--${boundary}`,
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Utf8(announcement.html),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** A logo as a data URL, so the e-mail loads nothing; null when it can't be read. */
export async function logoAsDataUrl(logo: string | null, fetchImpl: typeof fetch = fetch): Promise<string | null> {
  if (!logo) return null;
  if (logo.startsWith('data:')) return logo;
  try {
    const response = await fetchImpl(new URL(logo, window.location.origin).href);
    if (!response.ok) return null;
    const blob = await response.blob();
    const type = blob.type || (logo.endsWith('.svg') ? 'image/svg+xml' : 'application/octet-stream');
    if (!type.startsWith('image/')) return null;
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return `data:${type};base64,${btoa(binary)}`;
  } catch {
    return null;
  }
}
