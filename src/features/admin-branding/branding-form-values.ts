import { z } from 'zod/mini';
import { brandingSchema, type Branding, type LocalizedText } from '@/api/schemas/branding';
import { languageSchema, type Language } from '@/api/schemas/common';

export const languages = languageSchema.options;

/** What the form edits: every footer label as one text per language ('' = use the default language's). */
const labelText = z.string().check(z.maxLength(60));
const labelsSchema = z.strictObject({ en: labelText, nl: labelText } satisfies Record<Language, typeof labelText>);

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
function labelsOf(label: LocalizedText, defaultLanguage: Language): Record<Language, string> {
  const texts = typeof label === 'string' ? { [defaultLanguage]: label } : label;
  return Object.fromEntries(languages.map((language) => [language, texts[language] ?? ''])) as Record<Language, string>;
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
