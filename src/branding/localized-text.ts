import { useTranslation } from 'react-i18next';
import type { Language } from '@/api/schemas/common';
import type { LocalizedText } from '@/api/schemas/branding';
import { useBranding } from './branding-provider';

/** A branding text in `language`: its own value, else the default language's, else any there is. */
export function localizedText(text: LocalizedText, language: string, defaultLanguage: Language): string {
  if (typeof text === 'string') return text;
  const own = (text as Record<string, string | undefined>)[language];
  return own ?? text[defaultLanguage] ?? Object.values(text).find((value) => value !== undefined) ?? '';
}

/** `localizedText` in the page's language, with the branding's default language as fallback. */
export function useLocalizedText(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  const { branding } = useBranding();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (text) => localizedText(text, language, branding.defaultLanguage);
}
