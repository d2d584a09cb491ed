import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languageSchema, type Language } from '@/api';
import { languageStorageKey as storageKey } from './early-language-script';
import { en, type Messages } from './locales/en';

export const languages = languageSchema.options;

/** The language the person picked before, if any. */
export function storedLanguage(): Language | null {
  try {
    const parsed = languageSchema.safeParse(localStorage.getItem(storageKey));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/** The browser's preferred language when we support it. */
export function browserLanguage(): Language | null {
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of preferred) {
    const parsed = languageSchema.safeParse(tag.slice(0, 2).toLowerCase());
    if (parsed.success) return parsed.data;
  }
  return null;
}

export function toLanguage(value: string | undefined): Language {
  const parsed = languageSchema.safeParse(value?.slice(0, 2));
  return parsed.success ? parsed.data : 'en';
}

export function initialLanguage(): Language {
  return storedLanguage() ?? browserLanguage() ?? 'en';
}

// English ships with the app; other languages load when someone needs them.
const loaders: Record<Language, () => Promise<Messages>> = {
  en: () => Promise.resolve(en),
  nl: () => import('./locales/nl').then((module) => module.nl),
};

/** Loads a language's messages (once) and switches to it. */
export async function setLanguage(instance: I18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, 'translation')) {
    instance.addResourceBundle(language, 'translation', await loaders[language](), true, false);
  }
  await instance.changeLanguage(language);
}

/**
 * A fresh, initialised i18next instance (one per app, and one per test). English is there at
 * once; another `initial` language follows as soon as its messages load (await `setLanguage`
 * instead to have it before the first render).
 */
export function createI18n(initial: Language = 'en'): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...languages],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    showSupportNotice: false,
  });
  if (initial !== 'en') void setLanguage(instance, initial);
  return instance;
}
