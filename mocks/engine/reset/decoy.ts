import type { PolicyMethod } from '@/api';
import { maskEmail, maskPhone } from '../../rules/contact';
import { pickDistinct, randomInt, seededRandom, type RandomSource } from '../../rules/crypto';
import { flowMethodsFor, type FlowMethodSpec } from './methods';

/** FNV-1a over the normalized typed ID: the same ID always gives the same decoy. */
export function hashTypedUserId(typedUserId: string): number {
  let hash = 0x811c9dc5;
  for (const character of typedUserId.trim().toLowerCase()) {
    hash ^= character.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const mailDomains = ['gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'proton.me'] as const;
const letters = 'abcdefghijklmnopqrstuvwxyz';

function digits(random: RandomSource, count: number): string {
  let out = '';
  for (let i = 0; i < count; i += 1) out += String(randomInt(random, 10));
  return out;
}

/** What a decoy pretends the person has on file: made up, but shaped like real contact data. */
export interface DecoyProfile {
  email: string;
  mobilePhone: string;
  officePhone: string;
  methods: FlowMethodSpec[];
}

/**
 * The decoy for an unknown or ineligible user ID: methods derived from a hash of the ID (same ID,
 * same methods and masks), as many groups as a real person of the policy would need, or one more.
 */
export function decoyProfile(typedUserId: string, allowed: readonly PolicyMethod[], gatesRequired: number): DecoyProfile {
  const random = seededRandom(hashTypedUserId(typedUserId));
  const local = typedUserId.trim().toLowerCase().split('@')[0]?.replace(/[^a-z0-9]/g, '') ?? '';
  const head = (local + letters[randomInt(random, 26)] + letters[randomInt(random, 26)]).slice(0, 2);
  const email = `${head}${letters[randomInt(random, 26)]}${digits(random, 2)}@${mailDomains[randomInt(random, mailDomains.length)]}`;
  // Fictional 555-01xx numbers: well-formed, never anybody's.
  const mobilePhone = `+1 425 555 01${digits(random, 2)}`;
  const officePhone = `+1 206 555 01${digits(random, 2)}`;

  const groups: ('email' | 'mobilePhone' | 'officePhone' | 'app' | 'questions')[] = [];
  if (allowed.includes('email')) groups.push('email');
  if (allowed.includes('mobilePhone')) groups.push('mobilePhone');
  if (allowed.includes('officePhone') && randomInt(random, 4) === 0) groups.push('officePhone');
  if (allowed.includes('appCode') || allowed.includes('appNotification')) groups.push('app');
  if (allowed.includes('securityQuestions')) groups.push('questions');
  // Keep a random subset of at least gatesRequired groups (and at most gatesRequired + 1), in the usual order.
  const keep = Math.min(groups.length, gatesRequired + randomInt(random, 2));
  const dropped = new Set<string>();
  while (groups.length - dropped.size > keep) {
    const candidate = groups[randomInt(random, groups.length)];
    if (candidate) dropped.add(candidate);
  }
  const kinds = groups.filter((group) => !dropped.has(group));
  const methods = flowMethodsFor(kinds, allowed, {
    email: maskEmail(email),
    mobilePhone: maskPhone(mobilePhone),
    officePhone: maskPhone(officePhone),
  });
  return { email, mobilePhone, officePhone, methods };
}

/**
 * The questions a decoy "registered": `count` of the pool, the same for the same ID. A real person
 * is only ever asked their own few questions, so a decoy must not show a new set each time.
 */
export function decoyQuestionIds(typedUserId: string, pool: readonly string[], count: number): string[] {
  // A different stream from decoyProfile's, so adding questions changes none of its methods or masks.
  return pickDistinct(seededRandom(hashTypedUserId(typedUserId) ^ 0x5bd1e995), pool, count);
}
