import fc from 'fast-check';
import { brandRampSchema, rampSteps } from '@/api/schemas/branding';
import { contrastRatio, relativeLuminance } from './contrast';
import { brandVariantsFromRamp, createBrandRamp, rampForBranding } from './ramp';
import { createDarkTheme } from './dark-theme';
import { createLightTheme, darkerStepsNeeded, isPaleBrand } from './themes';

const hexColor = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map(([r, g, b]) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`.toUpperCase());

describe('createBrandRamp', () => {
  it('has 16 steps with the brand colour at step 80', () => {
    const ramp = createBrandRamp('#0f6cbd');
    expect(Object.keys(ramp).map(Number)).toEqual([...rampSteps]);
    expect(ramp[80]).toBe('#0F6CBD');
    for (const step of rampSteps) expect(ramp[step]).toMatch(/^#[0-9A-F]{6}$/);
  });

  it('runs from near-black at 10 to near-white at 160', () => {
    const ramp = createBrandRamp('#038387');
    expect(relativeLuminance(ramp[10])).toBeLessThan(0.02);
    expect(relativeLuminance(ramp[160])).toBeGreaterThan(0.85);
  });

  it('gets lighter at every step for any mid-tone colour', () => {
    fc.assert(
      fc.property(hexColor, (color) => {
        const luminance = relativeLuminance(color);
        fc.pre(luminance > 0.02 && luminance < 0.85);
        const ramp = createBrandRamp(color);
        expect(ramp[80]).toBe(color);
        for (let index = 1; index < rampSteps.length; index += 1) {
          const previous = rampSteps[index - 1] ?? 10;
          const step = rampSteps[index] ?? 10;
          expect(relativeLuminance(ramp[step])).toBeGreaterThanOrEqual(relativeLuminance(ramp[previous]));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('lets a full ramp from the branding win over the brand colour', () => {
    const full = brandRampSchema.parse(
      Object.fromEntries(rampSteps.map((step, index) => [String(step), `#0000${(index * 16).toString(16).padStart(2, '0')}`.toUpperCase()])),
    );
    const ramp = rampForBranding({ brandColor: '#FF0000', brandRamp: full });
    expect(ramp[80]).toBe(full['80']);
    expect(brandVariantsFromRamp(full)[10]).toBe('#000000');
    expect(rampForBranding({ brandColor: '#FF0000', brandRamp: null })[80]).toBe('#FF0000');
  });
});

describe('themes', () => {
  it('take dark brand foregrounds from steps 110 and 120', () => {
    const ramp = createBrandRamp('#0F6CBD');
    const dark = createDarkTheme(ramp);
    expect(dark.colorBrandForeground1).toBe(ramp[110]);
    expect(dark.colorBrandForeground2).toBe(ramp[120]);
    expect(createLightTheme(ramp).colorBrandBackground).toBe('#0F6CBD');
    expect(isPaleBrand(ramp)).toBe(false);
  });

  it('keep every brand text token of the dark theme readable on the dark background', () => {
    for (const color of ['#0F6CBD', '#004E8C', '#6B2F8E', '#107C10', '#FFB900']) {
      const dark = createDarkTheme(createBrandRamp(color));
      for (const token of ['colorBrandForeground1', 'colorBrandForeground2', 'colorBrandForegroundLink', 'colorCompoundBrandForeground1'] as const) {
        expect(contrastRatio(dark[token], '#292929')).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('give a pale brand darker steps for button backgrounds and brand text', () => {
    const ramp = createBrandRamp('#FFB900');
    expect(isPaleBrand(ramp)).toBe(true);
    const shift = darkerStepsNeeded(ramp, 80);
    expect(shift).toBeGreaterThan(0);
    const light = createLightTheme(ramp);
    expect(contrastRatio(light.colorBrandBackground, '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(light.colorBrandForeground1, '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(createDarkTheme(ramp).colorBrandBackground, '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
    // Tints are left alone.
    expect(light.colorBrandBackground2).toBe(ramp[160]);
  });
});
