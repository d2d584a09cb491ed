import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../rules/crypto';
import { alternativeQuestion, captchaAlphabet, captchaSvg, createCaptcha, normalizeCaptchaAnswer, randomCaptchaText } from './captcha';

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

  it('CAPTCHA alternative: no digits to grab, numbers written out, many phrasings, and a regex solver fails', () => {
    const random = seededRandom(4);
    const questions = Array.from({ length: 200 }, () => alternativeQuestion(random));
    for (const question of questions) {
      expect(question.en).not.toMatch(/\d/);
      expect(question.nl).not.toMatch(/\d/);
      expect(question.answer).toMatch(/^\d+$/);
    }
    // Varied phrasings: how the questions open.
    const openings = new Set(questions.map((question) => question.en.split(' ').slice(0, 2).join(' ')));
    expect(openings.size).toBeGreaterThanOrEqual(6);
    // The solver the attack used: "What is 4 minus 2?" read by a regex.
    const solve = (text: string) => {
      const match = /(\d+)\s*(plus|minus)\s*(\d+)/.exec(text);
      if (!match) return null;
      return String(match[2] === 'plus' ? Number(match[1]) + Number(match[3]) : Number(match[1]) - Number(match[3]));
    };
    expect(questions.filter((question) => solve(question.en) === question.answer)).toHaveLength(0);
  });

  it('CAPTCHA alternative: the person may answer in digits or in words, in English or Dutch', () => {
    const question = alternativeQuestion(seededRandom(5));
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
    expect(normalizeCaptchaAnswer(words[Number(question.answer)] ?? '')).toBe(question.answer);
  });
});
