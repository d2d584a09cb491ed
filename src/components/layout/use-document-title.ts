import { useEffect } from 'react';
import { useBranding } from '@/branding';

/** "Reset your password · Contoso": each route names itself in the tab and to screen readers. */
export function useDocumentTitle(title: string): void {
  const { branding } = useBranding();
  useEffect(() => {
    document.title = `${title} · ${branding.organizationName}`;
  }, [title, branding.organizationName]);
}
