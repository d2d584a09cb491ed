import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBranding } from '@/branding';
import { initialLanguage, languageDir, setLanguage, toLanguageTag } from '@/i18n';

/**
 * A `?lang=` link, the person's stored choice, then their browser's languages win; else the
 * organisation's default language. `<html lang dir>` always follow the language shown.
 */
export function LanguageSync() {
  const { i18n } = useTranslation();
  const { branding } = useBranding();
  useEffect(() => {
    const wanted = initialLanguage(branding.defaultLanguage);
    if (toLanguageTag(i18n.language) !== wanted) void setLanguage(i18n, wanted);
  }, [branding.defaultLanguage, i18n]);
  useEffect(() => {
    const apply = (language: string) => {
      document.documentElement.lang = toLanguageTag(language);
      document.documentElement.dir = languageDir(language);
    };
    apply(i18n.language);
    i18n.on('languageChanged', apply);
    return () => i18n.off('languageChanged', apply);
  }, [i18n]);
  return null;
}
