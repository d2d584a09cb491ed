import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { adminDe } from './de';
import { adminEn } from './en';
import { adminFr } from './fr';
import { adminNl } from './nl';

export const adminNamespace = 'admin';

/**
 * The console's languages; in any other the console is English, with `lang="en"` on it
 * (`TranslatedPart`). Adding one: its file here, one entry, and the locale test's list.
 */
const bundles = { en: adminEn, nl: adminNl, de: adminDe, fr: adminFr } as const;
export const adminLanguages = Object.keys(bundles) as readonly (keyof typeof bundles)[];

/** Adds the console's strings to the app's i18next; they ship with the lazy admin chunk. */
export function registerAdminMessages(i18n: I18n): void {
  for (const [language, bundle] of Object.entries(bundles)) {
    if (!i18n.hasResourceBundle(language, adminNamespace)) i18n.addResourceBundle(language, adminNamespace, bundle, true, true);
  }
}

/** `t` of the admin namespace (registered on first use) and `tApp` of the app's own strings. */
export function useAdminTranslation() {
  const app = useTranslation();
  registerAdminMessages(app.i18n);
  const admin = useTranslation(adminNamespace);
  return { t: admin.t, tApp: app.t, i18n: app.i18n, language: app.i18n.resolvedLanguage ?? app.i18n.language };
}
