import { useTranslation } from 'react-i18next';
import type { PreferredLanguage } from '@/api/schemas/common';
import type { LocalizedText } from '@/api/schemas/branding';
import { useBranding } from './branding-provider';

/** A branding text in `language`: its own value, else the default language's, else any there is; and the language it is in (unknown for a plain string). */
export function localizedTextIn(text: LocalizedText, language: string, defaultLanguage: PreferredLanguage): { text: string; lang?: string } {
  if (typeof text === 'string') return { text };
  const values = text as Record<string, string | undefined>;
  const lang = [language, defaultLanguage, ...Object.keys(values)].find((candidate) => values[candidate] !== undefined);
  return lang === undefined ? { text: '' } : { text: values[lang] ?? '', lang };
}

/** A branding text in `language`: its own value, else the default language's, else any there is. */
export function localizedText(text: LocalizedText, language: string, defaultLanguage: PreferredLanguage): string {
  return localizedTextIn(text, language, defaultLanguage).text;
}

/** `localizedText` in the page's language, with the branding's default language as fallback. */
export function useLocalizedText(): (text: LocalizedText) => string {
  const inLanguage = useLocalizedPart();
  return (text) => inLanguage(text).text;
}

/**
 * `useLocalizedText`, and `lang` when the text is in another language than the page's (a fallback):
 * set it on the text's element, so it is read in its own language (WCAG 3.1.2).
 */
export function useLocalizedPart(): (text: LocalizedText) => { text: string; lang?: string } {
  const { i18n } = useTranslation();
  const { branding } = useBranding();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (text) => {
    const part = localizedTextIn(text, language, branding.defaultLanguage);
    return part.lang === language ? { text: part.text } : part;
  };
}
