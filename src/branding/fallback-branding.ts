import { brandingSchema, type Branding } from '@/api/schemas/branding';
import shipped from '../../public/branding.json';

/**
 * Built in, so a missing or invalid `/branding.json` still shows a working portal (never a
 * blank page). It is `public/branding.json` itself, bundled: the one source of the default
 * branding, which the mock backend's defaults read too.
 */
export const fallbackBranding: Branding = brandingSchema.parse(shipped);
