import { z } from 'zod/mini';

/**
 * The runtime `/portal.json` (ADR 0007): which back end each journey uses, chosen per deployment
 * without a rebuild. Anything missing falls back to the build's default; anything invalid falls
 * back too, with a console warning naming the field.
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

const modeSchema = z.enum(portalModes);
const hintSchema = z.strictObject({
  /** The query parameter the target page reads, e.g. `whr` or `login_hint`. */
  param: z.string().check(z.minLength(1)),
  value: z.string().check(z.minLength(1)),
});
const journeySchema = z.union([
  modeSchema,
  z.strictObject({
    mode: z.optional(modeSchema),
    url: z.optional(z.url({ protocol: /^https?$/ })),
    hint: z.optional(hintSchema),
  }),
]);
type RawJourney = z.infer<typeof journeySchema>;

const fields = {
  $schema: z.string(),
  apiBaseUrl: z.string().check(z.minLength(1), z.regex(/^(\/|https?:\/\/)/, 'a path starting with / or an http(s) URL')),
  admin: z.boolean(),
  journeys: z.record(z.string(), z.unknown()),
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

function issueText(issues: readonly { path: readonly PropertyKey[]; message: string }[], field: string): string {
  const first = issues[0];
  if (!first) return field;
  const path = [field, ...first.path.map(String)].join('.');
  return `${path}: ${first.message}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Turns whatever `/portal.json` held into a config, field by field: a bad field costs only that
 * field, and each is named in a warning. `raw` undefined means there was no usable file.
 */
export function resolvePortalConfig(raw: unknown, build: BuildDefaults, warn: Warn): PortalConfig {
  const defaultMode: PortalMode = build.demoAvailable ? 'demo' : 'api';
  const source = isRecord(raw) ? raw : {};
  if (raw !== undefined && !isRecord(raw)) warn('portal.json: expected an object; using the defaults');

  const read = <T>(name: keyof typeof fields, schema: z.ZodMiniType<T>, fallback: T, fallbackText: string): T => {
    if (!(name in source) || source[name] === undefined) return fallback;
    const parsed = schema.safeParse(source[name]);
    if (parsed.success) return parsed.data;
    warn(`portal.json: ${issueText(parsed.error.issues, name)}; using ${fallbackText}`);
    return fallback;
  };
  for (const key of Object.keys(source)) {
    if (!(key in fields)) warn(`portal.json: ${key}: unknown field, ignored`);
  }

  const apiBaseUrl = read('apiBaseUrl', fields.apiBaseUrl, build.apiBaseUrl, build.apiBaseUrl);
  const adminWanted = read('admin', fields.admin, true, 'true');
  const rawJourneys = read('journeys', fields.journeys, {}, 'the defaults');
  for (const key of Object.keys(rawJourneys)) {
    if (!(journeyNames as readonly string[]).includes(key)) warn(`portal.json: journeys.${key}: unknown journey, ignored (${journeyNames.join(', ')})`);
  }

  const readJourney = (name: JourneyName): JourneyChoice => {
    let chosen: RawJourney = {};
    if (rawJourneys[name] !== undefined) {
      const parsed = journeySchema.safeParse(rawJourneys[name]);
      if (parsed.success) chosen = parsed.data;
      else warn(`portal.json: ${issueText(parsed.error.issues, `journeys.${name}`)}; using ${defaultMode}`);
    }
    const entry = typeof chosen === 'string' ? { mode: chosen } : chosen;
    let mode = entry.mode ?? defaultMode;
    if (mode === 'demo' && !build.demoAvailable) {
      warn(`portal.json: journeys.${name}.mode: "demo" needs the demo build (npm run build:demo); using "api"`);
      mode = 'api';
    }
    return { mode, url: entry.url ?? entraLinks[name], ...(entry.hint ? { hint: entry.hint } : {}) };
  };
  const journeys: Record<JourneyName, JourneyChoice> = { reset: readJourney('reset'), register: readJourney('register'), change: readJourney('change') };

  // One back end per page: the mock and a real API cannot both answer /api.
  const modes = journeyNames.map((name) => journeys[name].mode);
  if (modes.includes('demo') && modes.includes('api')) {
    for (const name of journeyNames) {
      if (journeys[name].mode !== 'api') continue;
      warn(`portal.json: journeys.${name}.mode: "api" cannot be mixed with "demo" (one back end per portal); using "demo"`);
      journeys[name].mode = 'demo';
    }
  }
  const backend = modes.includes('demo') ? 'demo' : journeyNames.some((name) => journeys[name].mode === 'api') ? 'api' : null;
  const admin = adminWanted && backend !== null;
  const signedInJourney = journeys.register.mode !== 'links' || journeys.change.mode !== 'links';

  return {
    backend,
    apiBaseUrl: backend === null ? null : backend === 'demo' ? build.apiBaseUrl : apiBaseUrl,
    journeys: {
      reset: journeyOf('reset', journeys.reset),
      register: journeyOf('register', journeys.register),
      change: journeyOf('change', journeys.change),
    },
    signIn: signedInJourney || admin,
    admin,
  };
}

interface JourneyChoice {
  mode: PortalMode;
  url: string;
  hint?: { param: string; value: string };
}

function journeyOf(name: JourneyName, journey: JourneyChoice): PortalJourney {
  return { mode: journey.mode, href: journey.mode === 'links' ? hostedPageUrl(journey.url, journey.hint) : journeyPaths[name] };
}

/** What a build does with no portal.json at all: every journey on its own back end. */
export function defaultPortalConfig(build: BuildDefaults): PortalConfig {
  return resolvePortalConfig(undefined, build, () => undefined);
}
