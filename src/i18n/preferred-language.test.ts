import { afterEach, describe, expect, it, vi } from 'vitest';
import { preferredLanguages } from '@/api/schemas/common';
import { languageList } from './languages';
import { preferredLanguageField } from './preferred-language';

describe('preferredLanguage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const htmlLang = (lang: string) => vi.stubGlobal('document', { documentElement: { lang } });

  it('the contract lists every language of the registry (the pseudo-locale apart)', () => {
    const shipped = languageList.filter((entry) => !entry.demoOnly).map((entry) => entry.tag);
    expect(shipped.filter((tag) => !(preferredLanguages as readonly string[]).includes(tag))).toEqual([]);
  });

  it('sends the portal’s language, and nothing for the pseudo-locale', () => {
    htmlLang('ar');
    expect(preferredLanguageField()).toEqual({ preferredLanguage: 'ar' });
    htmlLang('en-XA');
    expect(preferredLanguageField()).toEqual({});
    vi.unstubAllGlobals();
    expect(preferredLanguageField()).toEqual({});
  });
});
