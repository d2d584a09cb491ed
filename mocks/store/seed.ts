import type { AdminRole, AuditRow, Contact, License, RegistrationRow, ResetResult, ResetRow, UserSource } from '@/api';
import { defaultHashIterations, hashSecret, seededRandom, type RandomSource } from '../rules/crypto';
import { seedPolicy } from '../rules/policy';
import { normalizeAnswer, predefinedQuestions } from '../rules/questions';
import { createTotpSecret } from '../rules/totp';
import { emptyContact, emptyState, newUserDefaults, type PortalState, type StoredGroup, type StoredUser } from './state';

export interface SeedOptions {
  /** How many users besides the personas (default 3,000). */
  generatedUsers?: number;
  /** Days of report and audit history (default 90). */
  days?: number;
  /** The seed of the generator (default 2026): the same seed and `now` give the same state. */
  seed?: number;
  /** Epoch ms the history ends at (the mock clock when the state was seeded). */
  now: number;
  /** PBKDF2-SHA256 iterations of the personas' hashes (default 600,000, ADR 0004). */
  hashIterations?: number;
  /** Called between the parts of the seed, so a page can answer input meanwhile (default: none). */
  pause?: () => Promise<void>;
}

/** Generated users made between two pauses. */
const usersPerPause = 300;
/** Days of history written between two pauses. */
const daysPerPause = 30;

export const defaultSeed = 2026;
export const defaultGeneratedUsers = 3_000;
export const defaultDays = 90;
const dayMs = 24 * 60 * 60 * 1000;

export const organizationName = 'Contoso';
export const domain = 'contoso.com';

export const groupIds = {
  pilot: 'grp-sspr-pilot',
  pilotWave2: 'grp-sspr-pilot-wave-2',
  allStaff: 'grp-all-staff',
  sales: 'grp-sales',
  engineering: 'grp-engineering',
  itHelpdesk: 'grp-it-helpdesk',
} as const;

const seedGroups: StoredGroup[] = [
  // Wave 2 is nested in the pilot: its members are in scope through the nesting.
  { id: groupIds.pilot, name: 'SSPR Pilot', memberGroupIds: [groupIds.pilotWave2] },
  { id: groupIds.pilotWave2, name: 'SSPR Pilot – Wave 2', memberGroupIds: [] },
  { id: groupIds.allStaff, name: 'All Staff', memberGroupIds: [] },
  { id: groupIds.sales, name: 'Sales', memberGroupIds: [] },
  { id: groupIds.engineering, name: 'Engineering', memberGroupIds: [] },
  { id: groupIds.itHelpdesk, name: 'IT Helpdesk', memberGroupIds: [] },
];

/** The TOTP secret of the personas with an authenticator app: add it to any authenticator to get codes. */
export const personaTotpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
/** The answers of the question persona (every question of theirs takes the same answers, in order). */
export const personaQuestionAnswers = ['Seattle', 'Rover', 'Blue'] as const;

export interface Persona {
  userPrincipalName: string;
  password: string;
  displayName: string;
  /** A few words for the persona switcher, e.g. "not registered". */
  role: string;
  /** The rule this persona demonstrates. */
  demonstrates: string;
}

interface PersonaSpec extends Persona, Pick<StoredUser, 'givenName' | 'surname' | 'source' | 'licenses' | 'groupIds' | 'roles'> {
  accountEnabled?: boolean;
  lockedOut?: boolean;
  contact?: Partial<Contact>;
  app?: boolean;
  questions?: boolean;
  /** Days before `now` the person last confirmed; null when never. */
  confirmedDaysAgo: number | null;
}

const pilot = [groupIds.allStaff, groupIds.pilot];

