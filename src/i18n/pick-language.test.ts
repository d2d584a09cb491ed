import { pickLanguage } from './pick-language';
import { languages } from './languages';

const supported = ['en', 'nl', 'de', 'fr', 'pt-BR', 'zh-Hans', 'ar'];

describe('pickLanguage', () => {
  it.each([
    ['de-AT', 'de'],
    ['DE-de', 'de'],
    ['pt-PT', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['ar-EG', 'ar'],
    ['en-GB', 'en'],
  ])('the browser’s %s opens %s', (browser, expected) => {
    expect(pickLanguage({ browser: [browser] }, supported)).toBe(expected);
  });

  it.each([
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['ja-JP', 'ja'],
    ['sv-FI', 'sv'],
  ])('with Swedish, Japanese and Chinese shipped, the browser’s %s opens %s', (browser, expected) => {
    expect(pickLanguage({ browser: [browser] }, ['en', 'nl', 'sv', 'ja', 'zh-Hans'])).toBe(expected);
  });

  it('skips what it lacks, down the browser’s list (Traditional Chinese finds no Simplified)', () => {
    expect(pickLanguage({ browser: ['zh-TW', 'zh-Hant-CN', 'sw', 'fr-CA'] }, supported)).toBe('fr');
    expect(pickLanguage({ browser: ['zh-HK'] }, supported)).toBeNull();
  });

  it('takes ?lang= first, then the stored choice, the browser, the organisation', () => {
    const wanted = { query: 'fr', stored: 'nl', browser: ['de'], organisation: 'ar' };
    expect(pickLanguage(wanted, supported)).toBe('fr');
    expect(pickLanguage({ ...wanted, query: 'xx' }, supported)).toBe('nl');
    expect(pickLanguage({ ...wanted, query: null, stored: null }, supported)).toBe('de');
    expect(pickLanguage({ organisation: 'ar', browser: ['sw'] }, supported)).toBe('ar');
    expect(pickLanguage({}, supported)).toBeNull();
  });

  it('reads nothing outside its arguments, so its source can be inlined in index.html', () => {
    const inlined = new Function(`return (${pickLanguage.toString()})`)() as typeof pickLanguage;
    expect(inlined({ browser: ['pt-PT'] }, supported)).toBe('pt-BR');
  });
});

describe('pickLanguage on the registry’s own tags', () => {
  it.each([
    ['pt-PT', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['es-MX', 'es'],
    ['it-CH', 'it'],
    ['pl-PL', 'pl'],
  ])('the browser’s %s opens %s', (browser, expected) => {
    expect(pickLanguage({ browser: [browser] }, languages)).toBe(expected);
  });
});
