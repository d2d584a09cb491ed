import { contrastRatio, relativeLuminance } from './contrast';

describe('contrastRatio (WCAG 2)', () => {
  it('is 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0F6CBD', '#0F6CBD')).toBeCloseTo(1, 5);
  });

  it('is symmetric and matches known values', () => {
    expect(contrastRatio('#FFFFFF', '#767676')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#0F6CBD', '#FFFFFF')).toBeCloseTo(5.38, 2);
  });

  it('computes relative luminance in linear light', () => {
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 5);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 3);
  });

  it('rejects what is not #rrggbb', () => {
    expect(() => contrastRatio('red', '#FFFFFF')).toThrow();
  });
});
