import { z } from 'zod/mini';
import { preferredLanguageSchema, type PreferredLanguage } from './common';

export const hexColorSchema = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'hex_color'));

/** The 16 steps of a Fluent `BrandVariants` ramp. */
export const rampSteps = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160] as const;

export const brandRampSchema = z.strictObject(
  Object.fromEntries(rampSteps.map((step) => [String(step), hexColorSchema])) as Record<
    `${(typeof rampSteps)[number]}`,
    typeof hexColorSchema
  >,
);
export type BrandRamp = z.infer<typeof brandRampSchema>;

/**
 * A logo or favicon: https, same-origin (a path starting with `/`) or a data URL of a raster
 * image or sanitised SVG. The engine rejects anything else with `validation_failed`.
 */
export const imageRefSchema = z.nullable(z.string().check(z.maxLength(200_000)));

const footerTextSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(60));

/**
 * A branding text in one language for all (a plain string, as before) or one value per language
 * (`{ "en": "Terms of use", "de": "Nutzungsbedingungen" }`, at least one), keyed by any of the
 * portal's languages. A language without a value shows the branding's `defaultLanguage` (then any
 * value there is).
 */
export const localizedFooterTextSchema = z.union([
  footerTextSchema,
  z.partialRecord(preferredLanguageSchema, footerTextSchema).check(z.refine((texts) => Object.keys(texts).length > 0, 'required')),
]);
export type LocalizedText = string | Partial<Record<PreferredLanguage, string>>;

export const footerLinkSchema = z.strictObject({
  label: localizedFooterTextSchema,
  url: z.string().check(z.maxLength(500)),
});

export const brandingSchema = z.strictObject({
  organizationName: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  logo: z.strictObject({ light: imageRefSchema, dark: imageRefSchema }),
  favicon: imageRefSchema,
  brandColor: hexColorSchema,
  /** A full ramp; when set it wins over `brandColor`. */
  brandRamp: z.nullable(brandRampSchema),
  background: z.nullable(hexColorSchema),
  helpdeskUrl: z.nullable(z.string().check(z.maxLength(500))),
  footerLinks: z.array(footerLinkSchema).check(z.maxLength(8)),
  /**
   * The organisation's language, any of the portal's (BCP 47, the same tags as a user's
   * `preferredLanguage`; once only `en` or `nl`, which stay valid): a first visit whose browser
   * asks for none of ours opens in it, and messages to a person without a preferred language use it.
   */
  defaultLanguage: preferredLanguageSchema,
  /** The address people type (for the rollout kit), e.g. https://passwords.contoso.com */
  portalUrl: z.string().check(z.maxLength(500)),
});
export type Branding = z.infer<typeof brandingSchema>;

/**
 * GET /branding: the effective branding. `customized` is false while no admin has saved
 * any, so the client may prefer the organisation's runtime `/branding.json`.
 */
export const effectiveBrandingSchema = z.object({
  ...brandingSchema.shape,
  customized: z.boolean(),
  helpdesk: z.object({
    mode: z.enum(['default', 'custom']),
    contact: z.nullable(z.string()),
  }),
});
export type EffectiveBranding = z.infer<typeof effectiveBrandingSchema>;
