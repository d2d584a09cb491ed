import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brandingSchema } from '@/api/schemas/branding';
import { resolvePortalConfig } from '@/portal-config/read-portal-json';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');
const readJson = (path: string): unknown => JSON.parse(read(path));

describe('the files a deployment edits or serves as they are', () => {
  it.each([
    ['the demo build', true, 'demo'],
    ['the real build', false, 'api'],
  ])('public/portal.json is valid and keeps %s on its own back end', (_name, demoAvailable, backend) => {
    const warnings: string[] = [];
    const config = resolvePortalConfig(
      readJson('public/portal.json'),
      { demoAvailable, apiBaseUrl: '/api/v1' },
      (message) => warnings.push(message),
    );
    expect(warnings).toEqual([]);
    expect(config.backend).toBe(backend);
  });

  it.each([
    ['public/manifest.webmanifest', 'public/branding.json'],
    ['public/brands/fabrikam/manifest.webmanifest', 'public/brands/fabrikam/branding.json'],
  ])('%s carries the name, colours and icon of %s', (manifestPath, brandingPath) => {
    const branding = brandingSchema.parse(readJson(brandingPath));
    const manifest = readJson(manifestPath);
    expect(manifest).toMatchObject({
      name: `${branding.organizationName} password portal`,
      start_url: '/',
      theme_color: branding.brandColor,
      background_color: branding.background ?? '#FFFFFF',
      icons: [{ src: branding.favicon, type: 'image/svg+xml', sizes: 'any' }],
    });
    expect(existsSync(resolve(root, `public${branding.favicon ?? ''}`))).toBe(true);
  });

  it('index.html links the manifest; robots.txt lets search find the home page only', () => {
    expect(read('index.html')).toContain('<link rel="manifest" href="/manifest.webmanifest" />');
    expect(read('public/robots.txt')).toMatch(/User-agent: \*\nAllow: \/\$\nDisallow: \/\n/);
  });
});
