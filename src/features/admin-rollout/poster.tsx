import type { CSSProperties } from 'react';
import { displayUrl } from './announcement';

export interface PosterText {
  /** BCP 47 and direction of this language's part. */
  lang: string;
  dir: 'ltr' | 'rtl';
  heading: string;
  subheading: string;
  scan: string;
  register: string;
}

/** A bilingual poster puts its two languages side by side or one after the other. */
export type PosterLayout = 'sideBySide' | 'stacked';

export interface PosterProps {
  organizationName: string;
  logo: string | null;
  portalUrl: string;
  brandColor: string;
  qrCode: string | null;
  /** One language, or two for a bilingual poster (the first leads). */
  texts: readonly [PosterText] | readonly [PosterText, PosterText];
  layout: PosterLayout;
  qrAlt: string;
  logoAlt: string;
}

/** The poster's width on screen, in CSS pixels (186 mm at 96 px to the inch). */
export const posterWidthPx = (186 * 96) / 25.4;

/**
 * The printable poster: plain, inline-styled markup sized in millimetres for one A4 page
 * (the print stylesheet prints only this). Colours are literal: print has no theme. Two
 * languages share the page, so their type is smaller.
 */
export function Poster({ organizationName, logo, portalUrl, brandColor, qrCode, texts, layout, qrAlt, logoAlt }: PosterProps) {
  const bilingual = texts.length === 2;
  const sideBySide = bilingual && layout === 'sideBySide';
  const size = bilingual ? { heading: '28pt', subheading: '16pt', scan: '13pt', register: '11pt', qr: '70mm' } : { heading: '40pt', subheading: '22pt', scan: '16pt', register: '14pt', qr: '90mm' };
  const page: CSSProperties = {
    boxSizing: 'border-box',
    width: '186mm',
    height: '270mm',
    margin: '0 auto',
    padding: '14mm 12mm',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'space-between',
    textAlign: 'center',
    fontFamily: "'Segoe UI', -apple-system, Roboto, Arial, sans-serif",
    color: '#242424',
    backgroundColor: '#FFFFFF',
    borderTop: `8mm solid ${brandColor}`,
    overflow: 'hidden',
  };
  const group: CSSProperties = sideBySide
    ? { display: 'flex', gap: '8mm', width: '100%', justifyContent: 'center' }
    : { display: 'flex', flexDirection: 'column', gap: bilingual ? '3mm' : 0, width: '100%' };
  const part: CSSProperties = sideBySide ? { flex: '1 1 0', minWidth: 0 } : {};
  return (
    <div style={page} data-layout={bilingual ? layout : 'single'}>
      {logo ? (
        <img src={logo} alt={logoAlt} style={{ height: '18mm', maxWidth: '120mm', objectFit: 'contain' }} />
      ) : (
        <p style={{ fontSize: '20pt', fontWeight: 600, margin: 0 }}>{organizationName}</p>
      )}
      <div style={group}>
        {texts.map((text) => (
          <div key={text.lang} lang={text.lang} dir={text.dir} style={part}>
            <h1 style={{ fontSize: size.heading, lineHeight: 1.1, margin: '0 0 3mm 0', fontWeight: 700 }}>{text.heading}</h1>
            <p style={{ fontSize: size.subheading, margin: 0 }}>{text.subheading}</p>
          </div>
        ))}
      </div>
      {qrCode && <img src={qrCode} alt={qrAlt} style={{ width: size.qr, height: size.qr }} />}
      <div style={{ width: '100%' }}>
        <div style={group}>
          {texts.map((text) => (
            <p key={text.lang} lang={text.lang} dir={text.dir} style={{ ...part, fontSize: size.scan, margin: '0 0 2mm 0' }}>
              {text.scan}
            </p>
          ))}
        </div>
        <p dir="ltr" style={{ fontSize: bilingual ? '22pt' : '26pt', fontWeight: 700, margin: 0, overflowWrap: 'anywhere' }}>
          {displayUrl(portalUrl)}
        </p>
      </div>
      <div style={group}>
        {texts.map((text) => (
          <p key={text.lang} lang={text.lang} dir={text.dir} style={{ ...part, fontSize: size.register, margin: 0, maxWidth: sideBySide ? undefined : '150mm', marginInline: sideBySide ? undefined : 'auto' }}>
            {text.register}
          </p>
        ))}
      </div>
    </div>
  );
}

/** Prints only the poster, on one A4 page; active while the rollout page is open. */
export const posterPrintCss = `
@page { size: A4 portrait; margin: 12mm; }
@media screen { [data-print-poster] { display: none !important; } }
@media print {
  html, body { background: #FFFFFF !important; margin: 0 !important; padding: 0 !important; }
  body > *:not([data-print-poster]) { display: none !important; }
  [data-print-poster] { display: block !important; }
}
`;
