import type { CSSProperties } from 'react';
import { displayUrl } from './announcement';

export interface PosterProps {
  organizationName: string;
  logo: string | null;
  portalUrl: string;
  brandColor: string;
  qrCode: string | null;
  labels: {
    heading: string;
    subheading: string;
    scan: string;
    register: string;
    qrAlt: string;
    logoAlt: string;
  };
}

/**
 * The printable poster: plain, inline-styled markup sized in millimetres for one A4 page
 * (the print stylesheet prints only this). Colours are literal: print has no theme.
 */
/** The poster's width on screen, in CSS pixels (186 mm at 96 px to the inch). */
export const posterWidthPx = (186 * 96) / 25.4;

export function Poster({ organizationName, logo, portalUrl, brandColor, qrCode, labels }: PosterProps) {
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
  return (
    <div style={page}>
      {logo ? (
        <img
          src={logo}
          alt={labels.logoAlt}
          style={{ height: '18mm', maxWidth: '120mm', objectFit: 'contain' }}
        />
      ) : (
        <p style={{ fontSize: '20pt', fontWeight: 600, margin: 0 }}>{organizationName}</p>
      )}
      <div>
        <h1 style={{ fontSize: '40pt', lineHeight: 1.1, margin: '0 0 4mm 0', fontWeight: 700 }}>
          {labels.heading}
        </h1>
        <p style={{ fontSize: '22pt', margin: 0 }}>{labels.subheading}</p>
      </div>
      {qrCode && <img src={qrCode} alt={labels.qrAlt} style={{ width: '90mm', height: '90mm' }} />}
      <div>
        <p style={{ fontSize: '16pt', margin: '0 0 2mm 0' }}>{labels.scan}</p>
        <p style={{ fontSize: '26pt', fontWeight: 700, margin: 0, overflowWrap: 'anywhere' }}>
          {displayUrl(portalUrl)}
        </p>
      </div>
      <p style={{ fontSize: '14pt', margin: 0, maxWidth: '150mm' }}>{labels.register}</p>
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
