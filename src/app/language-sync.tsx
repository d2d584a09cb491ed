import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBranding } from '@/branding';
import { revealText, setLanguage, storedLanguage, toLanguage } from '@/i18n';

/**
 * The person's stored choice wins; else the organisation's default language; `<html lang>`
 * always follows the language shown. Text the page's early check hid (another language than the
 * prerendered one, src/i18n/early-language-script.ts) shows once that language is rendered.
 */
export function LanguageSync() {
  const { i18n } = useTranslation();
  const { branding } = useBranding();
  const wanted = storedLanguage() ?? branding.defaultLanguage;
  const shown = toLanguage(i18n.language);
  useEffect(() => {
    if (shown !== wanted) void setLanguage(i18n, wanted).catch(revealText);
    else revealText();
  }, [i18n, shown, wanted]);
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
