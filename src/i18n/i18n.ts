import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languageQueryParameter, languageStorageKey as storageKey } from './language-keys';
import type { LanguageTag } from './languages';
import { en } from './locales/en';
import { isLanguageTag, languageInfo, languageTags } from './page-languages';
import { pickLanguage } from './pick-language';

/** The language the person picked before, if any. */
export function storedLanguage(): LanguageTag | null {
  try {
    const stored = localStorage.getItem(storageKey);
    return isLanguageTag(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function storeLanguage(language: LanguageTag): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
}

function queryLanguage(): string | null {
  return typeof location === 'undefined' ? null : new URLSearchParams(location.search).get(languageQueryParameter);
}

/** The browser's preferred language when we support it. */
export function browserLanguage(): LanguageTag | null {
  const picked = pickLanguage({ browser: browserLanguages() }, languageTags());
  return isLanguageTag(picked) ? picked : null;
}

/** A registry tag for whatever i18next holds, English when it is none of ours. */
export function toLanguageTag(value: string | undefined): LanguageTag {
  return isLanguageTag(value) ? value : 'en';
}

/**
 * The language to start in: `?lang=` (remembered as the person's choice), their remembered
 * choice, the browser's languages, the organisation's default (`organisation`), English.
 */
export function initialLanguage(organisation?: string | null): LanguageTag {
  const query = queryLanguage();
  const linked = pickLanguage({ query }, languageTags());
  if (isLanguageTag(linked)) storeLanguage(linked);
  return toLanguageTag(pickLanguage({ query, stored: storedLanguage(), browser: browserLanguages(), organisation }, languageTags()) ?? undefined);
}

/** Loads a language's messages (once) and switches to it. */
export async function setLanguage(instance: I18n, language: LanguageTag): Promise<void> {
  if (!instance.hasResourceBundle(language, 'translation')) {
    instance.addResourceBundle(language, 'translation', await languageInfo(language).load(), true, false);
  }
  await instance.changeLanguage(language);
}

/** `ltr` or `rtl`, for `<html dir>` and Fluent's provider. */
export function languageDir(language: string | undefined): 'ltr' | 'rtl' {
  return languageInfo(toLanguageTag(language)).dir;
}

/**
 * A fresh, initialised i18next instance (one per app, and one per test). English is there at
 * once; another `initial` language follows as soon as its messages load (await `setLanguage`
 * instead to have it before the first render).
 */
export function createI18n(initial: LanguageTag = 'en'): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: languageTags(),
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    showSupportNotice: false,
  });
  if (initial !== 'en') void setLanguage(instance, initial);
  return instance;
}

/**
 * A code, phone number, e-mail address or user ID inside a sentence: in a right-to-left language
 * it is isolated left to right (LRI … PDI, the plain-text `<bdi dir="ltr">`), so "+31 •• 78" is
 * not reordered; in a left-to-right one it is left as it is. `t` gives the page's language.
 */
export function ltrInText(t: (key: 'common.locale') => string, value: string): string {
  return languageDir(t('common.locale')) === 'rtl' ? `\u2066${value}\u2069` : value;
}
