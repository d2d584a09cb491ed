import { FluentProvider } from '@fluentui/react-components';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { languageDir } from '@/i18n';

/** The nested provider only turns the direction; the page's own background and text stay (inline: its classes are made for its own direction). */
const keepPage = { backgroundColor: 'transparent', color: 'inherit' } as const;

/**
 * A part of the page translated into fewer languages than the portal (the admin console, the API
 * reference). In one of `languages` it is in that language; in any other it is wholly English —
 * its own strings, the app's strings inside it and its dates — and says so with `lang="en"` and
 * `dir="ltr"`, so screen readers read it as English and an Arabic page keeps it left to right.
 */
export function TranslatedPart({ languages, className, children }: { languages: readonly string[]; className?: string; children: ReactNode }) {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  const fallback = !languages.includes(current);
  // Shares the messages (one store) but stays in English, whatever the page's language.
  const english = useMemo(() => (fallback ? i18n.cloneInstance({ lng: 'en', initAsync: false }) : null), [i18n, fallback]);
  const lang = fallback ? 'en' : current;
  const part = (
    <div lang={lang} dir={languageDir(lang)} className={className}>
      {children}
    </div>
  );
  if (!english) return part;
  return (
    <I18nextProvider i18n={english}>
      <FluentProvider dir="ltr" style={keepPage}>
        {part}
      </FluentProvider>
    </I18nextProvider>
  );
}
