import { foldAnswer, questionWordings, type QuestionLanguage } from '../mocks/engine/reset/captcha';

// One reader of the CAPTCHA's accessible question for every test (jsdom and browser): numbers are
// written out and the phrasing varies (mocks/engine/reset/captcha.ts), so it reads the words as a
// person does rather than grabbing digits. It takes the language's number words and animals from
// the mock's tables, and tells the kinds of question apart by their own words, language by language.

interface Reading {
  countdown: RegExp;
  next: RegExp;
  subtract: RegExp;
  add: RegExp;
}

// Matched against the folded question (lower case, no accents or Arabic vowel marks).
const readings: Record<QuestionLanguage, Reading> = {
  en: { countdown: /^count down/, next: /right after/, subtract: /away from|eats/, add: /plus|^add|more\./ },
  nl: { countdown: /^tel af/, next: /direct na/, subtract: /weg van|eet er/, add: /plus|op bij| bij\./ },
  de: { countdown: /ruckwarts/, next: /direkt nach/, subtract: /ziehen sie|isst/, add: /plus|addieren|dazu/ },
  fr: { countdown: /a rebours/, next: /juste apres/, subtract: /retirez|mange/, add: /plus|ajoutez/ },
  es: { countdown: /hacia atras/, next: /justo despues/, subtract: /reste|come/, add: /mas|sume/ },
  it: { countdown: /indietro/, next: /subito dopo/, subtract: /togli|mangia/, add: /piu|aggiungi/ },
  'pt-BR': { countdown: /de tras para frente/, next: /logo depois/, subtract: /tire|come/, add: /mais|some/ },
  pl: { countdown: /wstecz/, next: /nastepuje/, subtract: /odejmij|minus/, add: /plus|dodaj/ },
  sv: { countdown: /baklanges/, next: /direkt efter/, subtract: /dra bort|ater upp/, add: /plus|lagg ihop|till\./ },
  ja: { countdown: /逆に数/, next: /次の数/, subtract: /引く|食/, add: /たす|足す|もらい/ },
  'zh-Hans': { countdown: /倒着数/, next: /紧跟/, subtract: /减|吃/, add: /加|得到/ },
  ar: { countdown: /تنازلي/, next: /يليه/, subtract: /طرح|نقص/, add: /جمع|مجموع/ },
};

const split = (list: string) => list.split(',');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The numbers written in a folded question, in order. */
function numbersIn(text: string, language: QuestionLanguage): number[] {
  const wording = questionWordings[language];
  const words = new Map<string, number>(split(wording.numbers).map((word, value) => [foldAnswer(word), value]));
  for (const [value, spellings] of Object.entries(wording.also ?? {})) for (const word of split(spellings)) words.set(foldAnswer(word), Number(value));
  const alternatives = [...words.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  // Kanji and hanzi run on without spaces; elsewhere a number is a whole word (in Arabic "and" may lead it).
  const pattern =
    language === 'ja' || language === 'zh-Hans'
      ? new RegExp(`(${alternatives})`, 'gu')
      : new RegExp(`(?<![\\p{L}\\p{N}])${language === 'ar' ? 'و?' : ''}(${alternatives})(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((match) => words.get(match[1] ?? '') ?? NaN);
}

/**
 * The question's answer, in digits; `language` is the page's (a language the server doesn't word
 * reads as English). Throws on a phrasing it can't read, so a new one is noticed.
 */
export function answerCaptchaQuestion(question: string, language = 'en'): string {
  const tag = (language in questionWordings ? language : 'en') as QuestionLanguage;
  const text = foldAnswer(question.replace(/\*$/, '').trim());
  const animals = new Set(split(questionWordings[tag].animals).map(foldAnswer));
  const named = text.split(/[,、،:：?？؟。]/).filter((word) => animals.has(word.trim())).length;
  if (named > 0) return String(named);
  const numbers = numbersIn(text, tag);
  const [first = 0] = numbers;
  const reading = readings[tag];
  if (numbers.length === 0) throw new Error(`A CAPTCHA question the tests can't read: ${question}`);
  if (reading.countdown.test(text)) return String(first - 1);
  if (reading.next.test(text)) return String(first + 1);
  if (reading.subtract.test(text)) return String(Math.max(...numbers) - Math.min(...numbers));
  if (reading.add.test(text)) return String(numbers.reduce((sum, value) => sum + value, 0));
  throw new Error(`A CAPTCHA question the tests can't read: ${question}`);
}
