/**
 * The runtime `/portal.json` (ADR 0007): which back end each journey uses, chosen per deployment
 * without a rebuild. Reading the file (zod) is in `read-portal-json.ts`, loaded beside the file
 * itself; this module only settles what was chosen, so the first page carries no schema.
 */

export const journeyNames = ['reset', 'register', 'change'] as const;
export type JourneyName = (typeof journeyNames)[number];

export const portalModes = ['demo', 'api', 'links'] as const;
/** `demo`: the mock backend in the page; `api`: the contract at `apiBaseUrl`; `links`: the directory's own hosted page. */
export type PortalMode = (typeof portalModes)[number];

/** Microsoft Entra ID's hosted pages: the defaults of `links` mode. */
export const entraLinks: Record<JourneyName, string> = {
  reset: 'https://passwordreset.microsoftonline.com/',
  register: 'https://aka.ms/mysecurityinfo',
  change: 'https://mysignins.microsoft.com/security-info/password/change',
};

/** Where each journey lives inside the portal (demo and api modes). */
export const journeyPaths: Record<JourneyName, string> = {
  reset: '/reset',
  register: '/security-info',
  change: '/change-password',
};

export interface PortalJourney {
  mode: PortalMode;
  /** links: the hosted page, hint included; demo and api: the portal's own route. */
  href: string;
}

export interface PortalConfig {
  /** The one back end of this page: the mock in the page, the API, or none (every journey a link). */
  backend: 'demo' | 'api' | null;
  /** Where the API answers (a path or an absolute URL); null without a back end. */
  apiBaseUrl: string | null;
  journeys: Record<JourneyName, PortalJourney>;
  /** Sign-in and the registration interstitial: only when a signed-in journey or the admin console runs here. */
  signIn: boolean;
  /** The admin console at /admin. */
  admin: boolean;
}

export interface BuildDefaults {
  /** The mock backend ships with this build (`npm run build:demo`). */
  demoAvailable: boolean;
  /** The build's API base (VITE_API_BASE_URL, else /api/v1). */
  apiBaseUrl: string;
}

export type Warn = (message: string) => void;

/** A link with its hint appended as a query parameter. */
export function hostedPageUrl(url: string, hint?: { param: string; value: string }): string {
  if (!hint) return url;
  const withHint = new URL(url);
  withHint.searchParams.set(hint.param, hint.value);
  return withHint.href;
}

export interface JourneyChoice {
  mode: PortalMode;
  url: string;
  hint?: { param: string; value: string };
}

/**
 * What the journeys, the API base and the admin switch add up to: demo only where the build has
 * the mock, one back end per page, sign-in only where something signed-in runs here.
 */
export function settlePortalConfig(
  chosen: {
    journeys: Partial<Record<JourneyName, Partial<JourneyChoice>>>;
    apiBaseUrl?: string;
    admin?: boolean;
  },
  build: BuildDefaults,
  warn: Warn,
): PortalConfig {
  const defaultMode: PortalMode = build.demoAvailable ? 'demo' : 'api';
  const choose = (name: JourneyName): JourneyChoice => {
    const entry = chosen.journeys[name] ?? {};
    let mode = entry.mode ?? defaultMode;
    if (mode === 'demo' && !build.demoAvailable) {
      warn(
        `portal.json: journeys.${name}.mode: "demo" needs the demo build (npm run build:demo); using "api"`,
      );
      mode = 'api';
    }
    return { mode, url: entry.url ?? entraLinks[name], ...(entry.hint ? { hint: entry.hint } : {}) };
  };
  const journeys: Record<JourneyName, JourneyChoice> = {
    reset: choose('reset'),
    register: choose('register'),
    change: choose('change'),
  };

  // One back end per page: the mock and a real API cannot both answer /api.
  const modes = journeyNames.map((name) => journeys[name].mode);
  if (modes.includes('demo') && modes.includes('api')) {
    for (const name of journeyNames) {
      if (journeys[name].mode !== 'api') continue;
      warn(
        `portal.json: journeys.${name}.mode: "api" cannot be mixed with "demo" (one back end per portal); using "demo"`,
      );
      journeys[name].mode = 'demo';
    }
  }
  const backend = modes.includes('demo')
    ? 'demo'
    : journeyNames.some((name) => journeys[name].mode === 'api')
      ? 'api'
      : null;
  const admin = (chosen.admin ?? true) && backend !== null;
  const signedInJourney = journeys.register.mode !== 'links' || journeys.change.mode !== 'links';

  return {
    backend,
    apiBaseUrl:
      backend === null
        ? null
        : backend === 'demo'
          ? build.apiBaseUrl
          : (chosen.apiBaseUrl ?? build.apiBaseUrl),
    journeys: {
      reset: journeyOf('reset', journeys.reset),
      register: journeyOf('register', journeys.register),
      change: journeyOf('change', journeys.change),
    },
    signIn: signedInJourney || admin,
    admin,
  };
}

function journeyOf(name: JourneyName, journey: JourneyChoice): PortalJourney {
  return {
    mode: journey.mode,
    href: journey.mode === 'links' ? hostedPageUrl(journey.url, journey.hint) : journeyPaths[name],
  };
}

/** What a build does with no portal.json at all: every journey on its own back end. */
export function defaultPortalConfig(build: BuildDefaults): PortalConfig {
  return settlePortalConfig({ journeys: {} }, build, () => undefined);
}
