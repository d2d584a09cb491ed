import type { PluralForm } from './locale-type';
import { en, type Locale } from './locales/en';

/**
 * The languages of the portal: adding one is ONE file `locales/<tag>.ts` and ONE line here
 * (docs/i18n.md). English ships with the app; every other language is its own chunk, loaded when
 * it is chosen (and preloaded beside the app when it is the start language).
 *
 * The app never imports this file's values (only its types): the build writes the list into
 * `index.html` (scripts/lib/language-registry-plugin.ts) and the app reads it there
 * (`page-languages.ts`), so adding a language adds 0 bytes to home's JavaScript. The build, the
 * prerender and the tests import it.
 */
export interface LanguageInfo<Tag extends string = string> {
  /** BCP 47, as i18next, `<html lang>` and `?lang=` use it. */
  tag: Tag;
  /** The language's name in itself, as the switcher shows it ("Deutsch", "العربية"). */
  name: string;
  dir: 'ltr' | 'rtl';
  /** The plural categories `Intl.PluralRules` gives the language; the file has `x_<form>` for each. */
  plurals: readonly PluralForm[];
  load: () => Promise<object>;
  /** Offered in demo builds only (the en-XA pseudo-locale). */
  demoOnly?: boolean;
}

/** One registry line; the loader's file must have every key, with the plural forms listed. */
function language<const Tag extends string, F extends PluralForm>(
  tag: Tag,
  name: string,
  dir: 'ltr' | 'rtl',
  plurals: readonly F[],
  load: () => Promise<Locale<F>>,
  options: { demoOnly?: boolean } = {},
): LanguageInfo<Tag> {
  return { tag, name, dir, plurals, load, ...options };
}

export const languageList = [
  language('en', 'English', 'ltr', ['one', 'other'], () => Promise.resolve(en)),
  language('nl', 'Nederlands', 'ltr', ['one', 'other'], () => import('./locales/nl').then((module) => module.nl)),
  language('de', 'Deutsch', 'ltr', ['one', 'other'], () => import('./locales/de').then((module) => module.de)),
  language('fr', 'Français', 'ltr', ['one', 'many', 'other'], () => import('./locales/fr').then((module) => module.fr)),
  language('ar', 'العربية', 'rtl', ['zero', 'one', 'two', 'few', 'many', 'other'], () => import('./locales/ar').then((module) => module.ar)),
  language('es', 'Español', 'ltr', ['one', 'many', 'other'], () => import('./locales/es').then((module) => module.es)),
  language('it', 'Italiano', 'ltr', ['one', 'many', 'other'], () => import('./locales/it').then((module) => module.it)),
  language('pt-BR', 'Português (Brasil)', 'ltr', ['one', 'many', 'other'], () => import('./locales/pt-BR').then((module) => module.ptBR)),
  language('pl', 'Polski', 'ltr', ['one', 'few', 'many', 'other'], () => import('./locales/pl').then((module) => module.pl)),
  language('sv', 'Svenska', 'ltr', ['one', 'other'], () => import('./locales/sv').then((module) => module.sv)),
  language('ja', '日本語', 'ltr', ['other'], () => import('./locales/ja').then((module) => module.ja)),
  language('zh-Hans', '简体中文', 'ltr', ['other'], () => import('./locales/zh-Hans').then((module) => module.zhHans)),
  language('en-XA', '[Ƥšéúðó]', 'ltr', ['one', 'other'], () => import('./locales/en-XA').then((module) => module.enXA), { demoOnly: true }),
] as const;

export type LanguageTag = (typeof languageList)[number]['tag'];

/** The tags, in the switcher's order. */
export const languages: readonly LanguageTag[] = languageList.map((entry) => entry.tag);

/** A language of the registry (for the build and the tests; the app asks `page-languages.ts`). */
export function languageInfo(tag: LanguageTag): LanguageInfo<LanguageTag> {
  return languageList.find((entry) => entry.tag === tag) ?? languageList[0];
}
