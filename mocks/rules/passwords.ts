import { dictionary } from '@zxcvbn-ts/language-common';
import type { PasswordRules, Violation } from '@/api';

/** The password rules of PRODUCT.md; GET /password-rules publishes them as the client's checklist. */
export const passwordLimits = {
  minLength: 8,
  maxLength: 256,
  minClasses: 3,
  requiredScore: 5,
  historyCount: 24,
  allowedSymbols: "@#$%^&*-_!+=[]{}|\\:',.?/`~\"();<>",
} as const;

const allowedSymbolSet = new Set(passwordLimits.allowedSymbols);

export function passwordRules(): PasswordRules {
  return {
    minLength: passwordLimits.minLength,
    maxLength: passwordLimits.maxLength,
    minClasses: passwordLimits.minClasses,
    allowedSymbols: passwordLimits.allowedSymbols,
    bannedCheck: { requiredScore: passwordLimits.requiredScore },
    historyCount: passwordLimits.historyCount,
  };
}

/** The terms besides the shipped common-password list that a password may not be built from. */
export interface BannedContext {
  /** The organisation's custom banned list. */
  customTerms: readonly string[];
  /** Whether the custom list is enforced (the policy's `bannedPasswords.enforceCustom`). */
  enforceCustom: boolean;
  /** The person's given name, surname and the organisation's name. */
  personalTerms: readonly string[];
}

/** The shortest banned term that counts (custom, personal and common alike). */
export const minBannedTermLength = 4;
/**
 * One-edit matches apply to terms of 5+ characters; a 4-character term must be found exactly.
 * Why: a 4-character term one edit away is any 3-character run or any 4 characters sharing
 * three with it, and with the ~600 four-letter common passwords that flags random passwords.
 */
export const fuzzyMinTermLength = 5;
/** How many of the shipped list's most common passwords are banned (after normalising, 4+ characters). */
const commonPasswordLimit = 10_000;

// Look-alikes people use for letters, each mapped to the one letter it stands for.
const lookAlikes: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'l',
  '2': 'z',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '6': 'g',
  '7': 't',
  '8': 'b',
  '9': 'g',
  $: 's',
  '@': 'a',
  '!': 'i',
  '|': 'l',
  '+': 't',
  '€': 'e',
  '£': 'l',
  '¥': 'y',
};

/** Lower-cases and maps look-alike characters; one code point in, one code point out. */
export function normalizeForBanned(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const single = [...lower].length === 1 ? lower : char;
    out += lookAlikes[single] ?? single;
  }
  return out;
}

/** Normalised, one UTF-16 unit per code point (astral characters become U+FFFD), so string indices count code points. */
function toScoringUnits(text: string): string {
  let out = '';
  for (const char of normalizeForBanned(text)) out += char.length === 1 ? char : '\uFFFD';
  return out;
}

/**
 * Banned terms in a trie. Scoring walks it from every position of the password allowing at most
 * one edit (a Levenshtein automaton of distance 1), so most walks die after two or three characters.
 */
interface TrieNode {
  /** The characters of the children, in the order of `next`. */
  keys: string;
  next: TrieNode[];
  /** The term that ends here, if any. */
  term: string | null;
}

interface TermIndex {
  root: TrieNode;
  size: number;
}

function newNode(): TrieNode {
  return { keys: '', next: [], term: null };
}

function buildIndex(terms: Iterable<string>): TermIndex {
  const index: TermIndex = { root: newNode(), size: 0 };
  for (const term of terms) {
    if (term.length < minBannedTermLength) continue;
    let node = index.root;
    for (const char of term) {
      const at = node.keys.indexOf(char);
      let child = at >= 0 ? node.next[at] : undefined;
      if (!child) {
        child = newNode();
        node.keys += char;
        node.next.push(child);
      }
      node = child;
    }
    if (node.term === null) {
      node.term = term;
      index.size += 1;
    }
  }
  return index;
}

/** Splits names into words (an organisation "Contoso Ltd" bans "contoso"), normalised. */
function termsOf(texts: readonly string[], splitWords: boolean): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const words = splitWords ? text.split(/[\s\-_.,;:/\\()&]+/u) : [text.trim()];
    for (const word of words) {
      const units = toScoringUnits(word);
      if (units.length >= minBannedTermLength) out.push(units);
    }
  }
  return out;
}

let commonIndex: TermIndex | undefined;

/** Built once, on first use: the most common passwords of the data package, normalised. */
function commonPasswords(): TermIndex {
  if (commonIndex) return commonIndex;
  const terms = new Set<string>();
  for (const password of dictionary.passwords) {
    const term = toScoringUnits(password);
    // Letters only after normalising: a term's every character can then stand for a letter.
    if (term.length >= minBannedTermLength && /^[a-z]+$/.test(term)) terms.add(term);
    if (terms.size >= commonPasswordLimit) break;
  }
  commonIndex = buildIndex(terms);
  return commonIndex;
}

/** How many common passwords are banned (for tests and the docs). */
export function commonPasswordCount(): number {
  return commonPasswords().size;
}

// The custom list changes rarely, so its index is kept per distinct list.
const customIndexCache = new Map<string, TermIndex>();
const customIndexCacheSize = 8;

function customIndex(terms: readonly string[]): TermIndex {
  const key = terms.join('\u0000');
  const cached = customIndexCache.get(key);
  if (cached) return cached;
  const index = buildIndex(termsOf(terms, false));
  if (customIndexCache.size >= customIndexCacheSize) {
    const oldest = customIndexCache.keys().next();
    if (!oldest.done) customIndexCache.delete(oldest.value);
  }
  customIndexCache.set(key, index);
  return index;
}

