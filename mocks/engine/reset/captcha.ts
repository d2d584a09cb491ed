import type { PortalState, StoredCaptcha } from '../../store/state';
import { pickDistinct, randomId, randomInt, type RandomSource } from '../../rules/crypto';

/** A CAPTCHA lives 10 minutes and answers once. */
export const captchaLifetimeMs = 10 * 60 * 1000;

// No characters people confuse: 0/O/Q, 1/I/L, 8/B and 6/G are left out.
export const captchaAlphabet = 'ABCDEFGHJKMNPRSTUVWXYZ234579';

type Point = readonly [number, number];
type Glyph = readonly (readonly Point[])[];

// A stroke font on a 4 × 6 grid: the image holds only paths, so the answer is not in the markup as text.
const glyphs: Record<string, Glyph> = {
  A: [[[0, 6], [0, 2], [2, 0], [4, 2], [4, 6]], [[0, 4], [4, 4]]],
  B: [[[0, 0], [0, 6], [3, 6], [4, 5], [4, 4], [3, 3], [0, 3]], [[0, 0], [3, 0], [4, 1], [4, 2], [3, 3]]],
  C: [[[4, 1], [3, 0], [1, 0], [0, 1], [0, 5], [1, 6], [3, 6], [4, 5]]],
  D: [[[0, 0], [0, 6], [2, 6], [4, 4], [4, 2], [2, 0], [0, 0]]],
  E: [[[4, 0], [0, 0], [0, 6], [4, 6]], [[0, 3], [3, 3]]],
  F: [[[4, 0], [0, 0], [0, 6]], [[0, 3], [3, 3]]],
  G: [[[4, 1], [3, 0], [1, 0], [0, 1], [0, 5], [1, 6], [3, 6], [4, 5], [4, 3], [2, 3]]],
  H: [[[0, 0], [0, 6]], [[4, 0], [4, 6]], [[0, 3], [4, 3]]],
  J: [[[1, 0], [4, 0]], [[3, 0], [3, 5], [2, 6], [1, 6], [0, 5]]],
  K: [[[0, 0], [0, 6]], [[4, 0], [0, 4]], [[1, 3], [4, 6]]],
  M: [[[0, 6], [0, 0], [2, 3], [4, 0], [4, 6]]],
  N: [[[0, 6], [0, 0], [4, 6], [4, 0]]],
  P: [[[0, 6], [0, 0], [3, 0], [4, 1], [4, 2], [3, 3], [0, 3]]],
  R: [[[0, 6], [0, 0], [3, 0], [4, 1], [4, 2], [3, 3], [0, 3]], [[2, 3], [4, 6]]],
  S: [[[4, 1], [3, 0], [1, 0], [0, 1], [0, 2], [1, 3], [3, 3], [4, 4], [4, 5], [3, 6], [1, 6], [0, 5]]],
  T: [[[0, 0], [4, 0]], [[2, 0], [2, 6]]],
  U: [[[0, 0], [0, 5], [1, 6], [3, 6], [4, 5], [4, 0]]],
  V: [[[0, 0], [2, 6], [4, 0]]],
  W: [[[0, 0], [1, 6], [2, 3], [3, 6], [4, 0]]],
  X: [[[0, 0], [4, 6]], [[4, 0], [0, 6]]],
  Y: [[[0, 0], [2, 3], [4, 0]], [[2, 3], [2, 6]]],
  Z: [[[0, 0], [4, 0], [0, 6], [4, 6]]],
  '2': [[[0, 1], [1, 0], [3, 0], [4, 1], [4, 2], [0, 6], [4, 6]]],
  '3': [[[0, 0], [4, 0], [2, 2], [3, 2], [4, 3], [4, 5], [3, 6], [1, 6], [0, 5]]],
  '4': [[[3, 6], [3, 0], [0, 4], [4, 4]]],
  '5': [[[4, 0], [0, 0], [0, 3], [3, 3], [4, 4], [4, 5], [3, 6], [0, 6]]],
  '7': [[[0, 0], [4, 0], [1, 6]]],
  '9': [[[4, 3], [1, 3], [0, 2], [0, 1], [1, 0], [3, 0], [4, 1], [4, 5], [3, 6], [1, 6]]],
};

