import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { appRunningAttribute, earlyLanguageScript, languagePendingAttribute, revealAfterMs } from './early-language-script';
import { languageStorageKey } from './language-keys';
import { languageRegistryId } from './language-registry';
import { languages } from './languages';
import { pickLanguage } from './pick-language';

interface Run {
  search?: string;
  stored?: string | null;
  browser?: string[];
  pageLanguage?: string;
  storageThrows?: boolean;
  /** Another language list than the registry's, to try the matching on tags it lacks. */
  tags?: readonly string[];
}

/** Runs the inline script as the browser would, against a stand-in document. */
function run({ search = '', stored = null, browser = ['en-US'], pageLanguage = 'en', storageThrows = false, tags }: Run) {
  const attributes = new Map<string, string>();
  const timers: { ms: number; callback: () => void }[] = [];
  // The page's registry block (language-registry.ts): only the tags matter here.
  const registry = JSON.stringify((tags ?? languages).map((tag) => ({ tag, name: tag, dir: 'ltr' })));
  runInNewContext(earlyLanguageScript, {
    URLSearchParams,
    location: { search },
    localStorage: {
      getItem: (key: string) => {
        if (storageThrows) throw new Error('denied');
        return key === languageStorageKey ? stored : null;
      },
    },
    navigator: { languages: browser, language: browser[0] },
    document: {
      getElementById: (id: string) => (id === languageRegistryId ? { textContent: registry } : null),
      documentElement: {
        lang: pageLanguage,
        setAttribute: (name: string, value: string) => attributes.set(name, value),
        removeAttribute: (name: string) => attributes.delete(name),
        hasAttribute: (name: string) => attributes.has(name),
      },
    },
    setTimeout: (callback: () => void, ms: number) => timers.push({ callback, ms }),
  });
  return { pending: attributes.get(languagePendingAttribute) ?? null, timers, attributes };
}

describe('the early language check (the page’s one inline script)', () => {
  it('decides by the registry’s tags as the page carries them, so a new language leaves it as it is', () => {
    expect(earlyLanguageScript).toContain(JSON.stringify(languageRegistryId));
    expect(earlyLanguageScript).toContain(JSON.stringify(languageStorageKey));
    for (const tag of languages.filter((candidate) => candidate !== 'en')) expect(earlyLanguageScript).not.toContain(`"${tag}"`);
  });

  it('leaves the text alone when the person gets the prerendered language', () => {
    expect(run({}).pending).toBeNull();
    expect(run({ browser: ['sw-KE', 'en-GB'] }).pending).toBeNull();
    expect(run({ browser: ['sw-KE'] }).pending).toBeNull();
  });

  it('hides the text for ?lang=, then the remembered choice, then the browser’s languages, in that order', () => {
    expect(run({ search: '?lang=nl', stored: 'en' }).pending).toBe('nl');
    expect(run({ stored: 'nl', browser: ['en-US'] }).pending).toBe('nl');
    expect(run({ stored: 'en', browser: ['nl-NL'] }).pending).toBeNull();
    expect(run({ browser: ['sw', 'de-AT', 'en'] }).pending).toBe('de');
    expect(run({ search: '?lang=xx', stored: 'ar' }).pending).toBe('ar');
    expect(run({ storageThrows: true, browser: ['NL'] }).pending).toBe('nl');
    expect(run({ pageLanguage: 'nl', browser: ['nl-NL'] }).pending).toBeNull();
  });

  // The page's text is hidden for exactly the people the app then shows another language to.
  const cases: Run[] = [
    {},
    { browser: ['de-AT'] },
    { browser: ['fr-CA', 'nl'] },
    { browser: ['ar-EG'] },
    { browser: ['en-XA'] },
    { browser: ['EN-xa'] },
    { browser: ['sw', 'ja-JP'] },
    { browser: [] },
    { search: '?lang=fr', stored: 'de', browser: ['nl'] },
    { search: '?lang=de-CH', browser: ['en'] },
    { search: '?lang=xx', stored: 'ar', browser: ['nl'] },
    { search: '?other=1', stored: 'fr' },
    { stored: 'de-AT', browser: ['nl'] },
    { stored: 'en', browser: ['de'] },
    { stored: 'en-XA' },
    { storageThrows: true, browser: ['ar'] },
    { browser: ['zh-TW', 'zh-Hant-CN', 'sw', 'fr-CA'], tags: ['en', 'nl', 'de', 'fr', 'pt-BR', 'zh-Hans', 'ar'] },
    { browser: ['zh-HK'], tags: ['en', 'zh-Hans'] },
    { browser: ['zh-SG'], tags: ['en', 'zh-Hans'] },
    { browser: ['pt-PT'], tags: ['en', 'pt-BR'] },
  ];
  it.each(cases)('decides as pickLanguage does: %j', (wanted) => {
    const { search = '', stored = null, browser = ['en-US'], storageThrows = false, tags = languages } = wanted;
    const query = new URLSearchParams(search).get('lang');
    // The app's stored choice is one of its tags or nothing (storedLanguage).
    const remembered = storageThrows || !(languages as readonly (string | null)[]).includes(stored) ? null : stored;
    const picked = pickLanguage({ query, stored: remembered, browser }, tags);
    expect(run(wanted).pending).toBe(picked === 'en' ? null : picked);
  });

  it('never hides the text for long: a timer shows it again', () => {
    const { timers, attributes } = run({ stored: 'nl' });
    expect(timers).toHaveLength(1);
    expect(timers[0]!.ms).toBe(revealAfterMs);
    timers[0]!.callback();
    expect(attributes.has(languagePendingAttribute)).toBe(false);
  });

  it('leaves the text to the app once the app runs (the app has its own, longer timer)', () => {
    const { timers, attributes } = run({ stored: 'nl' });
    attributes.set(appRunningAttribute, '');
    timers[0]!.callback();
    expect(attributes.get(languagePendingAttribute)).toBe('nl');
  });

  it('is allowed by the nginx recipe’s CSP through its sha256 hash', () => {
    const hash = createHash('sha256').update(earlyLanguageScript).digest('base64');
    const conf = readFileSync(new URL('../../deploy/nginx/security-headers.conf', import.meta.url), 'utf8');
    const scriptSrc = /script-src ([^;]+);/.exec(conf)?.[1];
    expect(scriptSrc?.split(' '), 'the script changed: put its new hash in deploy/nginx/security-headers.conf').toContain(`'sha256-${hash}'`);
  });
});
