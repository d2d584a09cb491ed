import { useLayoutEffect } from 'react';
import { useBranding } from '@/branding';

/**
 * "Reset your password · Contoso": each route names itself in the tab and to screen readers.
 * A layout effect, as the page heading's focus is: the title changes in the same commit that puts
 * the new page on screen and moves focus to it (a passive effect left a moment where the focused
 * heading was new and the title still the old page's; a test caught it under load).
 */
export function useDocumentTitle(title: string): void {
  const { branding } = useBranding();
  useLayoutEffect(() => {
    document.title = `${title} · ${branding.organizationName}`;
  }, [title, branding.organizationName]);
}