const personaSpecs: PersonaSpec[] = [
  {
    userPrincipalName: 'admin@contoso.com',
    role: 'global admin',
    password: 'Admin-Demo-2026!',
    displayName: 'MOD Administrator',
    givenName: 'MOD',
    surname: 'Administrator',
    demonstrates: 'Global admin: the admin console; the admin policy (two methods of e-mail, phones, app); gets the admin notifications',
    source: 'cloud',
    licenses: ['entraP2'],
    groupIds: [groupIds.allStaff, groupIds.itHelpdesk],
    roles: ['globalAdministrator'],
    contact: { authenticationEmail: 'mod.admin@fabrikam.com', authenticationPhone: '+1 425 555 0100' },
    confirmedDaysAgo: 20,
  },
  {
    userPrincipalName: 'adele@contoso.com',
    role: 'happy path',
    password: 'Adele-Demo-2026!',
    displayName: 'Adele Vance',
    givenName: 'Adele',
    surname: 'Vance',
    demonstrates: 'Happy path: in the pilot, licensed, e-mail and mobile phone registered; resets with one method',
    source: 'cloud',
    licenses: ['entraP1'],
    groupIds: pilot,
    roles: [],
    contact: { authenticationEmail: 'adele.vance@fabrikam.com', authenticationPhone: '+1 425 555 0101' },
    confirmedDaysAgo: 10,
  },
  {
    userPrincipalName: 'nestor@contoso.com',
    role: 'not registered',
    password: 'Nestor-Demo-2026!',
    displayName: 'Nestor Wilke',
    givenName: 'Nestor',
    surname: 'Wilke',
    demonstrates: 'Not registered: sign-in shows the registration interstitial; reset gets the decoy (no code comes; the code step says why that can happen and offers Contact your administrator), or says not_registered with enumeration protection off',
    source: 'cloud',
    licenses: ['entraP1'],
    groupIds: pilot,
    roles: [],
    confirmedDaysAgo: null,
  },
  {
    userPrincipalName: 'lynne@contoso.com',
    role: 'on-premises, locked out',
    password: 'Lynne-Demo-2026!',
    displayName: 'Lynne Robbins',
    givenName: 'Lynne',
    surname: 'Robbins',
    demonstrates: 'On-premises (password hash sync) and locked out: sign-in with the right password says the account is locked and offers Unlock or reset; unlock only, or reset and unlock; history of 24 on change',
    source: 'hashSync',
    licenses: ['entraP1'],
    groupIds: pilot,
    roles: [],
    lockedOut: true,
    contact: { authenticationEmail: 'lynne.robbins@fabrikam.com', authenticationPhone: '+44 20 7946 0102' },
    confirmedDaysAgo: 30,
  },
  {
    userPrincipalName: 'grady@contoso.com',
    role: 'on-premises, wrong licence',
    password: 'Grady-Demo-2026!',
    displayName: 'Grady Archie',
    givenName: 'Grady',
    surname: 'Archie',
    demonstrates: 'On-premises (pass-through) with Business Standard only: not_licensed (on-premises needs Premium, P1 or P2)',
    source: 'passThrough',
    licenses: ['businessStandard'],
    groupIds: pilot,
    roles: [],
    contact: { authenticationEmail: 'grady.archie@fabrikam.com', authenticationPhone: '+1 425 555 0103' },
    confirmedDaysAgo: 15,
  },
  {
    userPrincipalName: 'pradeep@contoso.com',
    role: 'unlicensed',
    password: 'Pradeep-Demo-2026!',
    displayName: 'Pradeep Gupta',
    givenName: 'Pradeep',
    surname: 'Gupta',
    demonstrates: 'Unlicensed (free only): not_licensed; security info names the missing licence; reset gets the decoy (the code step explains), or the reason with enumeration protection off',
    source: 'cloud',
    licenses: ['free'],
    groupIds: pilot,
    roles: [],
    contact: { authenticationEmail: 'pradeep.gupta@fabrikam.com', authenticationPhone: '+91 98765 43210' },
    confirmedDaysAgo: 40,
  },
  {
    userPrincipalName: 'megan@contoso.com',
    role: 'admin, one method',
    password: 'Megan-Demo-2026!',
    displayName: 'Megan Bowen',
    givenName: 'Megan',
    surname: 'Bowen',
    demonstrates: 'Helpdesk admin with one method: the admin policy needs two, so not registered (and outside the pilot, which admins skip)',
    source: 'cloud',
    licenses: ['entraP1'],
    groupIds: [groupIds.allStaff, groupIds.itHelpdesk],
    roles: ['helpdeskAdministrator'],
    contact: { authenticationEmail: 'megan.bowen@fabrikam.com' },
    confirmedDaysAgo: 5,
  },
  {
    userPrincipalName: 'alex@contoso.com',
    role: 'reconfirm due',
    password: 'Alex-Demo-2026!',
    displayName: 'Alex Wilber',
    givenName: 'Alex',
    surname: 'Wilber',
    demonstrates: 'Reconfirm due: registered, last confirmed 200 days ago (reconfirmDays 180): sign-in prompts reconfirm',
    source: 'cloud',
    licenses: ['businessPremium'],
    groupIds: pilot,
    roles: [],
    contact: { authenticationEmail: 'alex.wilber@fabrikam.com', authenticationPhone: '+1 425 555 0105' },
    confirmedDaysAgo: 200,
  },
  {
    userPrincipalName: 'diego@contoso.com',
    role: 'outside the pilot',
    password: 'Diego-Demo-2026!',
    displayName: 'Diego Siciliani',
    givenName: 'Diego',
    surname: 'Siciliani',
    demonstrates: 'Outside the pilot group: not_in_group (and no registration prompt); security info says reset is not turned on for the account yet and to ask the administrator; reset gets the decoy (the code step explains)',
    source: 'cloud',
    licenses: ['entraP1'],
    groupIds: [groupIds.allStaff, groupIds.sales],
    roles: [],
    contact: { authenticationEmail: 'diego.siciliani@fabrikam.com', authenticationPhone: '+1 425 555 0106' },
    confirmedDaysAgo: 12,
  },
  {
    userPrincipalName: 'isaiah@contoso.com',
    role: 'questions, office phone',
    password: 'Isaiah-Demo-2026!',
    displayName: 'Isaiah Langer',
    givenName: 'Isaiah',
    surname: 'Langer',
    demonstrates: `Security questions (answers ${personaQuestionAnswers.join(', ')}, in the order of the first three predefined questions) and an office phone set by an admin (not editable)`,
    source: 'cloud',
    licenses: ['entraP2'],
    groupIds: pilot,
    roles: [],
    contact: { officePhone: '+1 425 555 0107 x123' },
    questions: true,
    confirmedDaysAgo: 25,
  },
  {
    userPrincipalName: 'johanna@contoso.com',
    role: 'pre-filled mobile',
    password: 'Johanna-Demo-2026!',
    displayName: 'Johanna Lorenz',
    givenName: 'Johanna',
    surname: 'Lorenz',
    demonstrates: 'Pre-populated mobile phone (by an admin): able to reset without registering; registration shows it pre-filled',
    source: 'cloud',
    licenses: ['entraP1'],
    groupIds: pilot,
    roles: [],
    contact: { mobilePhone: '+31 6 12345678' },
    confirmedDaysAgo: null,
  },
  {
    userPrincipalName: 'lee@contoso.com',
    role: 'e-mail, phone, app',
    password: 'Lee-Demo-2026!',
    displayName: 'Lee Gu',
    givenName: 'Lee',
    surname: 'Gu',
    demonstrates: `Two-method person: e-mail, mobile phone and the authenticator app (secret ${personaTotpSecret}); still able to reset when two methods are required`,
    source: 'cloud',
    licenses: ['entraP1'],
    groupIds: pilot,
    roles: [],
    contact: { authenticationEmail: 'lee.gu@fabrikam.com', authenticationPhone: '+1 425 555 0108' },
    app: true,
    confirmedDaysAgo: 8,
  },
  {
    userPrincipalName: 'irvin@contoso.com',
    role: 'nested group',
    password: 'Irvin-Demo-2026!',
    displayName: 'Irvin Sayers',
    givenName: 'Irvin',
    surname: 'Sayers',
    demonstrates: 'Nested group: a member of "SSPR Pilot – Wave 2", which is nested in the pilot, so in scope',
    source: 'cloud',
    licenses: ['businessStandard'],
    groupIds: [groupIds.allStaff, groupIds.pilotWave2],
    roles: [],
    contact: { authenticationEmail: 'irvin.sayers@fabrikam.com' },
    confirmedDaysAgo: 3,
  },
  {
    userPrincipalName: 'joni@contoso.com',
    role: 'federated',
    password: 'Joni-Demo-2026!',
    displayName: 'Joni Sherman',
    givenName: 'Joni',
    surname: 'Sherman',
    demonstrates: 'Federated, P2, registered: eligible while writeback is on; writeback_disabled when an admin turns it off',
    source: 'federated',
    licenses: ['entraP2'],
    groupIds: pilot,
    roles: [],
    contact: { authenticationEmail: 'joni.sherman@fabrikam.com', authenticationPhone: '+1 425 555 0109' },
    confirmedDaysAgo: 18,
  },
  {
    userPrincipalName: 'miriam@contoso.com',
    role: 'malformed contact data',
    password: 'Miriam-Demo-2026!',
    displayName: 'Miriam Graham',
    givenName: 'Miriam',
    surname: 'Graham',
    demonstrates: 'Malformed contact data (a phone without a country code, a broken e-mail): it does not count, so not registered',
    source: 'cloud',
    licenses: ['entraP1'],
    groupIds: pilot,
    roles: [],
    contact: { mobilePhone: '425 555 0110', alternateEmail: 'miriam.graham@' },
    confirmedDaysAgo: null,
  },
  {
    userPrincipalName: 'christie@contoso.com',
    role: 'disabled account',
    password: 'Christie-Demo-2026!',
    displayName: 'Christie Cline',
    givenName: 'Christie',
    surname: 'Cline',
    demonstrates: 'Disabled account: sign-in fails like a wrong password; reset gets the decoy flow, whose code step says no code comes when an account is not set up and offers Contact your administrator',
    source: 'cloud',
    licenses: ['entraP1'],
    groupIds: pilot,
    roles: [],
    accountEnabled: false,
    contact: { authenticationEmail: 'christie.cline@fabrikam.com' },
    confirmedDaysAgo: 60,
  },
];

