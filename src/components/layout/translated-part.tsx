import { FluentProvider, PortalMountNodeProvider } from '@fluentui/react-components';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { languageDir } from '@/i18n';

/** The nested provider only turns the direction; the page's own background and text stay (inline: its classes are made for its own direction). */
const keepPage = { backgroundColor: 'transparent', color: 'inherit' } as const;

/**
 * A part of the page translated into fewer languages than the portal (the admin console, the API
 * reference). In one of `languages` it is in that language; in any other it is wholly English —
 * its own strings, the app's strings inside it and its dates — and says so with `lang="en"` and
 * `dir="ltr"`, so screen readers read it as English and an Arabic page keeps it left to right;
 * its overlays too.
 */
/**
 * Where the English part's overlays (dialogs, menus, tooltips) mount: at the end of the body, as
 * Fluent's own do, but inside an element that says English, left to right; else a panel opened
 * from the console would take the page's `lang="ar"`. Made on first render, attached while mounted.
 */
function useEnglishMountNode(): HTMLElement | undefined {
  const [node] = useState(() => {
    if (typeof document === 'undefined') return undefined;
    const element = document.createElement('div');
    element.lang = 'en';
    element.dir = 'ltr';
    return element;
  });
  useEffect(() => {
    if (!node) return;
    document.body.append(node);
    return () => node.remove();
  }, [node]);
  return node;
}

function EnglishOverlays({ children }: { children: ReactNode }) {
  return <PortalMountNodeProvider value={useEnglishMountNode()}>{children}</PortalMountNodeProvider>;
}

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
        <EnglishOverlays>{part}</EnglishOverlays>
      </FluentProvider>
    </I18nextProvider>
  );
}
