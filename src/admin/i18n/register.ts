import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { adminEn } from './en';
import { adminNl } from './nl';

export const adminNamespace = 'admin';

/** Adds the console's strings to the app's i18next; they ship with the lazy admin chunk. */
export function registerAdminMessages(i18n: I18n): void {
  if (!i18n.hasResourceBundle('en', adminNamespace)) i18n.addResourceBundle('en', adminNamespace, adminEn, true, true);
  if (!i18n.hasResourceBundle('nl', adminNamespace)) i18n.addResourceBundle('nl', adminNamespace, adminNl, true, true);
}

/** `t` of the admin namespace (registered on first use) and `tApp` of the app's own strings. */
export function useAdminTranslation() {
  const app = useTranslation();
  registerAdminMessages(app.i18n);
  const admin = useTranslation(adminNamespace);
  return { t: admin.t, tApp: app.t, i18n: app.i18n, language: app.i18n.resolvedLanguage ?? app.i18n.language };
}
