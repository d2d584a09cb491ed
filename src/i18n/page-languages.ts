import { languageRegistryId, type RegistryEntry } from './language-registry';
import type { LanguageInfo, LanguageTag } from './languages';
import { en } from './locales/en';

/**
 * The languages the app offers, as the page carries them (`language-registry.ts`): the list is
 * data in `index.html`, never code in home's chunk, and each language's strings load from the URL
 * the build wrote there. Where there is no page (the prerender, tests), `installLanguages` puts the
 * registry (`languages.ts`) in its place; with neither, the app speaks English.
 */
export type PageLanguage = Pick<LanguageInfo<LanguageTag>, 'tag' | 'name' | 'dir' | 'load' | 'demoOnly'>;

const english: PageLanguage = { tag: 'en', name: 'English', dir: 'ltr', load: () => Promise.resolve(en) };

let current: readonly PageLanguage[] | null = null;

function fromEntry(entry: RegistryEntry): PageLanguage {
  const { module, export: name = '' } = entry;
  const load = module ? () => import(/* @vite-ignore */ module).then((loaded: Record<string, object>) => loaded[name]!) : english.load;
  return { tag: entry.tag as LanguageTag, name: entry.name, dir: entry.dir, demoOnly: entry.demoOnly, load };
}

/** The languages of a page's registry block; English alone when it has none. */
export function languagesOfPage(page: Pick<Document, 'getElementById'> | undefined): readonly PageLanguage[] {
  const block = page?.getElementById(languageRegistryId);
  if (!block?.textContent) return [english];
  return (JSON.parse(block.textContent) as RegistryEntry[]).map(fromEntry);
}

/** The languages, in the switcher's order (English first). */
export function pageLanguages(): readonly PageLanguage[] {
  return (current ??= languagesOfPage(typeof document === 'undefined' ? undefined : document));
}

/** Where the page has no registry block (the prerender, tests): the registry itself. */
export function installLanguages(languages: readonly PageLanguage[]): void {
  current = languages;
}

export function languageInfo(tag: LanguageTag): PageLanguage {
  return pageLanguages().find((entry) => entry.tag === tag) ?? pageLanguages()[0] ?? english;
}

export function isLanguageTag(value: unknown): value is LanguageTag {
  return typeof value === 'string' && pageLanguages().some((entry) => entry.tag === value);
}

/** The tags, in the switcher's order. */
export function languageTags(): LanguageTag[] {
  return pageLanguages().map((entry) => entry.tag);
}