/** A number in [min, max) with 1/1000 steps. */
function between(random: RandomSource, min: number, max: number): number {
  return min + ((max - min) * randomInt(random, 1000)) / 1000;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function randomCaptchaText(random: RandomSource): string {
  const length = 5 + randomInt(random, 2);
  let text = '';
  for (let i = 0; i < length; i += 1) text += captchaAlphabet[randomInt(random, captchaAlphabet.length)];
  return text;
}

const width = 220;
const height = 70;

/** The distorted characters as an SVG: each glyph scaled, rotated, sheared and jittered, over noise curves. */
export function captchaSvg(text: string, random: RandomSource): string {
  const parts: string[] = [];
  const slot = (width - 20) / text.length;
  for (let n = 0; n < 4; n += 1) {
    const y = () => round(between(random, 8, height - 8));
    parts.push(
      `<path d="M0 ${y()} C${round(between(random, 30, 90))} ${y()} ${round(between(random, 120, 190))} ${y()} ${width} ${y()}" fill="none" stroke="#8a94a6" stroke-width="${round(between(random, 1, 2.2))}"/>`,
    );
  }
  [...text].forEach((character, index) => {
    const glyph = glyphs[character];
    if (!glyph) return;
    const scale = between(random, 5, 6);
    const cx = 10 + slot * index + slot / 2 + between(random, -2, 2);
    const cy = height / 2 + between(random, -5, 5);
    const angle = between(random, -16, 16);
    const shear = between(random, -0.25, 0.25);
    const d = glyph
      .map((stroke) =>
        stroke
          .map(([gx, gy], i) => {
            const x = (gx - 2 + between(random, -0.25, 0.25)) * scale;
            const yy = (gy - 3 + between(random, -0.25, 0.25)) * scale;
            return `${i === 0 ? 'M' : 'L'}${round(x + shear * yy)} ${round(yy)}`;
          })
          .join(''),
      )
      .join('');
    const shade = 30 + randomInt(random, 50);
    parts.push(
      `<path d="${d}" transform="translate(${round(cx)} ${round(cy)}) rotate(${round(angle)})" fill="none" stroke="rgb(${shade},${shade + 10},${shade + 40})" stroke-width="${round(between(random, 2.4, 3.4))}" stroke-linecap="round" stroke-linejoin="round"/>`,
    );
  });
  for (let n = 0; n < 18; n += 1) {
    parts.push(
      `<circle cx="${round(between(random, 0, width))}" cy="${round(between(random, 0, height))}" r="${round(between(random, 0.8, 2))}" fill="#6b7280"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="#f3f4f6"/>${parts.join('')}</svg>`;
}

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;base64,${btoa(svg)}`;
}

export interface AlternativeQuestion {
  en: string;
  nl: string;
  answer: string;
}

// Numbers written out, so no digit is there to grab (0–20, English and Dutch).
const numberNames: readonly (readonly [string, string])[] = [
  ['zero', 'nul'], ['one', 'een'], ['two', 'twee'], ['three', 'drie'], ['four', 'vier'], ['five', 'vijf'],
  ['six', 'zes'], ['seven', 'zeven'], ['eight', 'acht'], ['nine', 'negen'], ['ten', 'tien'], ['eleven', 'elf'],
  ['twelve', 'twaalf'], ['thirteen', 'dertien'], ['fourteen', 'veertien'], ['fifteen', 'vijftien'],
  ['sixteen', 'zestien'], ['seventeen', 'zeventien'], ['eighteen', 'achttien'], ['nineteen', 'negentien'],
  ['twenty', 'twintig'],
];
const en = (value: number) => numberNames[value]?.[0] ?? String(value);
const nl = (value: number) => numberNames[value]?.[1] ?? String(value);

// Word lists: the question names a few of each, and asks how many belong to one kind.
const animals: readonly (readonly [string, string])[] = [
  ['horse', 'paard'], ['owl', 'uil'], ['tiger', 'tijger'], ['rabbit', 'konijn'], ['goat', 'geit'], ['duck', 'eend'], ['mouse', 'muis'],
];
const things: readonly (readonly [string, string])[] = [
  ['chair', 'stoel'], ['spoon', 'lepel'], ['lamp', 'lamp'], ['window', 'raam'], ['bottle', 'fles'], ['pencil', 'potlood'], ['kettle', 'ketel'],
];
const fruits: readonly (readonly [string, string])[] = [
  ['apples', 'appels'], ['pears', 'peren'], ['plums', 'pruimen'], ['oranges', 'sinaasappels'], ['lemons', 'citroenen'],
];

function pick<T>(random: RandomSource, items: readonly T[]): T {
  const item = items[randomInt(random, items.length)];
  if (item === undefined) throw new RangeError('pick: empty list');
  return item;
}

/**
 * The accessible alternative (ADR 0009): a plain-language question with a small number as its
 * answer, in English and Dutch. Numbers are written out, the phrasing varies, and some questions
 * count words from lists, so a script can't read the sum off the text with a regex; a person
 * using a screen reader hears an ordinary question and may answer in digits or in words.
 */
export function alternativeQuestion(random: RandomSource): AlternativeQuestion {
  const a = 2 + randomInt(random, 8);
  const b = 1 + randomInt(random, 8);
  const big = a + b;
  const [fruitEn, fruitNl] = pick(random, fruits);
  switch (randomInt(random, 8)) {
    case 0:
      return { en: `What is ${en(a)} plus ${en(b)}?`, nl: `Hoeveel is ${nl(a)} plus ${nl(b)}?`, answer: String(big) };
    case 1:
      return { en: `Add ${en(b)} to ${en(a)}. What do you get?`, nl: `Tel ${nl(b)} op bij ${nl(a)}. Wat krijg je?`, answer: String(big) };
    case 2:
      return { en: `Take ${en(b)} away from ${en(big)}: how many are left?`, nl: `Haal ${nl(b)} weg van ${nl(big)}: hoeveel blijven er over?`, answer: String(a) };
    case 3:
      return {
        en: `A bowl holds ${en(big)} ${fruitEn}. Someone eats ${en(b)}. How many ${fruitEn} are in the bowl now?`,
        nl: `In een schaal liggen ${nl(big)} ${fruitNl}. Iemand eet er ${nl(b)}. Hoeveel ${fruitNl} liggen er nu in de schaal?`,
        answer: String(a),
      };
    case 4:
      return { en: `Which number comes right after ${en(big)}?`, nl: `Welk getal komt direct na ${nl(big)}?`, answer: String(big + 1) };
    case 5:
      return { en: `Count down from ${en(big)} by one. Which number do you say next?`, nl: `Tel af vanaf ${nl(big)}. Welk getal zeg je daarna?`, answer: String(big - 1) };
    case 6: {
      const count = 1 + randomInt(random, 3);
      const words = [...pickDistinct(random, animals, count), ...pickDistinct(random, things, 4 - count)];
      const shuffled = pickDistinct(random, words, words.length);
      return {
        en: `How many of these are animals: ${shuffled.map(([word]) => word).join(', ')}?`,
        nl: `Hoeveel hiervan zijn dieren: ${shuffled.map(([, word]) => word).join(', ')}?`,
        answer: String(count),
      };
    }
    default:
      return {
        en: `You have ${en(a)} ${fruitEn} and get ${en(b)} more. How many ${fruitEn} do you have?`,
        nl: `Je hebt ${nl(a)} ${fruitNl} en krijgt er ${nl(b)} bij. Hoeveel ${fruitNl} heb je?`,
        answer: String(big),
      };
  }
}

const numberWords: Record<string, string> = {};
[
  ['zero', 'nul'], ['one', 'een'], ['two', 'twee'], ['three', 'drie'], ['four', 'vier'], ['five', 'vijf'],
  ['six', 'zes'], ['seven', 'zeven'], ['eight', 'acht'], ['nine', 'negen'], ['ten', 'tien'], ['eleven', 'elf'],
  ['twelve', 'twaalf'], ['thirteen', 'dertien'], ['fourteen', 'veertien'], ['fifteen', 'vijftien'],
  ['sixteen', 'zestien'], ['seventeen', 'zeventien'], ['eighteen', 'achttien'], ['nineteen', 'negentien'],
  ['twenty', 'twintig'],
].forEach(([en, nl], value) => {
  numberWords[en as string] = String(value);
  numberWords[nl as string] = String(value);
});
numberWords['één'] = '1';

/** Case-insensitive, spaces ignored; a spelled-out number (English or Dutch) counts as its digits. */
export function normalizeCaptchaAnswer(answer: string): string {
  const folded = answer.trim().toLowerCase().replace(/\s+/g, '');
  return numberWords[folded] ?? folded;
}

export interface NewCaptcha {
  stored: StoredCaptcha;
  image: string;
  alternativeQuestion: { en: string; nl: string };
}

export function createCaptcha(random: RandomSource, now: number): NewCaptcha {
  const text = randomCaptchaText(random);
  const question = alternativeQuestion(random);
  return {
    stored: {
      challengeId: randomId(random, 'cap'),
      answer: text,
      alternativeAnswer: question.answer,
      expiresAt: now + captchaLifetimeMs,
      used: false,
    },
    image: svgDataUrl(captchaSvg(text, random)),
    alternativeQuestion: { en: question.en, nl: question.nl },
  };
}

/**
 * Checks and spends a CAPTCHA: any attempt uses it up, right or wrong, so it can't be guessed twice.
 * Answers whether it was a valid, unexpired, unused challenge answered right (image or question).
 */
export function redeemCaptcha(state: PortalState, challengeId: string, answer: string, now: number): boolean {
  const captcha = state.captchas.get(challengeId);
  if (!captcha || captcha.used || now >= captcha.expiresAt) return false;
  captcha.used = true;
  const typed = normalizeCaptchaAnswer(answer);
  return typed.length > 0 && (typed === captcha.answer.toLowerCase() || typed === normalizeCaptchaAnswer(captcha.alternativeAnswer));
}

/** Drops challenges expired for a while, so the persisted state stays small. */
export function pruneCaptchas(state: PortalState, now: number): void {
  for (const [id, captcha] of state.captchas) {
    if (now >= captcha.expiresAt + captchaLifetimeMs) state.captchas.delete(id);
  }
}
