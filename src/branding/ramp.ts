import type { BrandVariants } from '@fluentui/react-components';
import { rampSteps, type BrandRamp } from '@/api/schemas/branding';
import { hexToRgb, linearToSrgb, rgbToHex, srgbToLinear } from './contrast';

type Lab = [number, number, number];

/** sRGB hex → OKLab (Björn Ottosson), a space where mixing keeps hue and lightness even. */
function hexToOklab(hex: string): Lab {
  const [r, g, b] = hexToRgb(hex).map(srgbToLinear) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

function oklabToHex([lightness, a, b]: Lab): string {
  const l = (lightness + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (lightness - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (lightness - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const linear = [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ] as const;
  return rgbToHex([linearToSrgb(linear[0]), linearToSrgb(linear[1]), linearToSrgb(linear[2])]);
}

function mix(from: Lab, to: Lab, amount: number): Lab {
  return [
    from[0] + (to[0] - from[0]) * amount,
    from[1] + (to[1] - from[1]) * amount,
    from[2] + (to[2] - from[2]) * amount,
  ];
}

/** How far step 10 and step 160 travel toward their ends (not all the way: they keep a tint). */
const darkReach = 0.9;
const lightReach = 0.92;

/**
 * A 16-step Fluent ramp from one brand colour, the colour itself at step 80: steps 10–70 mix
 * toward a near-black and 90–160 toward a near-white of the same hue, in OKLab.
 */
export function createBrandRamp(brandColor: string): BrandVariants {
  const brand = hexToOklab(brandColor);
  // The ends keep a little of the hue; their lightness stays beyond the colour's own so the ramp is monotone.
  const nearBlack: Lab = [Math.min(0.12, brand[0] * 0.5), brand[1] * 0.25, brand[2] * 0.25];
  const nearWhite: Lab = [Math.max(0.985, brand[0]), brand[1] * 0.08, brand[2] * 0.08];
  const ramp: Partial<Record<number, string>> = {};
  for (const step of rampSteps) {
    if (step === 80) ramp[step] = brandColor.toUpperCase();
    else if (step < 80) ramp[step] = oklabToHex(mix(brand, nearBlack, ((80 - step) / 70) * darkReach));
    else ramp[step] = oklabToHex(mix(brand, nearWhite, ((step - 80) / 80) * lightReach));
  }
  return toBrandVariants((step) => ramp[step] ?? brandColor);
}

/** A full ramp from the branding (keys are strings in JSON) as Fluent's `BrandVariants`. */
export function brandVariantsFromRamp(ramp: BrandRamp): BrandVariants {
  return toBrandVariants((step) => ramp[`${step}` as keyof BrandRamp]);
}

function toBrandVariants(colorAt: (step: (typeof rampSteps)[number]) => string): BrandVariants {
  return {
    10: colorAt(10),
    20: colorAt(20),
    30: colorAt(30),
    40: colorAt(40),
    50: colorAt(50),
    60: colorAt(60),
    70: colorAt(70),
    80: colorAt(80),
    90: colorAt(90),
    100: colorAt(100),
    110: colorAt(110),
    120: colorAt(120),
    130: colorAt(130),
    140: colorAt(140),
    150: colorAt(150),
    160: colorAt(160),
  };
}

/** The ramp of a branding: its full ramp when set, else one made from the brand colour. */
export function rampForBranding(branding: { brandColor: string; brandRamp: BrandRamp | null }): BrandVariants {
  return branding.brandRamp ? brandVariantsFromRamp(branding.brandRamp) : createBrandRamp(branding.brandColor);
}