/** Every persona with its password and the rule it demonstrates (the README lists them). */
export const personas: readonly Persona[] = personaSpecs.map(({ userPrincipalName, password, displayName, role, demonstrates }) => ({
  userPrincipalName,
  password,
  displayName,
  role,
  demonstrates,
}));

/** The password every generated user shares (hashed once per seed). */
export const generatedUserPassword = 'Contoso-Demo-2026!';
const generatedAnswer = 'Blue';

const givenNames = [
  'Aaliyah', 'Ben', 'Carla', 'Dev', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Luca', 'Maya',
  'Noah', 'Olga', 'Priya', 'Quentin', 'Rosa', 'Sam', 'Tariq', 'Uma', 'Victor', 'Wen', 'Ximena', 'Yusuf', 'Zoe',
  'Amir', 'Bea', 'Chen', 'Daan', 'Emma', 'Femke', 'Gus', 'Hanna', 'Ivan', 'Jade', 'Kofi', 'Lena', 'Mateo', 'Nia',
];
const surnames = [
  'Andersen', 'Bakker', 'Castillo', 'Dubois', 'Evans', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jansen', 'Kim',
  'Larsen', 'Murphy', 'Novak', 'Okafor', 'Patel', 'Quinn', 'Rossi', 'Silva', 'Tanaka', 'Usman', 'Visser',
  'Walsh', 'Xu', 'Yilmaz', 'Zhang', 'Alvarez', 'Brown', 'Cohen', 'De Vries', 'Eriksen', 'Fontaine', 'Gomez',
  'Hughes', 'Ivanova', 'Jovanovic', 'Kowalski', 'Lopez', 'Meyer', 'Nguyen',
];

