import {
  createDarkTheme as createFluentDarkTheme,
  createLightTheme as createFluentLightTheme,
  type BrandVariants,
  type Theme,
} from '@fluentui/react-components';
import { rampSteps } from '@/api/schemas/branding';
import { contrastRatio, minimumTextContrast } from './contrast';

type Step = (typeof rampSteps)[number];

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
function shiftedDarker(ramp: BrandVariants, shift: number): BrandVariants {
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

/** Fluent's dark page background: brand-coloured text must stay readable on it. */
const darkBackground = '#292929';

/** Brand text tokens of the dark theme (links, brand foregrounds) and the steps Fluent gives them. */
const darkTextTokens = {
  colorNeutralForeground2BrandHover: 100,
  colorNeutralForeground2BrandPressed: 90,
  colorNeutralForeground2BrandSelected: 100,
  colorNeutralForeground3BrandHover: 100,
  colorNeutralForeground3BrandPressed: 90,
  colorNeutralForeground3BrandSelected: 100,
  colorBrandForegroundLink: 100,
  colorBrandForegroundLinkHover: 110,
  colorBrandForegroundLinkPressed: 90,
  colorBrandForegroundLinkSelected: 100,
  colorCompoundBrandForeground1: 100,
  colorCompoundBrandForeground1Hover: 110,
  colorCompoundBrandForeground1Pressed: 90,
  colorBrandForeground1: 110,
  colorBrandForeground2: 120,
} as const satisfies Partial<Record<keyof Theme, Step>>;

/** The first step from `step` toward 160 that reads at AA on the dark background. */
export function lighterStepForDark(ramp: BrandVariants, step: Step): Step {
  const start = rampSteps.indexOf(step);
  for (let index = start; index < rampSteps.length; index += 1) {
    const candidate = rampSteps[index];
    if (candidate !== undefined && contrastRatio(ramp[candidate], darkBackground) >= minimumTextContrast) return candidate;
  }
  return 160;
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

/**
 * Fluent's dark theme with the brand foregrounds from steps 110/120 (Fluent's advice for dark),
 * every brand text token moved lighter until it reads at 4.5:1 on the dark background, and
 * buttons (brand background at step 70) darker when white text fails on them.
 */
export function createDarkTheme(ramp: BrandVariants): Theme {
  const theme: Theme = { ...createFluentDarkTheme(ramp) };
  const shift = darkerStepsNeeded(ramp, 70);
  if (shift > 0) {
    const background = createFluentDarkTheme(shiftedDarker(ramp, shift));
    theme.colorBrandBackground = background.colorBrandBackground;
    theme.colorBrandBackgroundHover = background.colorBrandBackgroundHover;
    theme.colorBrandBackgroundPressed = background.colorBrandBackgroundPressed;
    theme.colorBrandBackgroundSelected = background.colorBrandBackgroundSelected;
  }
  for (const [token, step] of Object.entries(darkTextTokens) as [keyof typeof darkTextTokens, Step][]) {
    theme[token] = ramp[lighterStepForDark(ramp, step)];
  }
  return theme;
}

export interface BrandThemes {
  light: Theme;
  dark: Theme;
  /** The brand colour is too pale for white text; buttons use darker steps. */
  paleBrandWarning: boolean;
}

export function createBrandThemes(ramp: BrandVariants): BrandThemes {
  return { light: createLightTheme(ramp), dark: createDarkTheme(ramp), paleBrandWarning: isPaleBrand(ramp) };
}
