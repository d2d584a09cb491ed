export { contrastRatio, relativeLuminance, minimumTextContrast, hexToRgb, rgbToHex } from './contrast';
export { createBrandRamp, brandVariantsFromRamp, rampForBranding } from './ramp';
export { createLightTheme, createBrandThemes, isPaleBrand, darkerStepsNeeded, type BrandThemes } from './themes';
export { fallbackBranding } from './fallback-branding';
export { inlineDefaults, inlineDefaultsId } from './inline-defaults';
export { effectiveHelpdesk, helpdeskHref, type Helpdesk } from './helpdesk';
export {
  BrandingProvider,
  StaticBrandingProvider,
  useBranding,
  useBrandingValue,
  usePreferredColorScheme,
  loadDarkTheme,
  preloadPreferredTheme,
  brandingKeys,
  defaultBrandingQuery,
  effectiveBrandingQuery,
  loadDefaultBranding,
  chooseBranding,
  pageBackground,
  type BrandingContextValue,
  type BrandingProviderProps,
  type StaticBrandingProviderProps,
  type ColorScheme,
} from './branding-provider';
export { localizedText, useLocalizedText, useLocalizedPart } from './localized-text';
