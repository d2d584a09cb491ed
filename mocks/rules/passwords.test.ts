import fc from 'fast-check';
import {
  bannedScore,
  checkPassword,
  commonPasswordCount,
  evaluatePassword,
  normalizeForBanned,
  passwordLimits,
  passwordRules,
  type BannedContext,
} from './passwords';

const noTerms: BannedContext = { customTerms: [], enforceCustom: false, personalTerms: [] };
const contoso: BannedContext = {
  customTerms: ['fabrikam', 'northwind'],
  enforceCustom: true,
  personalTerms: ['Adele', 'Vance', 'Contoso Ltd'],
};
const codes = (password: string, context = noTerms) => checkPassword(password, context).map((v) => v.code);

describe('password rules', () => {
  it('Passwords: length 8–256', () => {
    expect(checkPassword('Xq7#vbT', noTerms)).toContainEqual({ code: 'too_short', params: { min: 8, actual: 7 } });
    expect(codes('Xq7#vbTz')).toEqual([]);
    const longest = 'Xq7#vbTz'.repeat(32);
    expect(codes(longest)).toEqual([]);
    expect(checkPassword(`${longest}k`, noTerms)).toContainEqual({ code: 'too_long', params: { max: 256, actual: 257 } });
  });

  it('Passwords: length counts characters (code points), not UTF-16 units', () => {
    // 7 characters, one of them an emoji of two UTF-16 units.
    expect(checkPassword('Xq7#vb😀', noTerms)).toContainEqual({ code: 'too_short', params: { min: 8, actual: 7 } });
  });

  it('Passwords: at least 3 of lower case, upper case, digit, symbol', () => {
    expect(checkPassword('qwvbkzjmtr', noTerms)).toContainEqual({ code: 'too_few_classes', params: { required: 3, actual: 1 } });
    expect(checkPassword('qwvbKZJMTR', noTerms)).toContainEqual({ code: 'too_few_classes', params: { required: 3, actual: 2 } });
    expect(codes('qwvbKZJM58')).toEqual([]);
    expect(codes('qwvbKZJM#%')).toEqual([]);
    expect(codes('qwvb7758#%')).toEqual([]);
    // A space counts as a symbol.
    expect(codes('qwvb KZJM')).toEqual([]);
  });

  it('Passwords: allowed characters are ASCII letters, digits, space and the listed symbols', () => {
    for (const symbol of passwordLimits.allowedSymbols) {
      expect(codes(`Qwvbkzj7${symbol}`)).toEqual([]);
    }
  });

  it('Passwords: any other character is named in the error', () => {
    const violations = checkPassword('Qwvbkzjé7€é\u00a0', noTerms).filter((v) => v.code === 'invalid_character');
    expect(violations).toEqual([
      { code: 'invalid_character', params: { character: 'é', codePoint: 'U+00E9' } },
      { code: 'invalid_character', params: { character: '€', codePoint: 'U+20AC' } },
      { code: 'invalid_character', params: { character: '\u00a0', codePoint: 'U+00A0' } },
    ]);
  });

  it('Passwords: every failure is a code with parameters, never English text', () => {
    const all = checkPassword('é', contoso);
    expect(all.map((v) => v.code)).toEqual(['too_short', 'too_few_classes', 'invalid_character', 'banned']);
    for (const violation of all) {
      expect(violation.code).toMatch(/^[a-z_]+$/);
      expect(Object.values(violation.params ?? {}).every((value) => typeof value !== 'string' || value.length <= 6)).toBe(true);
    }
  });

  it('GET /password-rules publishes the limits the checks use', () => {
    expect(passwordRules()).toEqual({
      minLength: 8,
      maxLength: 256,
      minClasses: 3,
      allowedSymbols: "@#$%^&*-_!+=[]{}|\\:',.?/`~\"();<>",
      bannedCheck: { requiredScore: 5 },
      historyCount: 24,
    });
  });
});

