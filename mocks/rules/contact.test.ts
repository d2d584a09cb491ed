import fc from 'fast-check';
import { isWellFormedEmail, maskEmail, maskPhone, normalizeTypedPhone, parsePhone } from './contact';

describe('contact data', () => {
  it('Methods: email needs a valid address', () => {
    for (const email of ['adele.vance@contoso.com', 'a@b.co', "o'brien+sspr@mail.contoso.co.uk", 'x_y-z@sub-domain.example.org', 'info@xn--bcher-kva.xn--p1ai']) {
      expect(isWellFormedEmail(email), email).toBe(true);
    }
    for (const email of [
      null,
      undefined,
      '',
      'miriam.graham@',
      '@contoso.com',
      'adele@contoso',
      'adele@contoso.c',
      'adele@@contoso.com',
      'ad ele@contoso.com',
      'adele@contoso.com ',
      '.adele@contoso.com',
      'ad..ele@contoso.com',
      'adele@-contoso.com',
      'adele@contoso.123',
      `${'a'.repeat(65)}@contoso.com`,
      `a@${`${'b'.repeat(60)}.`.repeat(5)}com`, // over 254 characters
    ]) {
      expect(isWellFormedEmail(email), String(email)).toBe(false);
    }
  });

  it('Methods: phone numbers are well-formed as +<country code> <number>, optional extension x123', () => {
    expect(parsePhone('+1 425 555 0100')).toEqual({ e164: '+14255550100', extension: null });
    expect(parsePhone('+31 612345678')).toEqual({ e164: '+31612345678', extension: null });
    expect(parsePhone('+44 20 7946 0102')).toEqual({ e164: '+442079460102', extension: null });
    expect(parsePhone('+1 425 555 0107 x123')).toEqual({ e164: '+14255550107', extension: '123' });
    expect(parsePhone('+1 4255550107x123')).toEqual({ e164: '+14255550107', extension: '123' });
    for (const phone of [
      '425 555 0110', // no country code
      '+14255550100', // no space after the country code
      '+14 255550100', // the space is not after the country code
      '+1 425-555-0100',
      '+1 (425) 555 0100',
      '+1 425 111 0100', // not a valid number in the US plan
      '+31 6 1234', // too short
      '+1 425 555 0100 ext 12',
      '',
      null,
    ]) {
      expect(parsePhone(phone), String(phone)).toBeNull();
    }
  });

  it('Reset: a phone number as people type it is normalised to E.164', () => {
    for (const typed of ['+31612345678', '+31 6 1234 5678', '+31 (0)6-1234-5678', '0031 6 12345678', ' +31.6.12.34.56.78 ']) {
      expect(normalizeTypedPhone(typed), typed).toBe('+31612345678');
    }
    expect(normalizeTypedPhone('+1 (425) 555-0107 x123')).toBe('+14255550107');
    for (const typed of ['0612345678', '612345678', '+31 6 1234', 'call me', '', '+1 425 111 0100']) {
      expect(normalizeTypedPhone(typed), typed).toBeNull();
    }
  });

  it('Masking: e-mail shows only the first two characters and the domain', () => {
    expect(maskEmail('adele.vance@contoso.com')).toBe('ad******@contoso.com');
    expect(maskEmail('al@contoso.com')).toBe('al******@contoso.com');
    expect(maskEmail('a@contoso.com')).toBe('a******@contoso.com');
  });

  it('Masking: phone shows only the last two digits', () => {
    expect(maskPhone('+31 612345678')).toBe('+** *******78');
    expect(maskPhone('+1 425 555 0107 x123')).toBe('+* ********07');
    expect(maskPhone('425 555 0110')).toBe('********10');
  });
});

describe('contact data properties', () => {
  const localChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789._-+'.split(''));
  const email = fc
    .tuple(
      fc.array(localChar, { minLength: 1, maxLength: 20 }).map((chars) => chars.join('')),
      fc.constantFrom('contoso.com', 'mail.fabrikam.co.uk', 'example.org'),
    )
    .map(([local, domain]) => `${local.replace(/^\.+|\.+$/g, 'x').replace(/\.\.+/g, '.')}@${domain}`)
    .filter((value) => isWellFormedEmail(value));

  // Real-shaped numbers of a few plans; the generator keeps only the valid ones.
  const validPhone = fc
    .tuple(
      fc.constantFrom(
        { cc: '1', prefix: '425', length: 7 },
        { cc: '31', prefix: '6', length: 8 },
        { cc: '44', prefix: '7', length: 9 },
        { cc: '49', prefix: '151', length: 8 },
        { cc: '91', prefix: '9', length: 9 },
      ),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 }),
      fc.option(fc.integer({ min: 1, max: 99_999 }), { nil: null }),
    )
    .map(([plan, digits, extension]) => {
      const number = plan.prefix + digits.join('').slice(0, plan.length);
      return `+${plan.cc} ${number}${extension === null ? '' : ` x${extension}`}`;
    })
    .filter((value) => parsePhone(value) !== null);

  it('Masking: a masked e-mail reveals nothing but the first two characters and the domain', () => {
    fc.assert(
      fc.property(email, (value) => {
        const masked = maskEmail(value);
        const [local = '', domain = ''] = value.split('@');
        expect(masked).toBe(`${local.slice(0, 2)}******@${domain}`);
        expect(masked.length - domain.length).toBeLessThanOrEqual(9);
      }),
      { numRuns: 200 },
    );
  });

  it('Masking: a masked phone contains no digit but the last two of the number', () => {
    fc.assert(
      fc.property(validPhone, (value) => {
        const masked = maskPhone(value);
        const e164 = parsePhone(value)?.e164 ?? '';
        expect(masked.replace(/\D/g, '')).toBe(e164.slice(-2));
        expect(masked.endsWith(e164.slice(-2))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('Phone parsing: a parsed number re-parses to itself, typed in any notation', () => {
    fc.assert(
      fc.property(validPhone, (value) => {
        const parsed = parsePhone(value);
        expect(parsed).not.toBeNull();
        const e164 = parsed?.e164 ?? '';
        expect(normalizeTypedPhone(e164)).toBe(e164);
        expect(normalizeTypedPhone(value)).toBe(e164);
      }),
      { numRuns: 200 },
    );
  });

  it('Phone parsing: random strings never throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.stringMatching(/^\+[0-9 x()-]{0,24}$/)), (value) => {
        const parsed = parsePhone(value);
        if (parsed) expect(parsed.e164).toMatch(/^\+[1-9]\d{6,15}$/);
        const typed = normalizeTypedPhone(value);
        if (typed) expect(typed).toMatch(/^\+[1-9]\d{6,15}$/);
        expect(typeof maskPhone(value)).toBe('string');
        expect(typeof maskEmail(value)).toBe('string');
        expect(typeof isWellFormedEmail(value)).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
