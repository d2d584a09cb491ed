import { createDarkTheme as createFluentDarkTheme, type BrandVariants, type Theme } from '@fluentui/react-components';
import { contrastRatio, minimumTextContrast } from './contrast';
import { rampSteps } from '@/api/schemas/branding';
import { darkerStepsNeeded, shiftedDarker, type Step } from './themes';

/*
 * The dark theme: Fluent's dark tokens and our adjustments. Only a dark colour scheme needs them,
 * so they load on demand (`loadDarkTheme` in branding-provider.tsx), not with the first page.
 */

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

