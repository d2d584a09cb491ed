import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../rules/crypto';
import { preferredLanguages } from '@/api/schemas/common';
import type { PortalState } from '../../store/state';
import { alternativeQuestion, captchaAlphabet, captchaSvg, createCaptcha, normalizeCaptchaAnswer, questionWordings, randomCaptchaText, redeemCaptcha } from './captcha';

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
    for (const question of questions) expect(question.answer).toMatch(/^\d+$/);
    // Varied phrasings: how the questions open.
    const openings = new Set(questions.map((question) => question.text.en.split(' ').slice(0, 2).join(' ')));
    expect(openings.size).toBeGreaterThanOrEqual(6);
    // The solver the attack used: "What is 4 minus 2?" read by a regex.
    const solve = (text: string) => {
      const match = /(\d+)\s*(plus|minus)\s*(\d+)/.exec(text);
      if (!match) return null;
      return String(match[2] === 'plus' ? Number(match[1]) + Number(match[3]) : Number(match[1]) - Number(match[3]));
    };
    expect(questions.filter((question) => solve(question.text.en) === question.answer)).toHaveLength(0);
  });

  it('CAPTCHA alternative: every question is in all twelve languages, none of them empty', () => {
    const random = seededRandom(5);
    for (let i = 0; i < 100; i += 1) {
      const { text } = alternativeQuestion(random);
      expect(Object.keys(text).sort()).toEqual([...preferredLanguages].sort());
      for (const language of preferredLanguages) expect(text[language].trim()).not.toBe('');
    }
  });

  it('CAPTCHA alternative: no language has an ASCII digit in its question', () => {
    const random = seededRandom(6);
    for (let i = 0; i < 300; i += 1) {
      for (const text of Object.values(alternativeQuestion(random).text)) expect(text).not.toMatch(/[0-9]/);
    }
  });

  it('CAPTCHA alternative: the answer in words is accepted in each language (0–20, and their variants)', () => {
    for (const [language, wording] of Object.entries(questionWordings)) {
      wording.numbers.split(',').forEach((word, value) => expect(normalizeCaptchaAnswer(word), `${language} ${word}`).toBe(String(value)));
      for (const [value, words] of Object.entries(wording.also ?? {})) {
        for (const word of words.split(',')) expect(normalizeCaptchaAnswer(word), `${language} ${word}`).toBe(value);
      }
    }
    // As people type them: capitals, spaces, no accents or hyphens, hamza and the Arabic article.
    for (const [typed, value] of [['Seven', '7'], ['twaalf', '12'], ['een', '1'], ['EINS', '1'], ['dix sept', '17'], ['dieciseis', '16'], ['Três', '3'], ['piec', '5'], ['åtta', '8'], ['二十', '20'], ['两', '2'], ['إثنان', '2'], ['الخمسة', '5'], ['احدى عشرة', '11']] as const) {
      expect(normalizeCaptchaAnswer(typed), typed).toBe(value);
    }
  });

  it('CAPTCHA alternative: Arabic-Indic, Eastern Arabic-Indic and full-width digits are accepted', () => {
    expect(normalizeCaptchaAnswer('١٢')).toBe('12');
    expect(normalizeCaptchaAnswer('۱۷')).toBe('17');
    expect(normalizeCaptchaAnswer('٠')).toBe('0');
    expect(normalizeCaptchaAnswer('１９')).toBe('19');
  });

  it('CAPTCHA alternative: a wrong answer still fails', () => {
    const state: Pick<PortalState, 'captchas'> = { captchas: new Map() };
    const captcha = createCaptcha(seededRandom(8), 0);
    state.captchas.set(captcha.stored.challengeId, captcha.stored);
    const wrong = (Number(captcha.stored.alternativeAnswer) + 1) % 21;
    expect(redeemCaptcha(state, captcha.stored.challengeId, questionWordings.ar.numbers.split(',')[wrong] ?? '', 0)).toBe(false);
    const again = createCaptcha(seededRandom(9), 0);
    state.captchas.set(again.stored.challengeId, again.stored);
    expect(redeemCaptcha(state, again.stored.challengeId, 'seventy', 0)).toBe(false);
  });

  it('CAPTCHA: a picture that spells a number word is read as letters (SEVEN is typed seven, not 7)', () => {
    const state: Pick<PortalState, 'captchas'> = { captchas: new Map() };
    const stored = { challengeId: 'cap_words', answer: 'SEVEN', alternativeAnswer: '3', expiresAt: 1000, used: false };
    state.captchas.set(stored.challengeId, stored);
    expect(redeemCaptcha(state, stored.challengeId, 'seven', 0)).toBe(true);
    state.captchas.set('cap_words2', { ...stored, challengeId: 'cap_words2', used: false });
    expect(redeemCaptcha(state, 'cap_words2', '7', 0)).toBe(false);
  });

  it('CAPTCHA alternative: the right answer passes, in another language’s words too', () => {
    const state: Pick<PortalState, 'captchas'> = { captchas: new Map() };
    const captcha = createCaptcha(seededRandom(10), 0);
    state.captchas.set(captcha.stored.challengeId, captcha.stored);
    const inJapanese = questionWordings.ja.numbers.split(',')[Number(captcha.stored.alternativeAnswer)] ?? '';
    expect(redeemCaptcha(state, captcha.stored.challengeId, inJapanese, 0)).toBe(true);
  });
});
