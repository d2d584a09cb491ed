import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { languageSchema } from '@/api';
import { earlyLanguageScript, languagePendingAttribute, languageStorageKey, revealAfterMs, shippedLanguages } from './early-language-script';

interface Run {
  search?: string;
  stored?: string | null;
  browser?: string[];
  pageLanguage?: string;
  storageThrows?: boolean;
}

/** Runs the inline script as the browser would, against a stand-in document. */
function run({ search = '', stored = null, browser = ['en-US'], pageLanguage = 'en', storageThrows = false }: Run) {
  const attributes = new Map<string, string>();
  const timers: { ms: number; callback: () => void }[] = [];
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
      documentElement: {
        lang: pageLanguage,
        setAttribute: (name: string, value: string) => attributes.set(name, value),
        removeAttribute: (name: string) => attributes.delete(name),
      },
    },
    setTimeout: (callback: () => void, ms: number) => timers.push({ callback, ms }),
  });
  return { pending: attributes.get(languagePendingAttribute) ?? null, timers, attributes };
}

describe('the early language check (the page’s one inline script)', () => {
  it('knows the languages and the storage key the app uses', () => {
    expect([...shippedLanguages]).toEqual([...languageSchema.options]);
    expect(languageStorageKey).toBe('password-portal.language');
  });

  it('leaves the text alone when the person gets the prerendered language', () => {
    expect(run({}).pending).toBeNull();
    expect(run({ browser: ['fr-FR', 'en-GB'] }).pending).toBeNull();
    expect(run({ browser: ['fr-FR'] }).pending).toBeNull();
  });

  it('hides the text for ?lang=, then the remembered choice, then the browser’s languages, in that order', () => {
    expect(run({ search: '?lang=nl', stored: 'en' }).pending).toBe('nl');
    expect(run({ stored: 'nl', browser: ['en-US'] }).pending).toBe('nl');
    expect(run({ stored: 'en', browser: ['nl-NL'] }).pending).toBeNull();
    expect(run({ browser: ['de-DE', 'nl-BE', 'en'] }).pending).toBe('nl');
    expect(run({ search: '?lang=xx', stored: 'nl' }).pending).toBe('nl');
    expect(run({ storageThrows: true, browser: ['NL'] }).pending).toBe('nl');
    expect(run({ pageLanguage: 'nl', browser: ['nl-NL'] }).pending).toBeNull();
  });

  it('never hides the text for long: a timer shows it again', () => {
    const { timers, attributes } = run({ stored: 'nl' });
    expect(timers).toHaveLength(1);
    expect(timers[0]!.ms).toBe(revealAfterMs);
    timers[0]!.callback();
    expect(attributes.has(languagePendingAttribute)).toBe(false);
  });

  it('is allowed by the nginx recipe’s CSP through its sha256 hash', () => {
    const hash = createHash('sha256').update(earlyLanguageScript).digest('base64');
    const conf = readFileSync(new URL('../../deploy/nginx/security-headers.conf', import.meta.url), 'utf8');
    const scriptSrc = /script-src ([^;]+);/.exec(conf)?.[1];
    expect(scriptSrc).toBe(`'self' 'sha256-${hash}'`);
  });
});
