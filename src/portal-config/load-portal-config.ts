import { buildApiBaseUrl, demoMode, setApiBaseUrl } from '@/api/api-client';
import { takeEarlyResponse } from '@/api/early-requests';
import { defaultPortalConfig, type BuildDefaults, type PortalConfig, type Warn } from './portal-config';

/** This build: the demo build carries the mock backend; every build knows its API base. */
export const thisBuild: BuildDefaults = { demoAvailable: demoMode, apiBaseUrl: buildApiBaseUrl };

/** This build with no portal.json: the demo build runs on its mock, the real build on its API. */
export const buildDefaultConfig: PortalConfig = defaultPortalConfig(thisBuild);

function portalJsonUrl(): string {
  return new URL(`${import.meta.env.BASE_URL ?? '/'}portal.json`, window.location.origin).href;
}

const consoleWarn: Warn = (message) => console.warn(message);

/**
 * Fetches and resolves `/portal.json`, loading its reader (zod schemas) at the same time. Never
 * fails: a missing or broken file gives the build's defaults, with a warning. A prerendered page
 * has asked for the file already (src/api/early-requests.ts): that answer is taken.
 */
export async function loadPortalConfig(
  url: string = portalJsonUrl(),
  build: BuildDefaults = thisBuild,
  warn: Warn = consoleWarn,
): Promise<PortalConfig> {
  const reader = import('./read-portal-json');
  let raw: unknown;
  try {
    const response = await (takeEarlyResponse(url) ?? fetch(url, { headers: { Accept: 'application/json' } }));
    if (!response.ok) {
      warn(`portal.json: not found (${response.status}); using the defaults`);
    } else {
      try {
        raw = await response.json();
      } catch {
        warn('portal.json: not valid JSON; using the defaults');
      }
    }
  } catch {
    warn('portal.json: could not be loaded; using the defaults');
  }
  const { resolvePortalConfig } = await reader;
  return resolvePortalConfig(raw, build, warn);
}

/**
 * Starts loading `/portal.json` at once (beside the branding, so no round trip is added before
 * the first paint) and points the API client at the back end it names.
 */
export function startPortalConfig(): Promise<PortalConfig> {
  const config = loadPortalConfig();
  setApiBaseUrl(config.then((loaded) => loaded.apiBaseUrl));
  return config;
}
