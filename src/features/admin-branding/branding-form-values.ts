import { z } from 'zod/mini';
import { brandingSchema, type Branding, type LocalizedText } from '@/api/schemas/branding';
import { preferredLanguages, type PreferredLanguage } from '@/api/schemas/common';

/** The languages a footer label may be written in, and the organisation's default: every one of the portal's. */
export const languages = preferredLanguages;

/** What the form edits: every footer label as one text per language ('' = use the default language's). */
const labelText = z.string().check(z.maxLength(60));
const labelsSchema = z.strictObject(Object.fromEntries(languages.map((language) => [language, labelText])) as Record<PreferredLanguage, typeof labelText>);

/** A link with no label yet, in any language. */
export function emptyLabels(): Record<PreferredLanguage, string> {
  return Object.fromEntries(languages.map((language) => [language, ''])) as Record<PreferredLanguage, string>;
}

export const brandingFormSchema = z
  .extend(brandingSchema, {
    footerLinks: z.array(z.strictObject({ label: labelsSchema, url: z.string().check(z.maxLength(500)) })).check(z.maxLength(8)),
  })
  .check(
    z.superRefine((values, context) => {
      values.footerLinks.forEach((link, index) => {
        if (link.label[values.defaultLanguage].trim() === '') {
          context.addIssue({ code: 'too_small', origin: 'string', minimum: 1, input: '', path: ['footerLinks', index, 'label', values.defaultLanguage] });
        }
      });
    }),
  );
export type BrandingFormValues = z.infer<typeof brandingFormSchema>;

/** A saved label as one text per language: a plain string is the default language's. */
function labelsOf(label: LocalizedText, defaultLanguage: PreferredLanguage): Record<PreferredLanguage, string> {
  const texts = typeof label === 'string' ? { [defaultLanguage]: label } : label;
  return { ...emptyLabels(), ...texts };
}

export function toFormValues(branding: Branding): BrandingFormValues {
  return { ...branding, footerLinks: branding.footerLinks.map((link) => ({ url: link.url, label: labelsOf(link.label, branding.defaultLanguage) })) };
}

/** What is saved: the languages given, each trimmed; the empty ones fall back to the default language. */
export function fromFormValues(values: BrandingFormValues): Branding {
  return {
    ...values,
    footerLinks: values.footerLinks.map((link) => ({
      url: link.url,
      label: Object.fromEntries(languages.flatMap((language) => (link.label[language].trim() === '' ? [] : [[language, link.label[language].trim()]]))),
    })),
  };
}
