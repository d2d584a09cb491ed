import { useTranslation } from 'react-i18next';
import { apiReferenceDe } from './de';
import { apiReferenceEn } from './en';
import { apiReferenceFr } from './fr';
import { apiReferenceNl } from './nl';

export const apiReferenceNamespace = 'apiReference';
/** The reference's languages; in any other it is English, with `lang="en"` on it (`TranslatedPart`). */
const bundles = { en: apiReferenceEn, nl: apiReferenceNl, de: apiReferenceDe, fr: apiReferenceFr } as const;
export const apiReferenceLanguages = Object.keys(bundles) as readonly (keyof typeof bundles)[];

/** `t` of the reference's strings, which ship with its lazy chunk (added on first use), and the app's `i18n`. */
export function useApiReferenceTranslation() {
  const { i18n } = useTranslation();
  for (const [language, bundle] of Object.entries(bundles)) {
    if (!i18n.hasResourceBundle(language, apiReferenceNamespace))
      i18n.addResourceBundle(language, apiReferenceNamespace, bundle, true, true);
  }
  return useTranslation(apiReferenceNamespace);
}