// Cached by seed and persona: PBKDF2 dominates seeding, and the demo reseeds on every "reset demo data".
const hashCache = new Map<string, Promise<string>>();

function cachedHash(secret: string, key: string, seed: number, iterations: number): Promise<string> {
  const cacheKey = `${seed}\u0000${iterations}\u0000${key}\u0000${secret}`;
  let hash = hashCache.get(cacheKey);
  if (!hash) {
    let salt = 0;
    for (const char of cacheKey) salt = (Math.imul(salt, 31) + (char.codePointAt(0) ?? 0)) >>> 0;
    hash = hashSecret(secret, seededRandom(salt), iterations);
    hashCache.set(cacheKey, hash);
  }
  return hash;
}

/** Seeded choices, read from the seeded source in blocks: seeding draws ~100,000 numbers. */
class Generator {
  private buffer: Uint8Array = new Uint8Array(0);
  private offset = 0;
  constructor(readonly random: RandomSource) {}
  private word(): number {
    if (this.offset + 4 > this.buffer.length) {
      this.buffer = this.random.bytes(16_384);
      this.offset = 0;
    }
    const b = this.buffer;
    const o = this.offset;
    this.offset += 4;
    return ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16) | ((b[o + 3] ?? 0) << 24)) >>> 0;
  }
  /** Uniform enough for demo data (bias below 2^-20 for the small ranges used here). */
  int(maxExclusive: number): number {
    return Math.floor((this.word() / 4_294_967_296) * maxExclusive);
  }
  chance(probability: number): boolean {
    return this.word() / 4_294_967_296 < probability;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.int(total);
    for (const [item, weight] of items) {
      if (roll < weight) return item;
      roll -= weight;
    }
    throw new RangeError('weighted pick from an empty list');
  }
  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i += 1) out += String(this.int(10));
    return out;
  }
}

