import type { Branding, Violation } from '@/api';

/*
 * Branding validation. A refused logo or favicon is `unsafe_image` with `params.reason`:
 * `source` when it is not from https, this origin or a data URL of an image, `content` when it
 * is an SVG that could run script or load something from elsewhere.
 */

const rasterDataUrl = /^data:image\/(png|jpeg|gif|webp);base64,([A-Za-z0-9+/]+={0,2})$/;
const svgDataUrl = /^data:image\/svg\+xml(;charset=utf-8)?(;base64)?,(.*)$/is;

// The first bytes of each raster format, so a data URL cannot claim one type and carry another.
const magicBytes: Readonly<Record<string, (bytes: Uint8Array) => boolean>> = {
  png: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  gif: (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38,
  webp: (b) =>
    String.fromCharCode(...b.slice(0, 4)) === 'RIFF' && String.fromCharCode(...b.slice(8, 12)) === 'WEBP',
};

function decodeBase64(text: string): Uint8Array | null {
  try {
    const binary = atob(text);
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The SVG text of an `image/svg+xml` data URL (base64 or percent-encoded); null when it is not one. */
export function decodeSvgDataUrl(value: string): string | null {
  const match = svgDataUrl.exec(value);
  if (!match) return null;
  const [, , base64, payload = ''] = match;
  if (base64) {
    const bytes = decodeBase64(payload);
    return bytes ? new TextDecoder().decode(bytes) : null;
  }
  try {
    return decodeURIComponent(payload);
  } catch {
    return null;
  }
}

/**
 * Whether an SVG is inert: no script, no event-handler attributes, no `javascript:`, no
 * foreignObject (HTML inside SVG), no DOCTYPE/ENTITY, no stylesheet imports, and every href or
 * CSS url() points inside the document (`#id`) or at a raster data URL.
 */
export function isSafeSvg(svg: string): boolean {
  // Entities could hide any of the patterns below, so numeric character references are refused too.
  const text = svg.toLowerCase();
  if (!/<svg[\s>]/.test(text)) return false;
  const forbidden = [/<script/, /\son[a-z]+\s*=/, /javascript:/, /vbscript:/, /<foreignobject/, /<!doctype/, /<!entity/, /@import/, /&#/, /<iframe/, /<embed/, /<object/];
  if (forbidden.some((pattern) => pattern.test(text))) return false;
  const references = [
    ...text.matchAll(/(?:xlink:)?href\s*=\s*["']?\s*([^"'\s>]*)/g),
    ...text.matchAll(/url\(\s*["']?\s*([^"')\s]*)/g),
  ].map((match) => match[1] ?? '');
  return references.every((ref) => ref.startsWith('#') || rasterDataUrl.test(ref));
}

/** The SVG data URL re-encoded as base64 when it is safe; null when it is not. */
export function sanitizeSvgDataUrl(value: string): string | null {
  const svg = decodeSvgDataUrl(value);
  if (svg === null || !isSafeSvg(svg)) return null;
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

type ImageVerdict = 'ok' | 'source' | 'content';

function isSameOriginPath(value: string): boolean {
  // `//host` and `/\host` leave the origin; control characters and spaces have no place in a path.
  if (!value.startsWith('/') || value.startsWith('//')) return false;
  return ![...value].some((char) => char === '\\' || char.trim() === '' || (char.codePointAt(0) ?? 0) < 0x20);
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

export function checkImageRef(value: string, origin?: string): ImageVerdict {
  if (value.startsWith('data:')) {
    const raster = rasterDataUrl.exec(value);
    if (raster) {
      const bytes = decodeBase64(raster[2] ?? '');
      return bytes && magicBytes[raster[1] ?? '']?.(bytes) ? 'ok' : 'source';
    }
    if (svgDataUrl.test(value)) return sanitizeSvgDataUrl(value) ? 'ok' : 'content';
    return 'source';
  }
  if (isSameOriginPath(value)) return 'ok';
  const url = parseUrl(value);
  if (!url || url.username !== '' || url.password !== '') return 'source';
  if (url.protocol === 'https:') return 'ok';
  return origin !== undefined && url.origin === origin ? 'ok' : 'source';
}

/** A link people follow from the footer or help-desk link: http(s) or mailto only. */
export function isAllowedLink(value: string): boolean {
  const url = parseUrl(value.trim());
  if (!url) return false;
  if (url.protocol === 'mailto:') return url.pathname.includes('@');
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && url.username === '' && url.password === '';
}

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The portal address: https, or http on this machine (development). */
export function isAllowedPortalUrl(value: string): boolean {
  const url = parseUrl(value.trim());
  if (!url || url.username !== '' || url.password !== '' || url.hostname === '') return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && localHosts.has(url.hostname));
}

/**
 * The rules of PRODUCT.md's branding section beyond the shape the contract checks (hex
 * colours, lengths): where images may come from, which links are allowed.
 */
export function validateBranding(branding: Branding, origin?: string): Violation[] {
  const violations: Violation[] = [];
  const images: [string, string | null][] = [
    ['logo.light', branding.logo.light],
    ['logo.dark', branding.logo.dark],
    ['favicon', branding.favicon],
  ];
  for (const [field, value] of images) {
    if (value === null) continue;
    const verdict = checkImageRef(value, origin);
    if (verdict !== 'ok') violations.push({ code: 'unsafe_image', field, params: { reason: verdict } });
  }
  if (branding.helpdeskUrl !== null && !isAllowedLink(branding.helpdeskUrl)) {
    violations.push({ code: 'invalid_url', field: 'helpdeskUrl' });
  }
  branding.footerLinks.forEach((link, i) => {
    if (!isAllowedLink(link.url)) violations.push({ code: 'invalid_url', field: `footerLinks.${i}.url` });
  });
  if (!isAllowedPortalUrl(branding.portalUrl)) violations.push({ code: 'invalid_url', field: 'portalUrl' });
  return violations;
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.x relative luminance of `#rrggbb`. */
export function relativeLuminance(hex: string): number {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) throw new RangeError(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1, 4).map((part) => channel(parseInt(part, 16)));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG 2.x contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(hexA: string, hexB: string): number {
  const a = relativeLuminance(hexA);
  const b = relativeLuminance(hexB);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** WCAG AA for normal text. */
export const minimumTextContrast = 4.5;

/**
 * Warnings an admin sees but may save anyway: a brand colour too pale for white button text
 * (the theme then uses darker steps for text on buttons).
 */
export function brandingWarnings(branding: Branding): Violation[] {
  const ratio = contrastRatio(branding.brandColor, '#ffffff');
  return ratio < minimumTextContrast
    ? [{ code: 'low_contrast', field: 'brandColor', params: { ratio: Math.round(ratio * 100) / 100, required: minimumTextContrast } }]
    : [];
}
