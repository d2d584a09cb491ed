import type { Branding } from '@/api';

/** What GET /branding answers while no admin has saved any branding. */
export function defaultBranding(organizationName: string): Branding {
  return {
    organizationName,
    logo: { light: null, dark: null },
    favicon: null,
    brandColor: '#0f6cbd',
    brandRamp: null,
    background: null,
    helpdeskUrl: null,
    footerLinks: [
      { label: 'Privacy', url: 'https://www.contoso.com/privacy' },
      { label: 'Terms of use', url: 'https://www.contoso.com/terms' },
    ],
    defaultLanguage: 'en',
    portalUrl: 'https://passwords.contoso.com',
  };
}
