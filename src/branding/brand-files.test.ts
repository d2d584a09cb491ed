import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brandingSchema } from '@/api/schemas/branding';
import { contrastRatio } from './contrast';
import { fallbackBranding } from './fallback-branding';

const publicDir = resolve(process.cwd(), 'public');
const readJson = (path: string): unknown => JSON.parse(readFileSync(resolve(publicDir, path), 'utf8'));

describe('the shipped brand files', () => {
  it('public/branding.json is valid and is what the built-in fallback mirrors', () => {
    expect(brandingSchema.parse(readJson('branding.json'))).toEqual(fallbackBranding);
  });

  it.each(readdirSync(resolve(publicDir, 'brands')).filter((name) => !name.includes('.')))('the %s sample is valid and its files exist', (brand) => {
    const path = `brands/${brand}/branding.json`;
    const branding = brand === 'contoso' ? fallbackBranding : brandingSchema.parse(readJson(path));
    for (const image of [branding.logo.light, branding.logo.dark, branding.favicon]) {
      expect(image).toMatch(new RegExp(`^/brands/${brand}/`));
      expect(() => readFileSync(resolve(publicDir, `.${image ?? ''}`))).not.toThrow();
    }
    // Text on the page background stays readable.
    if (branding.background) expect(contrastRatio(branding.background, '#242424')).toBeGreaterThanOrEqual(4.5);
  });
});
