export { BrandingPage } from './branding-page';
