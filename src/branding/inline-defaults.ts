import { brandingSchema, type Branding } from '@/api/schemas/branding';
import { fallbackBranding } from './fallback-branding';
import { inlineDefaultsId } from './inline-defaults-id';

export { inlineDefaultsId };

/**
 * The branding the first render uses: the defaults inlined in the page, else the built-in
 * Contoso. `/branding.json` is asked for in the background and replaces it if it differs.
 */
export function inlineDefaults(): Branding {
  if (typeof document === 'undefined') return fallbackBranding;
  const text = document.getElementById(inlineDefaultsId)?.textContent;
  if (!text) return fallbackBranding;
  try {
    const parsed = brandingSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : fallbackBranding;
  } catch {
    return fallbackBranding;
  }
}