function baseUser(id: string) {
  return { id, ...newUserDefaults() };
}

/**
 * The demo directory: Contoso, its groups and policy, a persona for every rule, generated users
 * and `days` of report and audit history ending at `now`. Deterministic for a seed and `now`.
 */
export async function createSeedState(options: SeedOptions): Promise<PortalState> {
  const seed = options.seed ?? defaultSeed;
  const generatedCount = options.generatedUsers ?? defaultGeneratedUsers;
  const days = options.days ?? defaultDays;
  const now = options.now;
  const gen = new Generator(seededRandom(seed));

  const state: PortalState = emptyState({
    organization: { name: organizationName },
    policy: seedPolicy(groupIds.pilot),
    groups: new Map(seedGroups.map((group) => [group.id, { ...group, memberGroupIds: [...group.memberGroupIds] }])),
    users: new Map(),
    userIdsByUpn: new Map(),
  });
  const addUser = (user: StoredUser) => {
    state.users.set(user.id, user);
    state.userIdsByUpn.set(user.userPrincipalName.toLowerCase(), user.id);
  };

  const iterations = options.hashIterations ?? defaultHashIterations;
  const answerHash = cachedHash(normalizeAnswer(generatedAnswer), 'answer', seed, iterations);
  const sharedPasswordHash = cachedHash(generatedUserPassword, 'generated', seed, iterations);
  const questionIds = predefinedQuestions.slice(0, personaQuestionAnswers.length).map((question) => question.questionId);

  const personaUsers = await Promise.all(
    personaSpecs.map(async (spec, index) => {
      const user: StoredUser = {
        ...baseUser(`usr-${String(index + 1).padStart(4, '0')}-${spec.userPrincipalName.split('@')[0] ?? ''}`),
        userPrincipalName: spec.userPrincipalName,
        displayName: spec.displayName,
        givenName: spec.givenName,
        surname: spec.surname,
        source: spec.source,
        licenses: [...spec.licenses],
        groupIds: [...spec.groupIds],
        roles: [...spec.roles],
        accountEnabled: spec.accountEnabled ?? true,
        lockedOut: spec.lockedOut ?? false,
        contact: { ...emptyContact(), ...spec.contact },
        app: spec.app ? { secret: personaTotpSecret, registeredAt: now - 30 * dayMs } : null,
        questions: spec.questions
          ? await Promise.all(
              questionIds.map(async (questionId, i) => ({
                questionId,
                answerHash: await cachedHash(normalizeAnswer(personaQuestionAnswers[i] ?? ''), `${spec.userPrincipalName}:${questionId}`, seed, iterations),
              })),
            )
          : [],
        lastConfirmedAt: spec.confirmedDaysAgo === null ? null : now - spec.confirmedDaysAgo * dayMs,
        passwordHash: await cachedHash(spec.password, spec.userPrincipalName, seed, iterations),
        passwordChangedAt: now - 60 * dayMs,
      };
      return user;
    }),
  );
  for (const user of personaUsers) addUser(user);

  const sharedHash = await sharedPasswordHash;
  const sharedAnswerHash = await answerHash;
  const generated: StoredUser[] = [];
  for (let i = 0; i < generatedCount; i += 1) {
    if (options.pause && i % usersPerPause === 0) await options.pause();
    const givenName = gen.pick(givenNames);
    const surname = gen.pick(surnames);
    const handle = `${givenName}.${surname}`.toLowerCase().replace(/\s+/g, '');
    const userPrincipalName = `${handle}${i + 1}@${domain}`;
    const source = gen.weighted<UserSource>([['cloud', 70], ['hashSync', 20], ['passThrough', 5], ['federated', 5]]);
    const license = gen.weighted<License>([['free', 10], ['businessStandard', 25], ['businessPremium', 30], ['entraP1', 25], ['entraP2', 10]]);
    const groups: string[] = [groupIds.allStaff];
    const scope = gen.int(100);
    if (scope < 45) groups.push(groupIds.pilot);
    else if (scope < 55) groups.push(groupIds.pilotWave2);
    groups.push(gen.pick([groupIds.sales, groupIds.engineering, groupIds.sales, groupIds.engineering, groupIds.itHelpdesk]));
    const roles: AdminRole[] = gen.chance(0.004) ? [gen.pick<AdminRole>(['helpdeskAdministrator', 'userAdministrator', 'passwordAdministrator'])] : [];

    // Built in one literal (no spread): thousands of these are made on every seed.
    const user: StoredUser = {
      id: `usr-${String(personaSpecs.length + i + 1).padStart(6, '0')}`,
      userPrincipalName,
      displayName: `${givenName} ${surname}`,
      givenName,
      surname,
      source,
      licenses: [license],
      groupIds: groups,
      roles,
      ...newUserDefaults(),
      accountEnabled: !gen.chance(0.01),
      lockedOut: source !== 'cloud' && gen.chance(0.03),
      passwordHash: sharedHash,
      passwordChangedAt: now - gen.int(365) * dayMs,
    };
    const phone = () => `+1 ${gen.pick(['425', '206', '312', '646'])} 555 ${gen.digits(4)}`;
    const registration = gen.int(100);
    if (registration < 60) {
      // Registered: e-mail and/or a phone, sometimes the app or questions too.
      user.contact.authenticationEmail = gen.chance(0.8) ? `${handle}${i + 1}@fabrikam.com` : null;
      user.contact.authenticationPhone = gen.chance(0.7) || !user.contact.authenticationEmail ? phone() : null;
      if (gen.chance(0.15)) user.app = { secret: createTotpSecret(gen.random), registeredAt: now - gen.int(365) * dayMs };
      if (gen.chance(0.1)) user.questions = questionIds.map((questionId) => ({ questionId, answerHash: sharedAnswerHash }));
      user.lastConfirmedAt = now - gen.int(240) * dayMs - gen.int(dayMs);
    } else if (registration < 75) {
      // Pre-populated by an admin or a CSV upload: can reset, never confirmed.
      user.contact.mobilePhone = phone();
      if (gen.chance(0.3)) user.contact.alternateEmail = `${handle}${i + 1}@fabrikam.com`;
    } else if (registration < 78) {
      // Data that isn't well-formed (no country code): doesn't count.
      user.contact.mobilePhone = `425 ${gen.digits(3)} ${gen.digits(4)}`;
    }
    if (gen.chance(0.2)) user.contact.officePhone = `+1 425 555 ${gen.digits(4)}`;
    generated.push(user);
    addUser(user);
  }

  await writeHistory(state, gen, [...personaUsers, ...generated], now, days, options.pause);
  return state;
}

