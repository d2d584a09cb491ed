import { isPreferredLanguage, type PreferredLanguage } from '@/api/schemas/common';
import { pageLanguages } from './page-languages';

/**
 * The portal's language as the optional `preferredLanguage` of a registration or a completed reset
 * (the backend words the person's messages in it), read from `<html lang>`, which follows the
 * choice; nothing when it is no language of the contract (the en-XA pseudo-locale).
 */
export function preferredLanguageField(): { preferredLanguage?: PreferredLanguage } {
  const language = typeof document === 'undefined' ? undefined : document.documentElement.lang;
  return isPreferredLanguage(language) ? { preferredLanguage: language } : {};
}

/** A language's name in itself ("Deutsch", "العربية"): the registry's, else the browser's. */
export function nativeLanguageName(tag: string): string {
  const registered = pageLanguages().find((entry) => entry.tag === tag && !entry.demoOnly);
  if (registered) return registered.name;
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
