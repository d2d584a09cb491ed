import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBranding } from '@/branding';
import { setLanguage, storedLanguage, toLanguage } from '@/i18n';

/**
 * The person's stored choice wins; else the organisation's default language; `<html lang>`
 * always follows the language shown.
 */
export function LanguageSync() {
  const { i18n } = useTranslation();
  const { branding } = useBranding();
  useEffect(() => {
    const wanted = storedLanguage() ?? branding.defaultLanguage;
    if (toLanguage(i18n.language) !== wanted) void setLanguage(i18n, wanted);
  }, [branding.defaultLanguage, i18n]);
  useEffect(() => {
    const apply = (language: string) => {
      document.documentElement.lang = toLanguage(language);
    };
    apply(i18n.language);
    i18n.on('languageChanged', apply);
    return () => i18n.off('languageChanged', apply);
  }, [i18n]);
  return null;
}
