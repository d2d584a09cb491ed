import type { TFunction } from 'i18next';
import { localeExport } from './language-registry';
import { languageList } from './languages';
import { localeProblems } from './locale-check';
import { en, type Locale } from './locales/en';

describe('every language of the registry', () => {
  it.each(languageList.map((entry) => [entry.tag, entry] as const))('%s has every key of English, its parameters and its plural forms', async (tag, entry) => {
    expect(localeProblems(en, await entry.load(), tag)).toEqual([]);
  });

  it.each(languageList.map((entry) => [entry.tag, entry] as const))('%s lists the plural forms Intl.PluralRules gives it', (tag, entry) => {
    expect([...entry.plurals].sort()).toEqual([...new Intl.PluralRules(tag).resolvedOptions().pluralCategories].sort());
  });

  it('has one entry per tag, English first (it ships with the app)', () => {
    const tags = languageList.map((entry) => entry.tag);
    expect(new Set(tags).size).toBe(tags.length);
    expect(tags[0]).toBe('en');
  });

  // The build makes `locales/<tag>.ts` the language's chunk and the app takes its export
  // `localeExport(tag)` (scripts/lib/language-registry-plugin.ts): the same strings as the loader's.
  it.each(languageList.filter((entry) => entry.tag !== 'en').map((entry) => [entry.tag, entry] as const))('%s is locales/<tag>.ts, its strings the export the build takes', async (tag, entry) => {
    const module = (await import(`./locales/${tag}.ts`)) as Record<string, unknown>;
    expect(module[localeExport(tag)]).toBe(await entry.load());
  });
});

describe('localeProblems', () => {
  const reference = { a: 'Hi {{name}}', n_one: 'One try', n_other: '{{count}} tries', too_many: 'At most {{max}}' };
  it('finds a missing key, a changed parameter and missing or foreign plural forms', () => {
    expect(localeProblems(reference, { a: 'Hallo {{naam}}', n_one: 'x', too_many: 'y {{max}}' }, 'nl')).toEqual([
      'nl: a has {{naam}}, which English does not',
      'nl: a lacks {{name}}',
      'nl: missing n_other',
    ]);
    expect(localeProblems(reference, { a: '{{name}}', n_other: '{{count}}', n_few: '{{count}}', too_many: '{{max}}' }, 'ja')).toEqual([
      'ja: n_few is not a key of English (plural forms of ja: other)',
    ]);
  });
});

describe('typed keys', () => {
  it('a typo in t() fails typecheck (tsc checks the @ts-expect-error below)', () => {
    const t = ((key: string) => key) as unknown as TFunction;
    // @ts-expect-error: no such key
    expect(t('common.contnue')).toBe('common.contnue');
    expect(t('common.continue')).toBe('common.continue');
  });
});

describe('the Locale type', () => {
  it('asks each language for its own plural forms (tsc checks these lines)', () => {
    const polish: Array<keyof Locale<'one' | 'few' | 'many' | 'other'>['common']> = ['untilIn_one', 'untilIn_few', 'untilIn_many', 'untilIn_other'];
    // @ts-expect-error: Japanese has only `other`, so no `_one`
    const japanese: keyof Locale<'other'>['common'] = 'untilIn_one';
    // `too_many` is a rule code, not a plural form: every language keeps it.
    const code: keyof Locale<'other'>['violations'] = 'too_many';
    expect([...polish, japanese, code]).toHaveLength(6);
  });
});

describe('the en-XA pseudo-locale', () => {
  it('accents, brackets and lengthens each string by about 35 %, keeping its parameters', async () => {
    const { pseudo } = await import('./locales/en-XA');
    const text = pseudo('Signed in as {{name}}');
    expect(text).toMatch(/^\[Šíĝñéð íñ áš \{\{name\}\}.*\]$/);
    expect(text.length).toBeGreaterThanOrEqual(Math.round('Signed in as {{name}}'.length * 1.3));
  });
});
