import { describe, expect, it, vi } from 'vitest';
import { loadPortalConfig } from './load-portal-config';
import { entraLinks, type BuildDefaults } from './portal-config';
import { resolvePortalConfig } from './read-portal-json';

const demoBuild: BuildDefaults = { demoAvailable: true, apiBaseUrl: '/api/v1' };
const realBuild: BuildDefaults = { demoAvailable: false, apiBaseUrl: '/api/v1' };

function resolve(raw: unknown, build: BuildDefaults = realBuild) {
  const warnings: string[] = [];
  const config = resolvePortalConfig(raw, build, (message) => warnings.push(message));
  return { config, warnings };
}

describe('portal.json', () => {
  it('with no file, the demo build runs on its mock and the real build on its API', () => {
    expect(resolve(undefined, demoBuild).config).toMatchObject({
      backend: 'demo',
      signIn: true,
      admin: true,
      journeys: { reset: { mode: 'demo', href: '/reset' } },
    });
    expect(resolve(undefined, realBuild).config).toMatchObject({
      backend: 'api',
      apiBaseUrl: '/api/v1',
      journeys: { change: { mode: 'api', href: '/change-password' } },
    });
    expect(resolve(undefined).warnings).toEqual([]);
  });

  it('links mode sends every journey to the Entra pages by default, with no sign-in and no admin console', () => {
    const { config, warnings } = resolve({
      journeys: { reset: 'links', register: { mode: 'links' }, change: { mode: 'links' } },
    });
    expect(warnings).toEqual([]);
    expect(config.journeys.reset.href).toBe(entraLinks.reset);
    expect(config.journeys.register.href).toBe('https://aka.ms/mysecurityinfo');
    expect(config.journeys.change.href).toBe('https://mysignins.microsoft.com/security-info/password/change');
    expect(config).toMatchObject({ backend: null, apiBaseUrl: null, signIn: false, admin: false });
  });

  it('a configured URL replaces the default, and a hint is appended as a query parameter', () => {
    const { config } = resolve({
      journeys: {
        reset: {
          mode: 'links',
          url: 'https://sso.contoso.com/reset?lang=nl',
          hint: { param: 'domain_hint', value: 'contoso.com' },
        },
      },
    });
    expect(config.journeys.reset.href).toBe('https://sso.contoso.com/reset?lang=nl&domain_hint=contoso.com');
  });

  it('modes mix per journey: reset by link while change password runs against the API at its base URL', () => {
    const { config } = resolve({
      apiBaseUrl: 'https://api.contoso.com/v1',
      journeys: { reset: 'links', register: 'links', change: 'api' },
    });
    expect(config).toMatchObject({
      backend: 'api',
      apiBaseUrl: 'https://api.contoso.com/v1',
      signIn: true,
      admin: true,
    });
    expect(config.journeys.reset.mode).toBe('links');
    expect(config.journeys.change).toEqual({ mode: 'api', href: '/change-password' });
  });

  it('admin: false hides the admin console; sign-in stays for the journeys that need it', () => {
    expect(resolve({ admin: false }).config).toMatchObject({ admin: false, signIn: true });
    expect(resolve({ admin: false, journeys: { register: 'links', change: 'links' } }).config).toMatchObject({
      admin: false,
      signIn: false,
      backend: 'api',
    });
  });

  it('an invalid field falls back alone, with a warning that names it', () => {
    const { config, warnings } = resolve({
      admin: 'yes',
      journeys: { reset: { mode: 'link' }, change: { mode: 'links', url: 'javascript:alert(1)' } },
    });
    expect(config.admin).toBe(true);
    expect(config.journeys.reset.mode).toBe('api');
    expect(config.journeys.change.mode).toBe('api');
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/^portal\.json: admin: .*; using true$/);
    expect(warnings[1]).toMatch(/^portal\.json: journeys\.reset\b.*; using api$/);
    expect(warnings[2]).toMatch(/^portal\.json: journeys\.change\.url: .*; using api$/);
  });

  it('unknown fields and journeys are named and ignored', () => {
    const { warnings } = resolve({ jouneys: {}, journeys: { unlock: 'links' } });
    expect(warnings).toEqual([
      'portal.json: jouneys: unknown field, ignored',
      'portal.json: journeys.unlock: unknown journey, ignored (reset, register, change)',
    ]);
  });

  it('a file that is no object gives the defaults with a warning', () => {
    const { config, warnings } = resolve(['links'], demoBuild);
    expect(config.backend).toBe('demo');
    expect(warnings).toEqual(['portal.json: expected an object; using the defaults']);
  });

  it('demo mode needs the demo build: the real build uses its API instead, and says so', () => {
    const { config, warnings } = resolve({ journeys: { reset: 'demo' } });
    expect(config.journeys.reset.mode).toBe('api');
    expect(warnings).toEqual([
      'portal.json: journeys.reset.mode: "demo" needs the demo build (npm run build:demo); using "api"',
    ]);
  });

  it('one back end per portal: api journeys beside demo ones run on the mock, with a warning', () => {
    const { config, warnings } = resolve({ journeys: { reset: 'demo', change: 'api' } }, demoBuild);
    expect(config.backend).toBe('demo');
    expect(config.journeys.change.mode).toBe('demo');
    expect(warnings).toEqual([
      'portal.json: journeys.change.mode: "api" cannot be mixed with "demo" (one back end per portal); using "demo"',
    ]);
  });

  it('a relative apiBaseUrl must be a path', () => {
    const { config, warnings } = resolve({ apiBaseUrl: 'api/v1' });
    expect(config.apiBaseUrl).toBe('/api/v1');
    expect(warnings[0]).toMatch(/^portal\.json: apiBaseUrl: .*; using \/api\/v1$/);
  });
});

describe('loadPortalConfig', () => {
  it('reads the file it is given', async () => {
    const url = `data:application/json,${encodeURIComponent(JSON.stringify({ journeys: { reset: 'links' } }))}`;
    const config = await loadPortalConfig(url, realBuild, () => undefined);
    expect(config.journeys.reset.href).toBe(entraLinks.reset);
  });

  it('a missing file or one that is not JSON gives the defaults, with a warning', async () => {
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(new Response('Not found', { status: 404 }))
      .mockResolvedValueOnce(new Response('<!doctype html>', { status: 200 }))
      .mockRejectedValueOnce(new TypeError('network'));
    vi.stubGlobal('fetch', fetchMock);
    try {
      const warnings: string[] = [];
      for (let i = 0; i < 3; i++) {
        expect(
          (
            await loadPortalConfig('http://portal.test/portal.json', realBuild, (message) =>
              warnings.push(message),
            )
          ).backend,
        ).toBe('api');
      }
      expect(warnings).toEqual([
        'portal.json: not found (404); using the defaults',
        'portal.json: not valid JSON; using the defaults',
        'portal.json: could not be loaded; using the defaults',
      ]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
