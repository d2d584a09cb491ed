import { brandingSchema } from '@/api/schemas/branding';
import { fallbackBranding } from './fallback-branding';
import { localizedText, localizedTextIn } from './localized-text';

describe('a branding text per language', () => {
  it('shows the page language’s value, else the default language’s, else any there is', () => {
    const terms = { en: 'Terms of use', nl: 'Gebruiksvoorwaarden' };
    expect(localizedText(terms, 'nl', 'en')).toBe('Gebruiksvoorwaarden');
    expect(localizedText(terms, 'en', 'nl')).toBe('Terms of use');
    expect(localizedText({ en: 'Privacy' }, 'nl', 'en')).toBe('Privacy');
    expect(localizedText({ nl: 'Privacyverklaring' }, 'en', 'en')).toBe('Privacyverklaring');
  });

  it('says which language the text is in, so a fallback can be marked with lang', () => {
    const terms = { en: 'Terms of use', nl: 'Gebruiksvoorwaarden' };
    expect(localizedTextIn(terms, 'nl', 'en')).toEqual({ text: 'Gebruiksvoorwaarden', lang: 'nl' });
    expect(localizedTextIn(terms, 'ar', 'en')).toEqual({ text: 'Terms of use', lang: 'en' });
    expect(localizedTextIn({ nl: 'Privacyverklaring' }, 'de', 'en')).toEqual({ text: 'Privacyverklaring', lang: 'nl' });
    expect(localizedTextIn('Privacy', 'ar', 'en')).toEqual({ text: 'Privacy' });
  });

  it('still takes one plain string for every language (the contract only grew)', () => {
    expect(localizedText('Privacy', 'nl', 'en')).toBe('Privacy');
    const plain = { ...fallbackBranding, footerLinks: [{ label: 'Privacy', url: 'https://www.contoso.com/privacy' }] };
    expect(brandingSchema.safeParse(plain).success).toBe(true);
    expect(brandingSchema.safeParse({ ...plain, footerLinks: [{ label: {}, url: '/privacy' }] }).success).toBe(false);
    // Any of the portal's languages, none other.
    expect(brandingSchema.safeParse({ ...plain, footerLinks: [{ label: { de: 'Datenschutz' }, url: '/privacy' }] }).success).toBe(true);
    expect(brandingSchema.safeParse({ ...plain, footerLinks: [{ label: { tlh: 'Datenschutz' }, url: '/privacy' }] }).success).toBe(false);
  });

  it('falls back on any default language, then on any label there is', () => {
    const terms = { de: 'Nutzungsbedingungen', en: 'Terms of use' };
    expect(localizedTextIn(terms, 'ja', 'de')).toEqual({ text: 'Nutzungsbedingungen', lang: 'de' });
    expect(localizedTextIn(terms, 'en', 'de')).toEqual({ text: 'Terms of use', lang: 'en' });
    expect(localizedTextIn({ ja: 'プライバシー' }, 'ar', 'de')).toEqual({ text: 'プライバシー', lang: 'ja' });
  });

  it('ships Dutch footer labels in public/branding.json', () => {
    expect(fallbackBranding.footerLinks.map((link) => localizedText(link.label, 'nl', fallbackBranding.defaultLanguage))).toEqual(['Privacy', 'Gebruiksvoorwaarden']);
  });
});
