import type { Branding } from '@/api/schemas/branding';

/**
 * Built in, so a missing or invalid `/branding.json` still shows a working portal (never a
 * blank page). Mirrors `public/branding.json`.
 */
export const fallbackBranding: Branding = {
  organizationName: 'Contoso',
  logo: { light: '/brands/contoso/logo-light.svg', dark: '/brands/contoso/logo-dark.svg' },
  favicon: '/brands/contoso/favicon.svg',
  brandColor: '#0F6CBD',
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
