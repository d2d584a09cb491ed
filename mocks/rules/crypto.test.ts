import fc from 'fast-check';
import {
  constantTimeEqual,
  cryptoRandom,
  defaultHashIterations,
  hashSecret,
  needsRehash,
  pickDistinct,
  randomDigits,
  randomId,
  randomInt,
  seededRandom,
  toBase64,
  verifySecret,
} from './crypto';

describe('randomness', () => {
  it('Reset rules: codes come from a CSPRNG (crypto.getRandomValues)', () => {
    const spy = vi.spyOn(globalThis.crypto, 'getRandomValues');
    const code = randomDigits(cryptoRandom, 8);
    expect(code).toMatch(/^\d{8}$/);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  it('a seeded source is deterministic, and different seeds differ', () => {
    expect(randomId(seededRandom(42), 'flow')).toBe(randomId(seededRandom(42), 'flow'));
    expect(randomId(seededRandom(42), 'flow')).not.toBe(randomId(seededRandom(43), 'flow'));
  });

  it('random digits are uniform (no modulo bias)', () => {
    const random = seededRandom(7);
    const counts = new Array<number>(10).fill(0);
    for (const digit of randomDigits(random, 20_000)) counts[Number(digit)] = (counts[Number(digit)] ?? 0) + 1;
    // Expected 2,000 each; a biased byte % 10 would give 0–5 about 2.4% more than 6–9.
    for (const count of counts) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });

  it('ids are URL-safe with at least 96 random bits', () => {
    const id = randomId(cryptoRandom, 'chl');
    expect(id).toMatch(/^chl_[A-Za-z0-9_-]{22}$/);
    const ids = new Set(Array.from({ length: 1000 }, () => randomId(cryptoRandom, 'x')));
    expect(ids.size).toBe(1000);
  });

  it('randomInt stays in range and pickDistinct picks distinct items', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer(), (max, seed) => {
        const value = randomInt(seededRandom(seed), max);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThan(max);
      }),
    );
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 10 }), fc.nat(12), fc.integer(), (items, count, seed) => {
        const picked = pickDistinct(seededRandom(seed), items, count);
        expect(picked).toHaveLength(Math.min(count, items.length));
        expect(new Set(picked).size).toBe(picked.length);
        for (const item of picked) expect(items).toContain(item);
      }),
    );
    expect(() => randomInt(cryptoRandom, 0)).toThrow(RangeError);
  });
});

describe('secret hashing', () => {
  it('Directory: passwords and answers are stored hashed (salted PBKDF2-SHA256)', async () => {
    const stored = await hashSecret('Admin-Demo-2026!', cryptoRandom, 1_000);
    expect(stored).toMatch(/^pbkdf2-sha256\$1000\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/);
    expect(stored).not.toContain('Admin-Demo-2026!');
    expect(await verifySecret('Admin-Demo-2026!', stored)).toBe(true);
    expect(await verifySecret('admin-demo-2026!', stored)).toBe(false);
    // A fresh salt each time.
    expect(await hashSecret('Admin-Demo-2026!', cryptoRandom, 1_000)).not.toBe(stored);
  });

  it('a malformed stored hash never verifies', async () => {
    for (const stored of ['', 'plain', 'pbkdf2$x$AAAA$AAAA', 'pbkdf2$2000$***$AAAA', 'sha1$1$AA==$AA==']) {
      expect(await verifySecret('secret', stored)).toBe(false);
    }
  });

  it('compares hashes in constant time over every byte', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
  });
});

describe('password hashing strength (OWASP: PBKDF2-SHA256, 600,000 iterations)', () => {
  /** A hash in the format before the algorithm was recorded: `pbkdf2$<iterations>$<salt>$<hash>`, SHA-256. */
  async function legacyHash(secret: string, iterations: number): Promise<string> {
    const salt = new Uint8Array(16).fill(7);
    const key = await globalThis.crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, ['deriveBits']);
    const bits = await globalThis.crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
    return `pbkdf2$${iterations}$${toBase64(salt)}$${toBase64(new Uint8Array(bits))}`;
  }

  it('Hashing: the default records its algorithm and cost, and the cost is 600,000', async () => {
    expect(defaultHashIterations).toBe(600_000);
    const spy = vi.spyOn(globalThis.crypto.subtle, 'deriveBits');
    const hash = await hashSecret('Quiet-Harbour-Lamp-42', seededRandom(1));
    expect(hash).toMatch(/^pbkdf2-sha256\$600000\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(spy.mock.calls[0]?.[0]).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    spy.mockRestore();
  });

  it('Hashing: a lower cost can be asked for (tests), and is recorded', async () => {
    const hash = await hashSecret('Quiet-Harbour-Lamp-42', seededRandom(1), 1_000);
    expect(hash.startsWith('pbkdf2-sha256$1000$')).toBe(true);
    expect(await verifySecret('Quiet-Harbour-Lamp-42', hash)).toBe(true);
    expect(needsRehash(hash, 1_000)).toBe(false);
    expect(needsRehash(hash, 600_000)).toBe(true);
  });

  it('Hashing: old hashes (2,000 rounds, no algorithm) still verify, and are due for an upgrade', async () => {
    const old = await legacyHash('Adele-Demo-2026!', 2_000);
    expect(await verifySecret('Adele-Demo-2026!', old)).toBe(true);
    expect(await verifySecret('Adele-Demo-2027!', old)).toBe(false);
    expect(needsRehash(old, 1_000)).toBe(true);
  });
});
