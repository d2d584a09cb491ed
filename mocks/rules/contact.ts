import { isValidPhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';

/*
 * Contact data rules. Phone numbers are checked with libphonenumber-js and its full ("max")
 * metadata: it knows each country's number patterns, where the default metadata checks little
 * more than length. The mock backend is loaded only in demo mode, so the size is acceptable.
 */

const emailMaxLength = 254;
const localPartPattern = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const domainLabelPattern = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * A practical e-mail check (not all of RFC 5322): at most 254 characters, one `@`, a local part
 * of 1–64 unquoted characters without leading, trailing or double dots, and a dotted domain of
 * letters, digits and hyphens whose last label (the TLD) is 2+ letters (or punycode). No spaces anywhere.
 */
export function isWellFormedEmail(value: string | null | undefined): boolean {
  if (!value || value.length > emailMaxLength) return false;
  const at = value.indexOf('@');
  if (at < 1 || at !== value.lastIndexOf('@')) return false;
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  if (local.length > 64 || !localPartPattern.test(local)) return false;
  if (labels.length < 2 || !labels.every((label) => domainLabelPattern.test(label))) return false;
  return /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/.test(labels[labels.length - 1] ?? '');
}

export interface ParsedPhone {
  /** The number to dial, in E.164 (`+14255550100`), without the extension. */
  e164: string;
  extension: string | null;
}

// `+<country code> <number>`, the number in digits and single spaces, then optionally `x123` or ` x123`.
const storedPhonePattern = /^\+([1-9]\d{0,2}) (\d+(?: \d+)*)(?: ?x(\d{1,10}))?$/;

/**
 * A well-formed phone number on file: `+<country code> <number>` (a space after the country
 * code), optionally an extension `x123`, and a valid number of that country. The extension is
 * kept apart: it is dropped before dialling.
 */
export function parsePhone(value: string | null | undefined): ParsedPhone | null {
  if (!value || value.length > 64) return null;
  const match = storedPhonePattern.exec(value.trim());
  if (!match) return null;
  const [, countryCode = '', number = '', extension] = match;
  const e164 = `+${countryCode}${number.replace(/ /g, '')}`;
  const parsed = parsePhoneNumberFromString(e164);
  // The digits before the space must be the whole country code ("+14 255…" is not "+1 4255…").
  if (!parsed || parsed.countryCallingCode !== countryCode || !isValidPhoneNumber(e164)) return null;
  return { e164: parsed.number, extension: extension ?? null };
}

/**
 * What a person types to prove they know the number on file, in any usual notation:
 * `+31612345678`, `+31 6 1234 5678`, `+31 (0)6-1234-5678`, `0031 6 12345678`. Returns E.164, or
 * null when it is not a valid international number. An extension is ignored.
 */
export function normalizeTypedPhone(value: string | null | undefined): string | null {
  if (!value || value.length > 64) return null;
  let text = value.trim().replace(/\s*(?:x|ext\.?)\s*\d{1,10}$/i, '');
  text = text.replace(/\(0\)/g, '').replace(/[\s\-().]/g, '');
  if (text.startsWith('00')) text = `+${text.slice(2)}`;
  if (!/^\+[1-9]\d{4,16}$/.test(text)) return null;
  const parsed = parsePhoneNumberFromString(text);
  return parsed && parsed.isValid() ? parsed.number : null;
}

const hiddenRun = '******';

/**
 * Only the first two characters of the local part and the domain: `ad******@contoso.com`.
 * The run of `*` is always six, so the mask does not reveal the length.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const local = at >= 0 ? email.slice(0, at) : email;
  const visible = [...local].slice(0, 2).join('');
  return at >= 0 ? `${visible}${hiddenRun}${email.slice(at)}` : `${visible}${hiddenRun}`;
}

/**
 * Only the last two digits: `+<cc as *> <number as *, last two shown>`, the extension dropped.
 * `+31 6 12345678` → `+** *******78`, `+1 425 555 0107 x123` → `+* ********07`.
 * A number that is not well-formed keeps only its digits: `425 555 0110` → `********10`.
 */
export function maskPhone(phone: string): string {
  const parsed = parsePhone(phone);
  if (parsed) {
    const countryCode = parsePhoneNumberFromString(parsed.e164)?.countryCallingCode ?? '';
    const national = parsed.e164.slice(1 + countryCode.length);
    return `+${'*'.repeat(countryCode.length)} ${'*'.repeat(Math.max(0, national.length - 2))}${national.slice(-2)}`;
  }
  const digits = phone.replace(/\s*(?:x|ext\.?)\s*\d{1,10}$/i, '').replace(/\D/g, '');
  return `${'*'.repeat(Math.max(0, digits.length - 2))}${digits.slice(-2)}`;
}