describe('banned passwords', () => {
  it('Banned passwords: lower-case and map look-alike characters', () => {
    expect(normalizeForBanned('P@$$w0rd!')).toBe('passwordi');
    expect(normalizeForBanned('1337 5|+3')).toBe('leet slte');
    expect(normalizeForBanned('C0NT0S0')).toBe('contoso');
    expect(normalizeForBanned('8ig9')).toBe('bigg');
    expect([...normalizeForBanned('Ünïcödé😀')].length).toBe(8);
  });

  it('Banned passwords: a shipped list of common passwords from a maintained data package', () => {
    expect(commonPasswordCount()).toBe(10_000);
    expect(bannedScore('dragon', noTerms)).toEqual({ score: 1, matchedTerms: ['dragon'] });
    expect(bannedScore('Sunshine', noTerms).score).toBe(1);
  });

  it('Banned passwords: a term found exactly scores 1 point and each remaining character 1 point', () => {
    // "#password" is "password" one edit away: 1 point; "2", "x" and "#" 1 each.
    expect(bannedScore('2x#Password', noTerms)).toEqual({ score: 3, matchedTerms: ['password'] });
    expect(bannedScore('Dragon', noTerms)).toEqual({ score: 1, matchedTerms: ['dragon'] });
    expect(checkPassword('2x#Password', noTerms)).toContainEqual({ code: 'banned', params: { score: 3, required: 5 } });
  });

  it('Banned passwords: look-alike characters do not hide a term', () => {
    expect(bannedScore('P@$$w0rd', noTerms).score).toBe(1);
    expect(bannedScore('C0nt0s0', contoso).score).toBe(1);
  });

  it('Banned passwords: a term one edit away scores 1 point', () => {
    expect(bannedScore('Fabrikxm', contoso).score).toBe(1); // substituted
    expect(bannedScore('Fabrkam', contoso).score).toBe(1); // deleted
    expect(bannedScore('Fabrik-am', contoso).score).toBe(1); // inserted
    // Two edits away is no match: 8 characters, 8 points.
    expect(bannedScore('Fxbrikxm', contoso).score).toBe(8);
  });

  it('Banned passwords: 5 points are needed', () => {
    // "contoso2" (one edit) + "0", "2", "6": 4 points.
    expect(evaluatePassword('Contoso2026', contoso).violations).toContainEqual({ code: 'banned', params: { score: 4, required: 5 } });
    // "contoso2" + "0", "2", "6", "#": 5 points.
    expect(evaluatePassword('Contoso2026#', contoso)).toEqual({ violations: [], score: 5 });
  });

  it('Banned passwords: the custom list counts only when enforced', () => {
    expect(bannedScore('Fabrikam', contoso).score).toBe(1);
    expect(bannedScore('Fabrikam', { ...contoso, enforceCustom: false }).matchedTerms).not.toContain('fabrikam');
  });

  it("Banned passwords: the person's given name, surname and the organisation's name (terms of 4+ characters)", () => {
    expect(bannedScore('Vance#Adele', contoso)).toEqual({ score: 2, matchedTerms: ['vance', 'adele'] });
    // "contosox" is "contoso" one edit away, then "q".
    expect(bannedScore('ContosoXq', contoso)).toEqual({ score: 2, matchedTerms: ['contoso'] });
    // "Li" is shorter than 4 characters, so it is not a term.
    expect(bannedScore('Li', { ...noTerms, personalTerms: ['Li'] }).score).toBe(2);
  });
});

describe('banned password properties', () => {
  const lookAlikeOf: Record<string, string[]> = {
    o: ['o', 'O', '0'],
    l: ['l', 'L', '1', '|'],
    e: ['e', 'E', '3'],
    a: ['a', 'A', '4', '@'],
    s: ['s', 'S', '5', '$'],
    t: ['t', 'T', '7', '+'],
    b: ['b', 'B', '8'],
    g: ['g', 'G', '9', '6'],
    i: ['i', 'I', '!'],
    z: ['z', 'Z', '2'],
  };
  const bannedWords = ['password', 'sunshine', 'football', 'dragon', 'fabrikam', 'northwind', 'adele', 'contoso'];
  // Characters that no term contains: common terms are letters only after normalising, and so are these.
  const neutral = fc.constantFrom('#', '%', '^', '&', '*', '=', '_', '~', '?', '/', ' ', '"', ';');

  it('Banned passwords: the score never exceeds the length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: 'grapheme-composite' }), (password) => {
        expect(bannedScore(password, contoso).score).toBeLessThanOrEqual([...password].length);
      }),
      { numRuns: 300 },
    );
  });

  it('Banned passwords: adding a character that no term contains never lowers the score', () => {
    // Adding just any character can complete a term ("passwo" 3 points, "passwor" 1), so the rule
    // that holds is about characters that cannot be part of a term.
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), neutral, fc.nat(), (password, extra, at) => {
        const chars = [...password];
        const position = at % (chars.length + 1);
        const longer = [...chars.slice(0, position), extra, ...chars.slice(position)].join('');
        expect(bannedScore(longer, contoso).score).toBeGreaterThanOrEqual(bannedScore(password, contoso).score);
      }),
      { numRuns: 400 },
    );
  });

  it('Banned passwords: look-alike substitution of a banned word keeps it banned', () => {
    const disguised = fc
      .constantFrom(...bannedWords)
      .chain((word) => fc.tuple(...[...word].map((char) => fc.constantFrom(...(lookAlikeOf[char] ?? [char, char.toUpperCase()])))))
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(disguised, fc.array(neutral, { maxLength: 3 }), (word, suffix) => {
        const password = word + suffix.join('');
        expect(bannedScore(password, contoso).score).toBeLessThanOrEqual(1 + suffix.length);
        expect(codes(password, contoso)).toContain('banned');
      }),
      { numRuns: 300 },
    );
  });
});
