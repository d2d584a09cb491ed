import { Secret, TOTP } from 'otpauth';
import type { RandomSource } from './crypto';

/** RFC 6238 as PRODUCT.md sets it: SHA-1, 30-second steps, 6 digits, one step either side. */
export const totpSettings = { algorithm: 'SHA1', period: 30, digits: 6, window: 1 } as const;

/** A new authenticator secret: 160 bits (RFC 4226's recommended length), base32 without padding. */
export function createTotpSecret(random: RandomSource): string {
  const bytes = random.bytes(20);
  return new Secret({ buffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }).base32;
}

function totpFor(secret: string, account = '', issuer = ''): TOTP {
  return new TOTP({
    issuer,
    label: account,
    secret: Secret.fromBase32(secret),
    algorithm: totpSettings.algorithm,
    digits: totpSettings.digits,
    period: totpSettings.period,
  });
}

/** The `otpauth://totp/…` URI an authenticator app reads from the QR code. */
export function otpauthUri(secret: string, account: string, issuer: string): string {
  return totpFor(secret, account, issuer).toString();
}

/** The code an authenticator shows at `at` (the demo inbox and tests use it). */
export function totpCode(secret: string, at: Date): string {
  return totpFor(secret).generate({ timestamp: at.getTime() });
}

/** Whether `code` is the code of the step at `at` or one step either side. */
export function verifyTotp(secret: string, code: string, at: Date): boolean {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return false;
  try {
    return totpFor(secret).validate({ token, timestamp: at.getTime(), window: totpSettings.window }) !== null;
  } catch {
    // A secret that is not valid base32 verifies nothing.
    return false;
  }
}
