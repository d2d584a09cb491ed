import { useTranslation } from 'react-i18next';
import type { Language } from '@/api';
import { apiReferenceEn, type ApiReferenceMessages } from './en';
import { apiReferenceNl } from './nl';

export const apiReferenceNamespace = 'apiReference';
const bundles: Record<Language, ApiReferenceMessages> = { en: apiReferenceEn, nl: apiReferenceNl };

/** `t` of the reference's strings, which ship with its lazy chunk (added on first use), and the app's `i18n`. */
export function useApiReferenceTranslation() {
  const { i18n } = useTranslation();
  for (const [language, bundle] of Object.entries(bundles)) {
    if (!i18n.hasResourceBundle(language, apiReferenceNamespace))
      i18n.addResourceBundle(language, apiReferenceNamespace, bundle, true, true);
  }
  return useTranslation(apiReferenceNamespace);
}
