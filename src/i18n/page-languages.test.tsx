import { languageRegistryId, localeExport, type RegistryEntry } from './language-registry';
import { languageList } from './languages';
import { en } from './locales/en';
import { languagesOfPage } from './page-languages';

/** A page with the registry block the build writes (scripts/lib/language-registry-plugin.ts). */
function pageWith(entries: RegistryEntry[]): Document {
  const page = document.implementation.createHTMLDocument('portal');
  const block = page.createElement('script');
  block.type = 'application/json';
  block.id = languageRegistryId;
  block.textContent = JSON.stringify(entries).replace(/</g, '\\u003c');
  page.head.append(block);
  return page;
}

describe('the languages the page carries', () => {
  it('are the block’s, in its order, each with its name and direction', () => {
    const entries: RegistryEntry[] = languageList.map(({ tag, name, dir }) => ({ tag, name, dir, ...(tag === 'en' ? {} : { module: `/assets/${tag}.js`, export: localeExport(tag) }) }));
    const languages = languagesOfPage(pageWith(entries));
    expect(languages.map(({ tag, name, dir }) => ({ tag, name, dir }))).toEqual(languageList.map(({ tag, name, dir }) => ({ tag, name, dir })));
    expect(languages.find((language) => language.tag === 'ar')?.dir).toBe('rtl');
  });

  it('keep English in the app: its strings need no chunk', async () => {
    const [english] = languagesOfPage(pageWith([{ tag: 'en', name: 'English', dir: 'ltr' }]));
    await expect(english!.load()).resolves.toBe(en);
  });

  it('are English alone on a page without the block', () => {
    expect(languagesOfPage(document.implementation.createHTMLDocument('bare')).map((language) => language.tag)).toEqual(['en']);
    expect(languagesOfPage(undefined).map((language) => language.tag)).toEqual(['en']);
  });

  it('name a chunk’s export after its tag, as the locale files do', () => {
    expect(['nl', 'pt-BR', 'zh-Hans', 'en-XA'].map(localeExport)).toEqual(['nl', 'ptBR', 'zhHans', 'enXA']);
  });
});
