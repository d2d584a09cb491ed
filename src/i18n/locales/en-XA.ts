import type { DeepStrings } from '../locale-type';
import { en, type Locale } from './en';

const accented: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/**
 * en-XA, the pseudo-locale (demo mode only): every English string accented, about 35 % longer and
 * bracketed, `{{parameters}}` kept. A hard-coded string shows up as plain English beside it, and
 * clipped text loses its closing bracket.
 */
export function pseudo(text: string): string {
  const parts = text.split(/(\{\{[^}]*\}\})/);
  const body = parts.map((part) => (part.startsWith('{{') ? part : part.replace(/[A-Za-z]/g, (letter) => accented[letter] ?? letter))).join('');
  const letters = text.replace(/\{\{[^}]*\}\}/g, '').length;
  return `[${body}${' ·'.repeat(Math.ceil((letters * 0.35) / 2))}]`;
}

function pseudoTree<T extends object>(tree: T): DeepStrings<T> {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [key, key === 'locale' ? 'en' : typeof value === 'string' ? pseudo(value) : pseudoTree(value as object)]),
  ) as DeepStrings<T>;
}

export const enXA: Locale<'one' | 'other'> = pseudoTree(en);