interface TermMatch {
  start: number;
  term: string;
  /** One edit away rather than exact. */
  edited: boolean;
}

/**
 * Every run text[start, end) that is a term, or (for terms of `fuzzyMinTermLength`+) one edit
 * away from one, recorded in `byEnd[end]`.
 */
function collectMatches(text: string, index: TermIndex, byEnd: TermMatch[][]): void {
  const n = text.length;
  for (let start = 0; start < n; start += 1) {
    const visit = (node: TrieNode, pos: number, edited: boolean): void => {
      if (node.term !== null && (!edited || node.term.length >= fuzzyMinTermLength) && pos > start) {
        byEnd[pos]?.push({ start, term: node.term, edited });
      }
      const char = pos < n ? text[pos] : undefined;
      if (char !== undefined) {
        const child = node.next[node.keys.indexOf(char)];
        if (child) visit(child, pos + 1, edited);
      }
      if (edited) return;
      if (char !== undefined) visit(node, pos + 1, true); // an extra character in the password
      for (let k = 0; k < node.keys.length; k += 1) {
        const child = node.next[k];
        if (!child) continue;
        visit(child, pos, true); // a character of the term missing from the password
        if (char !== undefined && node.keys[k] !== char) visit(child, pos + 1, true); // one substituted
      }
    };
    visit(index.root, start, false);
  }
}

export interface BannedScore {
  score: number;
  /** The banned terms (normalised) that the scoring used, in password order. */
  matchedTerms: string[];
}

/**
 * PRODUCT.md's banned-password score: normalise; each banned term found (exactly, or one edit
 * away) is 1 point and consumes its characters; each remaining character is 1 point.
 *
 * Terms may overlap in many ways, so rather than a greedy pick this takes the placement with the
 * lowest score (dynamic programming over the password: at each position either one character
 * for 1 point, or one matched term for 1 point; on a tie the longest run wins, then an exact match). It is
 * deterministic, never above the length, and no order of matching makes a weak password look stronger.
 */
export function bannedScore(password: string, context: BannedContext): BannedScore {
  const text = toScoringUnits(password);
  const n = text.length;
  const byEnd: TermMatch[][] = Array.from({ length: n + 1 }, () => []);
  collectMatches(text, commonPasswords(), byEnd);
  collectMatches(text, buildIndex(termsOf(context.personalTerms, true)), byEnd);
  if (context.enforceCustom && context.customTerms.length > 0) collectMatches(text, customIndex(context.customTerms), byEnd);

  // best[j]: the lowest score of the first j characters; via[j]: how that score ends.
  const best = new Array<number>(n + 1).fill(0);
  const via = new Array<TermMatch | null>(n + 1).fill(null);
  for (let j = 1; j <= n; j += 1) {
    best[j] = (best[j - 1] ?? 0) + 1;
    via[j] = null;
    for (const match of byEnd[j] ?? []) {
      const score = (best[match.start] ?? 0) + 1;
      const current = via[j];
      const better =
        score < (best[j] ?? 0) ||
        (score === best[j] &&
          current != null &&
          (match.start < current.start || (match.start === current.start && current.edited && !match.edited)));
      if (better) {
        best[j] = score;
        via[j] = match;
      }
    }
  }

  const matchedTerms: string[] = [];
  for (let j = n; j > 0; ) {
    const match = via[j];
    if (match) {
      matchedTerms.unshift(match.term);
      j = match.start;
    } else j -= 1;
  }
  return { score: best[n] ?? 0, matchedTerms };
}

type CharacterClass = 'lower' | 'upper' | 'digit' | 'symbol';

function classOf(char: string): CharacterClass | null {
  if (char >= 'a' && char <= 'z') return 'lower';
  if (char >= 'A' && char <= 'Z') return 'upper';
  if (char >= '0' && char <= '9') return 'digit';
  // Entra counts a space as a symbol.
  if (char === ' ' || allowedSymbolSet.has(char)) return 'symbol';
  return null;
}

export interface PasswordEvaluation {
  violations: Violation[];
  /** The banned-password score (5 needed). */
  score: number;
}

/** Every rule of PRODUCT.md's Passwords section that a new password can fail on its own. */
export function evaluatePassword(password: string, context: BannedContext): PasswordEvaluation {
  const violations: Violation[] = [];
  const chars = [...password];
  if (chars.length < passwordLimits.minLength) {
    violations.push({ code: 'too_short', params: { min: passwordLimits.minLength, actual: chars.length } });
  }
  if (chars.length > passwordLimits.maxLength) {
    violations.push({ code: 'too_long', params: { max: passwordLimits.maxLength, actual: chars.length } });
  }
  const classes = new Set<CharacterClass>();
  const invalid: string[] = [];
  for (const char of chars) {
    const characterClass = classOf(char);
    if (characterClass) classes.add(characterClass);
    else if (!invalid.includes(char)) invalid.push(char);
  }
  if (classes.size < passwordLimits.minClasses) {
    violations.push({ code: 'too_few_classes', params: { required: passwordLimits.minClasses, actual: classes.size } });
  }
  for (const character of invalid) {
    const codePoint = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    violations.push({ code: 'invalid_character', params: { character, codePoint } });
  }
  const { score } = bannedScore(password, context);
  if (score < passwordLimits.requiredScore) {
    violations.push({ code: 'banned', params: { score, required: passwordLimits.requiredScore } });
  }
  return { violations, score };
}

export function checkPassword(password: string, context: BannedContext): Violation[] {
  return evaluatePassword(password, context).violations;
}
