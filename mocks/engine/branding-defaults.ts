import { brandingSchema, type Branding } from '@/api';
import shipped from '../../public/branding.json';

/**
 * What GET /branding answers while no admin has saved any branding: the shipped
 * `public/branding.json` (the one source of the defaults) under the organisation's own name.
 */
export function defaultBranding(organizationName: string): Branding {
  return { ...brandingSchema.parse(shipped), organizationName };
}
