export { PageHeading } from './page-heading';
export { useDocumentTitle } from './use-document-title';
export { Page, Panel, Actions, useFormStyles } from './page';
export { PortalLink, TextLink } from './text-link';
export { lazyExport, moduleLoader } from './lazy-export';
export { visuallyHidden } from './visually-hidden';
export { useFocusOnAppear } from './focus-on-appear';
export { useHydrated } from './use-hydrated';
export { TranslatedPart } from './translated-part';
