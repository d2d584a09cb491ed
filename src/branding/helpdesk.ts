import type { Branding, EffectiveBranding } from '@/api/schemas/branding';

export type Helpdesk = EffectiveBranding['helpdesk'];

/** The policy's custom help desk wins; else the branding's help-desk link; else "contact your administrator". */
export function effectiveHelpdesk(branding: Branding, fromApi: Helpdesk | undefined): Helpdesk {
  if (fromApi?.mode === 'custom' && fromApi.contact) return fromApi;
  if (branding.helpdeskUrl) return { mode: 'custom', contact: branding.helpdeskUrl };
  return { mode: 'default', contact: null };
}

/** A link target for a help-desk contact: a URL as is, a bare e-mail address as mailto:. */
export function helpdeskHref(helpdesk: Helpdesk): string | null {
  const contact = helpdesk.contact?.trim();
  if (helpdesk.mode !== 'custom' || !contact) return null;
  if (/^(https?:|mailto:|tel:)/i.test(contact)) return contact;
  if (/^[^\s@]+@[^\s@]+$/.test(contact)) return `mailto:${contact}`;
  return null;
}
