import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../rules/crypto';
import { captchaAlphabet, captchaSvg, createCaptcha, normalizeCaptchaAnswer, randomCaptchaText } from './captcha';

describe('CAPTCHA rules', () => {
  it('CAPTCHA: 5–6 characters, none of the confusable 0/O/1/l/I', () => {
    const random = seededRandom(1);
    for (let i = 0; i < 300; i += 1) {
      const text = randomCaptchaText(random);
      expect(text).toMatch(/^[A-Z2-9]{5,6}$/);
      expect(text).not.toMatch(/[0O1lI]/);
    }
    expect(captchaAlphabet).not.toMatch(/[0O1lI]/);
  });

  it('CAPTCHA: the image is an SVG data URL that does not spell the answer as text', () => {
    const random = seededRandom(2);
    const captcha = createCaptcha(random, 0);
    expect(captcha.image).toMatch(/^data:image\/svg\+xml;base64,/);
    const svg = atob(captcha.image.slice('data:image/svg+xml;base64,'.length));
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toContain('<text');
    expect(svg).not.toContain(captcha.stored.answer);
    // One path per character besides the noise curves.
    expect(svg.match(/stroke-linecap="round"/g)).toHaveLength(captcha.stored.answer.length);
    expect(captcha.stored.expiresAt).toBe(10 * 60 * 1000);
  });

  it('CAPTCHA: the same characters drawn twice look different (distortion is random)', () => {
    const random = seededRandom(3);
    expect(captchaSvg('ABCDE', random)).not.toBe(captchaSvg('ABCDE', random));
  });

  it('CAPTCHA: answers compare case-insensitively; spelled-out numbers count (English and Dutch)', () => {
    expect(normalizeCaptchaAnswer(' abC d ')).toBe('abcd');
    expect(normalizeCaptchaAnswer('Seven')).toBe('7');
    expect(normalizeCaptchaAnswer('twaalf')).toBe('12');
  });
});
