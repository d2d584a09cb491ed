import { seededRandom } from './crypto';
import { createTotpSecret, otpauthUri, totpCode, verifyTotp } from './totp';

// RFC 6238 appendix B: the SHA-1 key "12345678901234567890" in base32.
const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP', () => {
  it('TOTP: RFC 6238, SHA-1, 30 s steps, 6 digits', () => {
    // The RFC's 8-digit values, last 6 digits.
    expect(totpCode(rfcSecret, new Date(59_000))).toBe('287082');
    expect(totpCode(rfcSecret, new Date(1_111_111_109_000))).toBe('081804');
    expect(totpCode(rfcSecret, new Date(2_000_000_000_000))).toBe('279037');
  });

  it('TOTP: accepts ±1 step', () => {
    const now = new Date('2026-11-27T12:00:15Z');
    const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
    expect(verifyTotp(rfcSecret, totpCode(rfcSecret, now), now)).toBe(true);
    expect(verifyTotp(rfcSecret, totpCode(rfcSecret, at(-30)), now)).toBe(true);
    expect(verifyTotp(rfcSecret, totpCode(rfcSecret, at(30)), now)).toBe(true);
    expect(verifyTotp(rfcSecret, totpCode(rfcSecret, at(-60)), now)).toBe(false);
    expect(verifyTotp(rfcSecret, totpCode(rfcSecret, at(60)), now)).toBe(false);
  });

  it('TOTP: anything but 6 digits, or a bad secret, never verifies', () => {
    const now = new Date('2026-11-27T12:00:00Z');
    const code = totpCode(rfcSecret, now);
    expect(verifyTotp(rfcSecret, `${code.slice(0, 3)} ${code.slice(3)}`, now)).toBe(true);
    expect(verifyTotp(rfcSecret, `${code}0`, now)).toBe(false);
    expect(verifyTotp(rfcSecret, '', now)).toBe(false);
    expect(verifyTotp(rfcSecret, 'abcdef', now)).toBe(false);
    expect(verifyTotp('not base32 !!', code, now)).toBe(false);
  });

  it('TOTP: a new secret is 160 random bits in base32, and the URI names the account and issuer', () => {
    const secret = createTotpSecret(seededRandom(1));
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(createTotpSecret(seededRandom(2))).not.toBe(secret);
    const uri = new URL(otpauthUri(secret, 'adele.vance@contoso.com', 'Contoso'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Contoso:adele.vance@contoso.com');
    expect(Object.fromEntries(uri.searchParams)).toMatchObject({ secret, issuer: 'Contoso', algorithm: 'SHA1', digits: '6', period: '30' });
  });
});
