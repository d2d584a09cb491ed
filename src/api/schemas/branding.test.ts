import shipped from '../../../public/branding.json';
import { brandingSchema, type Branding } from './branding';
import { preferredLanguages } from './common';

const branding = brandingSchema.parse(shipped);

describe('the branding schema: the default language and the footer labels', () => {
  it.each(preferredLanguages)('takes %s as the default language, and a footer label in it', (language) => {
    const result = brandingSchema.safeParse({ ...branding, defaultLanguage: language, footerLinks: [{ label: { [language]: 'Privacy' }, url: 'https://www.contoso.com/privacy' }] });
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('takes all twelve of the portal’s languages, the same tags as a user’s preferred language', () => {
    expect(preferredLanguages).toEqual(['en', 'nl', 'de', 'fr', 'es', 'it', 'pt-BR', 'pl', 'sv', 'ja', 'zh-Hans', 'ar']);
  });

  it('keeps older branding valid: en or nl, labels as one string for every language', () => {
    const older: Branding = { ...branding, defaultLanguage: 'nl', footerLinks: [{ label: 'Privacy', url: 'https://www.contoso.com/privacy' }] };
    expect(brandingSchema.parse(older)).toEqual(older);
    expect(brandingSchema.parse({ ...older, defaultLanguage: 'en' }).defaultLanguage).toBe('en');
  });

  it('refuses a language the portal does not ship, naming the field and the languages it takes', () => {
    for (const unknown of ['tlh', 'EN', 'de-DE', 'en-XA', '']) {
      const result = brandingSchema.safeParse({ ...branding, defaultLanguage: unknown });
      expect(result.success).toBe(false);
      expect(result.error?.issues).toEqual([expect.objectContaining({ code: 'invalid_value', path: ['defaultLanguage'], values: [...preferredLanguages] })]);
    }
  });

  it('refuses a footer label keyed by a language the portal does not ship', () => {
    const result = brandingSchema.safeParse({ ...branding, footerLinks: [{ label: { tlh: 'Privacy' }, url: 'https://www.contoso.com/privacy' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(expect.objectContaining({ code: 'unrecognized_keys', keys: ['tlh'], path: ['footerLinks', 0, 'label'] }));
  });
});