const resetOutcomes: readonly (readonly [{ result: ResetResult; reason: string | null }, number])[] = [
  [{ result: 'succeeded', reason: 'password_reset' }, 70],
  [{ result: 'failed', reason: 'invalid_code' }, 5],
  [{ result: 'failed', reason: 'wrong_answers' }, 2],
  [{ result: 'failed', reason: 'not_registered' }, 4],
  [{ result: 'blocked', reason: 'failed_verifications' }, 2],
  [{ result: 'blocked', reason: 'too_many_emails' }, 1],
  [{ result: 'abandoned', reason: 'flow_expired' }, 9],
  [{ result: 'cancelled', reason: 'user_cancelled' }, 5],
  [{ result: 'contactedAdmin', reason: 'not_registered' }, 2],
];

const resetMethodSets: readonly (readonly [string[], number])[] = [
  [['email'], 40],
  [['mobileText'], 30],
  [['mobileCall'], 5],
  [['appCode'], 8],
  [['questions'], 5],
  [['officeCall'], 2],
  [['email', 'mobileText'], 8],
  [['email', 'appCode'], 2],
];

function registeredMethodKinds(user: StoredUser): string[] {
  const kinds: string[] = [];
  if (user.contact.authenticationEmail) kinds.push('email');
  if (user.contact.authenticationPhone) kinds.push('mobilePhone');
  if (user.app) kinds.push('app');
  if (user.questions.length > 0) kinds.push('questions');
  return kinds;
}

