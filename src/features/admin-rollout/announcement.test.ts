// @vitest-environment jsdom
import type { MessageLanguage } from '@/api/schemas/common';
import { buildAnnouncement, buildEml, displayUrl, escapeHtml } from './announcement';

const logo = 'data:image/svg+xml;base64,PHN2Zy8+';

async function announcement(language: MessageLanguage = 'en', organizationName = 'Contoso') {
  return buildAnnouncement({
    language,
    organizationName,
    portalUrl: 'https://passwords.contoso.com',
    buttonColor: '#0F6CBD',
    logoDataUrl: logo,
    deadline: 'March 31, 2026',
  });
}

describe('the announcement e-mail', () => {
  it('names the organisation, the portal address and the deadline in subject, HTML and text', async () => {
    const { subject, html, text } = await announcement();
    expect(subject).toBe('Set up password reset for your Contoso account by March 31, 2026');
    for (const part of [html, text]) {
      expect(part).toContain('passwords.contoso.com');
      expect(part).toContain('March 31, 2026');
      expect(part).toContain('Contoso');
    }
    expect(text).toContain('Open the password portal: https://passwords.contoso.com');
  });

  it('is accessible HTML that loads nothing from elsewhere', async () => {
    const { html } = await announcement();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.title).toContain('Contoso');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('img')?.getAttribute('alt')).toBe('Contoso logo');
    // The only resource is the inline logo; links are to the portal only.
    for (const element of doc.querySelectorAll('[src]')) expect(element.getAttribute('src')).toMatch(/^data:/);
    expect(doc.querySelectorAll('link, script, style')).toHaveLength(0);
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://passwords.contoso.com']);
    expect(html).not.toMatch(/url\(/);
  });

  it('escapes what an admin typed', async () => {
    const { html } = await announcement('en', 'Fabrikam <b>&</b> "Co"');
    expect(html).toContain('Fabrikam &lt;b&gt;&amp;&lt;/b&gt; &quot;Co&quot;');
    expect(html).not.toContain('<b>&</b>');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });

  it('speaks Dutch when asked', async () => {
    const { html, subject } = await announcement('nl');
    expect(new DOMParser().parseFromString(html, 'text/html').documentElement.lang).toBe('nl');
    expect(subject).toContain('wachtwoordherstel');
  });

  it('speaks Arabic right to left, the portal address kept left to right', async () => {
    const { html, subject, text } = await announcement('ar');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.documentElement.lang).toBe('ar');
    expect(doc.documentElement.dir).toBe('rtl');
    expect(subject).toContain('\u2068Contoso\u2069');
    expect(text).toContain('\u2068passwords.contoso.com\u2069');
  });

  it('downloads as a MIME draft with text and HTML parts', async () => {
    const mail = await announcement('nl', 'Fabrikam');
    const eml = buildEml(mail, 'b1');
    expect(eml).toContain('MIME-Version: 1.0\r\n');
    expect(eml).toContain('X-Unsent: 1\r\n');
    expect(eml).toMatch(/^Subject: =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=\r$/m);
    expect(eml).toContain('Content-Type: multipart/alternative; boundary="b1"');
    const parts = eml.split('--b1');
    expect(parts).toHaveLength(4);
    const decode = (part: string) => new TextDecoder().decode(Uint8Array.from(atob(part.split('\r\n\r\n')[1]?.replace(/\r\n/g, '') ?? ''), (c) => c.charCodeAt(0)));
    expect(decode(parts[1] ?? '')).toBe(mail.text);
    expect(decode(parts[2] ?? '')).toBe(mail.html);
    expect(displayUrl('https://passwords.contoso.com/')).toBe('passwords.contoso.com');
  });
});
