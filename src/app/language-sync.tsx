import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBranding } from '@/branding';
import { initialLanguage, languageDir, revealText, setLanguage, toLanguageTag, type LanguageTag } from '@/i18n';

/**
 * A `?lang=` link, the person's stored choice, then their browser's languages win; else the
 * organisation's default language. `<html lang dir>` always follow the language shown. Text the
 * page's early check hid (another language than the prerendered one,
 * src/i18n/early-language-script.ts) shows once that language is rendered.
 */
export function LanguageSync() {
  const { i18n } = useTranslation();
  const { branding } = useBranding();
  const shown = toLanguageTag(i18n.language);
  const wanted = useRef<LanguageTag | null>(null);
  useEffect(() => {
    const picked = initialLanguage(branding.defaultLanguage);
    wanted.current = picked;
    if (toLanguageTag(i18n.language) === picked) revealText();
    else void setLanguage(i18n, picked).catch(revealText);
  }, [branding.defaultLanguage, i18n]);
  useEffect(() => {
    if (shown === wanted.current) revealText();
  }, [shown]);
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
