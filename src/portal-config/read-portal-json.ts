import { z } from 'zod/mini';
import {
  journeyNames,
  portalModes,
  settlePortalConfig,
  type BuildDefaults,
  type JourneyChoice,
  type JourneyName,
  type PortalConfig,
  type PortalMode,
  type Warn,
} from './portal-config';

/**
 * Reads `/portal.json` with zod, field by field. Its own chunk: `loadPortalConfig` loads it
 * beside the file, so the first page carries no schema.
 */

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

const fields = {
  $schema: z.string(),
  apiBaseUrl: z
    .string()
    .check(z.minLength(1), z.regex(/^(\/|https?:\/\/)/, 'a path starting with / or an http(s) URL')),
  admin: z.boolean(),
  journeys: z.record(z.string(), z.unknown()),
};

function issueText(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  field: string,
): string {
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

  const read = <T>(
    name: keyof typeof fields,
    schema: z.ZodMiniType<T>,
    fallback: T,
    fallbackText: string,
  ): T => {
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
  const admin = read('admin', fields.admin, true, 'true');
  const rawJourneys = read('journeys', fields.journeys, {}, 'the defaults');
  for (const key of Object.keys(rawJourneys)) {
    if (!journeyNames.some((name) => name === key))
      warn(`portal.json: journeys.${key}: unknown journey, ignored (${journeyNames.join(', ')})`);
  }

  const readJourney = (name: JourneyName): Partial<JourneyChoice> => {
    if (rawJourneys[name] === undefined) return {};
    const parsed = journeySchema.safeParse(rawJourneys[name]);
    if (parsed.success) return typeof parsed.data === 'string' ? { mode: parsed.data } : parsed.data;
    warn(`portal.json: ${issueText(parsed.error.issues, `journeys.${name}`)}; using ${defaultMode}`);
    return {};
  };
  return settlePortalConfig(
    {
      journeys: {
        reset: readJourney('reset'),
        register: readJourney('register'),
        change: readJourney('change'),
      },
      apiBaseUrl,
      admin,
    },
    build,
    warn,
  );
}
