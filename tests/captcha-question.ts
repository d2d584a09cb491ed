// One reader of the CAPTCHA's accessible question for every test (jsdom and browser): numbers are
// written out and the phrasing varies (mocks/engine/reset/captcha.ts), so it reads the words as a
// person does rather than grabbing digits.

const numberWords = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
const animalWords = ['horse', 'owl', 'tiger', 'rabbit', 'goat', 'duck', 'mouse'];

/** The English question's answer, in digits; throws on a phrasing it can't read, so a new one is noticed. */
export function answerCaptchaQuestion(question: string): string {
  const text = question.replace(/\*$/, '').trim();
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const numbers = words.map((word) => numberWords.indexOf(word)).filter((value) => value >= 0);
  const [first = 0] = numbers;
  if (/animals:/.test(text)) return String(words.filter((word) => animalWords.includes(word)).length);
  if (numbers.length === 0) throw new Error(`A CAPTCHA question the tests can't read: ${question}`);
  if (/right after/.test(text)) return String(first + 1);
  if (/^Count down/.test(text)) return String(first - 1);
  if (/away from|eats/.test(text)) return String(Math.max(...numbers) - Math.min(...numbers));
  if (/plus|^Add|more\./.test(text)) return String(numbers.reduce((sum, value) => sum + value, 0));
  throw new Error(`A CAPTCHA question the tests can't read: ${question}`);
}
