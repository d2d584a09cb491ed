/** Randomness and secret hashing for the mock backend: WebCrypto only (browsers and Node 20). */

/** Where every random byte of the engine comes from: the CSPRNG in use, a seeded one in tests. */
export interface RandomSource {
  bytes(count: number): Uint8Array;
}

// getRandomValues fills at most 65,536 bytes per call.
const maxRandomChunk = 65_536;

export const cryptoRandom: RandomSource = {
  bytes(count: number): Uint8Array {
    const out = new Uint8Array(count);
    for (let offset = 0; offset < count; offset += maxRandomChunk) {
      globalThis.crypto.getRandomValues(out.subarray(offset, Math.min(count, offset + maxRandomChunk)));
    }
    return out;
  },
};

/** Deterministic bytes (mulberry32) for the seed data and tests; never for real secrets. */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return {
    bytes(count: number): Uint8Array {
      const out = new Uint8Array(count);
      for (let i = 0; i < count; i += 4) {
        const word = next();
        for (let j = 0; j < 4 && i + j < count; j += 1) out[i + j] = (word >>> (8 * j)) & 0xff;
      }
      return out;
    },
  };
}

/** A uniform integer in [0, maxExclusive), by rejection sampling over 32-bit words (no modulo bias). */
export function randomInt(random: RandomSource, maxExclusive: number): number {
  if (!Number.isInteger(maxExclusive) || maxExclusive < 1 || maxExclusive > 2 ** 32) {
    throw new RangeError(`randomInt: maxExclusive must be an integer in 1..2^32, got ${maxExclusive}`);
  }
  if (maxExclusive === 1) return 0;
  const range = 2 ** 32;
  const limit = range - (range % maxExclusive);
  for (;;) {
    const b = random.bytes(4);
    const word = ((b[0] ?? 0) | ((b[1] ?? 0) << 8) | ((b[2] ?? 0) << 16) | ((b[3] ?? 0) << 24)) >>> 0;
    if (word < limit) return word % maxExclusive;
  }
}

/** `length` decimal digits, each uniform: bytes ≥ 250 are rejected so 0–9 stay equally likely. */
export function randomDigits(random: RandomSource, length: number): string {
  let digits = '';
  while (digits.length < length) {
    for (const byte of random.bytes(length - digits.length + 4)) {
      if (byte < 250 && digits.length < length) digits += String(byte % 10);
    }
  }
  return digits;
}

/** A URL-safe identifier with 128 random bits: `<prefix>_<22 base64url characters>`. */
export function randomId(random: RandomSource, prefix: string): string {
  const body = toBase64(random.bytes(16)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return prefix ? `${prefix}_${body}` : body;
}

/** `count` distinct items in random order (a partial Fisher–Yates shuffle); all when count ≥ length. */
export function pickDistinct<T>(random: RandomSource, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const take = Math.max(0, Math.min(count, pool.length));
  for (let i = 0; i < take; i += 1) {
    const j = i + randomInt(random, pool.length - i);
    const chosen = pool[j] as T;
    pool[j] = pool[i] as T;
    pool[i] = chosen;
  }
  return pool.slice(0, take);
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array | null {
  try {
    const binary = atob(text);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/**
 * PBKDF2-SHA256 at OWASP's 600,000 iterations by default (ADR 0004). The cost is a parameter so
 * tests (and the in-browser demo, which protects nothing real) can ask for less; every hash
 * records its algorithm and cost, so a hash made cheaper is never mistaken for a strong one.
 */
export const hashAlgorithm = 'pbkdf2-sha256';
export const defaultHashIterations = 600_000;
/** Hashes written before the algorithm was recorded: `pbkdf2$<iterations>$…`, SHA-256. */
const legacyAlgorithm = 'pbkdf2';
const saltBytes = 16;
const hashBits = 256;

/**
 * A well-formed hash that nothing matches (its stored output is all zeros): comparing a typed
 * secret against it costs exactly what a real comparison at that cost costs, and making it costs nothing.
 */
export function unmatchableHash(iterations: number = defaultHashIterations): string {
  return `${hashAlgorithm}$${iterations}$${toBase64(new Uint8Array(saltBytes))}$${toBase64(new Uint8Array(hashBits / 8))}`;
}

async function pbkdf2(secret: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await globalThis.crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await globalThis.crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations },
    key,
    hashBits,
  );
  return new Uint8Array(bits);
}

/** A salted PBKDF2-SHA256 hash, stored as `pbkdf2-sha256$<iterations>$<saltB64>$<hashB64>`. */
export async function hashSecret(secret: string, random: RandomSource, iterations: number = defaultHashIterations): Promise<string> {
  const salt = random.bytes(saltBytes);
  const hash = await pbkdf2(secret, salt, iterations);
  return `${hashAlgorithm}$${iterations}$${toBase64(salt)}$${toBase64(hash)}`;
}

function parseHash(stored: string): { algorithm: string; iterations: number; salt: Uint8Array; expected: Uint8Array } | null {
  const parts = stored.split('$');
  const algorithm = parts[0] ?? '';
  if (parts.length !== 4 || (algorithm !== hashAlgorithm && algorithm !== legacyAlgorithm)) return null;
  const iterations = Number(parts[1]);
  const salt = fromBase64(parts[2] ?? '');
  const expected = fromBase64(parts[3] ?? '');
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > 10_000_000 || !salt || !expected) return null;
  return { algorithm, iterations, salt, expected };
}

/** Whether `secret` matches a `hashSecret` value (or an older `pbkdf2$…` one); false for anything malformed. */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const actual = await pbkdf2(secret, parsed.salt, parsed.iterations);
  return constantTimeEqual(actual, parsed.expected);
}

/** Whether a stored hash is of an older format or cheaper than `iterations`: upgrade it at the next successful sign-in. */
export function needsRehash(stored: string, iterations: number = defaultHashIterations): boolean {
  const parsed = parseHash(stored);
  return parsed === null || parsed.algorithm !== hashAlgorithm || parsed.iterations < iterations;
}

/** Compares every byte whatever the first difference, so timing reveals nothing about the hash. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i += 1) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