/** Report and audit rows, oldest first (new rows are appended), spread over `days` days. */
async function writeHistory(state: PortalState, gen: Generator, users: StoredUser[], now: number, days: number, pause?: () => Promise<void>): Promise<void> {
  const registered = users.filter((user) => user.lastConfirmedAt !== null);
  const population = Math.max(1, users.length);
  const start = now - days * dayMs;
  const registrations: RegistrationRow[] = [];
  const resets: ResetRow[] = [];
  const audit: AuditRow[] = [];
  const admin = users.find((user) => user.roles.includes('globalAdministrator'));

  type Event = { at: number; kind: 'registration' | 'reset' | 'admin'; user: StoredUser };
  // Seed rows get counter ids (new rows get random ones): cheap, and stable for a seed.
  let rowNumber = 0;
  const rowId = (prefix: string) => `${prefix}_seed${String((rowNumber += 1)).padStart(7, '0')}`;
  for (let day = 0; day < days; day += 1) {
    if (pause && day % daysPerPause === 0) await pause();
    const dayStart = start + day * dayMs;
    const events: Event[] = [];
    // Registrations ramp up over the rollout; resets stay steady with weekday peaks.
    const registrationsToday = Math.round((population / 120) * (0.5 + day / days)) + gen.int(5);
    const weekday = new Date(dayStart).getUTCDay();
    const resetsToday = Math.round((population / 180) * (weekday === 0 || weekday === 6 ? 0.4 : 1)) + gen.int(4);
    for (let i = 0; i < registrationsToday && registered.length > 0; i += 1) {
      events.push({ at: dayStart + gen.int(dayMs), kind: 'registration', user: gen.pick(registered) });
    }
    for (let i = 0; i < resetsToday; i += 1) events.push({ at: dayStart + gen.int(dayMs), kind: 'reset', user: gen.pick(users) });
    if (admin && gen.chance(0.3)) events.push({ at: dayStart + gen.int(dayMs), kind: 'admin', user: gen.pick(users) });
    events.sort((a, b) => a.at - b.at);

    for (const event of events) {
      if (event.at > now) continue;
      const occurredAt = new Date(event.at).toISOString();
      const role = event.user.roles.length > 0 ? ('admin' as const) : ('user' as const);
      if (event.kind === 'registration') {
        const methods = registeredMethodKinds(event.user);
        registrations.push({
          id: rowId('reg'),
          occurredAt,
          userId: event.user.id,
          userPrincipalName: event.user.userPrincipalName,
          role,
          methods: methods.length > 0 ? methods : ['mobilePhone'],
        });
        audit.push({ id: rowId('aud'), occurredAt, activity: 'registerSecurityInfo', actor: event.user.userPrincipalName, target: event.user.userPrincipalName, result: 'success', reason: null });
      } else if (event.kind === 'reset') {
        const outcome = gen.weighted(resetOutcomes);
        const methods = outcome.reason === 'not_registered' ? [] : gen.weighted(resetMethodSets);
        resets.push({
          id: rowId('rst'),
          occurredAt,
          userId: event.user.id,
          userPrincipalName: event.user.userPrincipalName,
          role,
          methods: [...methods],
          result: outcome.result,
          reason: outcome.reason,
        });
        audit.push({
          id: rowId('aud'),
          occurredAt,
          activity: outcome.result === 'contactedAdmin' ? 'contactAdmin' : 'resetPassword',
          actor: event.user.userPrincipalName,
          target: event.user.userPrincipalName,
          result: outcome.result === 'succeeded' || outcome.result === 'contactedAdmin' ? 'success' : 'failure',
          reason: outcome.reason,
        });
      } else if (admin) {
        const activity = gen.pick(['unlockUser', 'adminResetPassword', 'updateUser']);
        audit.push({ id: rowId('aud'), occurredAt, activity, actor: admin.userPrincipalName, target: event.user.userPrincipalName, result: 'success', reason: null });
      }
    }
  }
  state.reports.registrations = registrations;
  state.reports.resets = resets;
  state.audit = audit;
}
