import type { Branding } from '@/api';
import { brandingWarnings, checkImageRef, contrastRatio, isSafeSvg, sanitizeSvgDataUrl, validateBranding } from './branding';

const branding: Branding = {
  organizationName: 'Contoso',
  logo: { light: '/branding/contoso-logo.svg', dark: 'https://cdn.contoso.com/logo-dark.png' },
  favicon: null,
  brandColor: '#0f6cbd',
  brandRamp: null,
  background: null,
  helpdeskUrl: 'https://help.contoso.com',
  footerLinks: [
    { label: 'Privacy', url: 'https://contoso.com/privacy' },
    { label: 'Help desk', url: 'mailto:helpdesk@contoso.com' },
  ],
  defaultLanguage: 'en',
  portalUrl: 'https://passwords.contoso.com',
};

const png = `data:image/png;base64,${btoa('\x89PNG\r\n\x1a\n\0\0\0\rIHDR')}`;
const svg = (body: string) => `data:image/svg+xml;base64,${btoa(`<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`)}`;

describe('branding validation', () => {
  it('Branding: a valid branding has no violations', () => {
    expect(validateBranding(branding)).toEqual([]);
  });

  it('Branding: logos only from https, the same origin or data URLs of images', () => {
    for (const ok of ['https://cdn.contoso.com/logo.png', '/logo.png', png, svg('<circle r="4" fill="#0f6cbd"/>')]) {
      expect(checkImageRef(ok), ok).toBe('ok');
    }
    for (const bad of [
      'http://cdn.contoso.com/logo.png',
      '//evil.example/logo.png',
      '/\\evil.example/logo.png',
      'logo.png',
      'javascript:alert(1)',
      'https://user:pass@cdn.contoso.com/logo.png',
      'data:text/html;base64,PHNjcmlwdD4=',
      `data:image/png;base64,${btoa('<html>not a png</html>')}`,
      'data:image/png;base64,!!!',
    ]) {
      expect(checkImageRef(bad), bad).toBe('source');
    }
    // The page's own origin counts as same origin, even over http in development.
    expect(checkImageRef('http://127.0.0.1:5173/logo.png', 'http://127.0.0.1:5173')).toBe('ok');
    expect(validateBranding({ ...branding, favicon: 'ftp://contoso.com/favicon.ico' })).toEqual([{ code: 'unsafe_image', field: 'favicon', params: { reason: 'source' } }]);
  });

  it('Branding: SVG logos are accepted only without script, handlers or external references', () => {
    expect(isSafeSvg('<svg><use href="#a"/><image href="data:image/png;base64,iVBORw0KGgo="/></svg>')).toBe(true);
    for (const body of [
      '<script>alert(1)</script>',
      '<rect onload="alert(1)"/>',
      '<a href="javascript:alert(1)"><text>x</text></a>',
      '<foreignObject><div>html</div></foreignObject>',
      '<image href="https://tracker.example/pixel.png"/>',
      '<image xlink:href="//tracker.example/pixel.png"/>',
      '<rect style="fill:url(https://evil.example/x.svg#p)"/>',
      '<style>@import "https://evil.example/x.css";</style>',
      '<a href="&#106;avascript:alert(1)">x</a>',
    ]) {
      expect(checkImageRef(svg(body)), body).toBe('content');
    }
    const encoded = `data:image/svg+xml,${encodeURIComponent('<svg><SCRIPT>alert(1)</SCRIPT></svg>')}`;
    expect(validateBranding({ ...branding, logo: { light: encoded, dark: null } })).toEqual([{ code: 'unsafe_image', field: 'logo.light', params: { reason: 'content' } }]);
  });

  it('Branding: a safe SVG data URL is re-encoded as base64', () => {
    const plain = `data:image/svg+xml;charset=utf-8,${encodeURIComponent('<svg><circle r="2"/></svg>')}`;
    expect(sanitizeSvgDataUrl(plain)).toBe(`data:image/svg+xml;base64,${btoa('<svg><circle r="2"/></svg>')}`);
    expect(sanitizeSvgDataUrl(svg('<script/>'))).toBeNull();
  });

  it('Branding: footer links and the help-desk link are http(s) or mailto only', () => {
    expect(
      validateBranding({
        ...branding,
        helpdeskUrl: 'javascript:alert(1)',
        footerLinks: [
          { label: 'Ok', url: 'http://contoso.com/terms' },
          { label: 'Bad', url: 'data:text/html,hi' },
          { label: 'Bad', url: 'mailto:nobody' },
        ],
      }),
    ).toEqual([
      { code: 'invalid_url', field: 'helpdeskUrl' },
      { code: 'invalid_url', field: 'footerLinks.1.url' },
      { code: 'invalid_url', field: 'footerLinks.2.url' },
    ]);
  });

  it('Branding: the portal address is https (http only on this machine)', () => {
    expect(validateBranding({ ...branding, portalUrl: 'http://127.0.0.1:5173' })).toEqual([]);
    expect(validateBranding({ ...branding, portalUrl: 'http://localhost:4173/' })).toEqual([]);
    expect(validateBranding({ ...branding, portalUrl: 'http://passwords.contoso.com' })).toEqual([{ code: 'invalid_url', field: 'portalUrl' }]);
    expect(validateBranding({ ...branding, portalUrl: 'passwords.contoso.com' })).toEqual([{ code: 'invalid_url', field: 'portalUrl' }]);
  });

  it('Branding: contrast ratio follows WCAG 2.x', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#0f6cbd', '#ffffff')).toBeCloseTo(contrastRatio('#ffffff', '#0F6CBD'), 10);
  });

  it('Branding: a brand colour too pale for white text gets a warning', () => {
    expect(brandingWarnings(branding)).toEqual([]);
    expect(brandingWarnings({ ...branding, brandColor: '#ffd335' })).toEqual([
      { code: 'low_contrast', field: 'brandColor', params: { ratio: expect.any(Number) as number, required: 4.5 } },
    ]);
  });
});
