import {
  createLightTheme as createFluentLightTheme,
  type BrandVariants,
  type Theme,
} from '@fluentui/react-components';
import { rampSteps } from '@/api/schemas/branding';
import { contrastRatio, minimumTextContrast } from './contrast';

export type Step = (typeof rampSteps)[number];

const white = '#FFFFFF';

/** Tokens that paint white text on brand, or brand text on a plain background. */
const textOnBrandTokens = [
  'colorBrandBackground',
  'colorBrandBackgroundHover',
  'colorBrandBackgroundPressed',
  'colorBrandBackgroundSelected',
  'colorCompoundBrandBackground',
  'colorCompoundBrandBackgroundHover',
  'colorCompoundBrandBackgroundPressed',
  'colorBrandBackgroundStatic',
  'colorBrandForeground1',
  'colorBrandForeground2',
  'colorBrandForeground2Hover',
  'colorBrandForeground2Pressed',
  'colorBrandForegroundLink',
  'colorBrandForegroundLinkHover',
  'colorBrandForegroundLinkPressed',
  'colorBrandForegroundLinkSelected',
  'colorCompoundBrandForeground1',
  'colorCompoundBrandForeground1Hover',
  'colorCompoundBrandForeground1Pressed',
  'colorNeutralForeground2BrandHover',
  'colorNeutralForeground2BrandPressed',
  'colorNeutralForeground2BrandSelected',
  'colorNeutralForeground3BrandHover',
  'colorNeutralForeground3BrandPressed',
  'colorNeutralForeground3BrandSelected',
  'colorBrandForegroundOnLight',
  'colorBrandForegroundOnLightHover',
  'colorBrandForegroundOnLightPressed',
  'colorBrandForegroundOnLightSelected',
] as const satisfies readonly (keyof Theme)[];

/** Steps to move toward 10 until `step` carries white text with AA contrast (0 when it already does). */
export function darkerStepsNeeded(ramp: BrandVariants, step: Step): number {
  const index = rampSteps.indexOf(step);
  for (let shift = 0; shift <= index; shift += 1) {
    const candidate = rampSteps[index - shift];
    if (candidate !== undefined && contrastRatio(ramp[candidate], white) >= minimumTextContrast) return shift;
  }
  return index;
}

/** The ramp moved `shift` steps toward the dark end (step 10 repeats at the bottom). */
export function shiftedDarker(ramp: BrandVariants, shift: number): BrandVariants {
  const shifted = { ...ramp };
  rampSteps.forEach((step, index) => {
    shifted[step] = ramp[rampSteps[Math.max(0, index - shift)] ?? 10];
  });
  return shifted;
}

function withTextOnBrandFrom(base: Theme, source: Theme): Theme {
  const theme: Theme = { ...base };
  for (const token of textOnBrandTokens) theme[token] = source[token];
  return theme;
}

/** True when the brand colour (step 80) is too pale to carry white text (contrast < 4.5:1). */
export function isPaleBrand(ramp: BrandVariants): boolean {
  return contrastRatio(ramp[80], white) < minimumTextContrast;
}

/** Fluent's light theme; a pale brand gets darker steps wherever text sits on or in brand colour. */
export function createLightTheme(ramp: BrandVariants): Theme {
  const base = createFluentLightTheme(ramp);
  const shift = darkerStepsNeeded(ramp, 80);
  return shift === 0 ? base : withTextOnBrandFrom(base, createFluentLightTheme(shiftedDarker(ramp, shift)));
}

export interface BrandThemes {
  light: Theme;
  /** Null until the dark theme's code has loaded (`loadDarkTheme`): only a dark colour scheme loads it. */
  dark: Theme | null;
  /** The brand colour is too pale for white text; buttons use darker steps. */
  paleBrandWarning: boolean;
}

export function createBrandThemes(ramp: BrandVariants, createDarkTheme?: (ramp: BrandVariants) => Theme): BrandThemes {
  return { light: createLightTheme(ramp), dark: createDarkTheme ? createDarkTheme(ramp) : null, paleBrandWarning: isPaleBrand(ramp) };
}
