import { importColumns, preferredLanguages, type Contact, type ImportResult, type PreferredLanguage, type Violation } from '@/api';
import type { PortalState, StoredUser } from '../store/state';
import type { EngineDeps } from './deps';
import { adminUser, requireScope } from './auth';
import { defaultBranding } from './branding-defaults';
import { cachedIsEmail, cachedParsePhone, findUserByUpn } from './eligibility';
import type { Operations } from './operations';
import { problem, validationFailed } from './problems';
import { recordAudit } from './outbox-and-audit';
import { validateBranding } from '../rules/branding';
import { parseCsv } from '../rules/csv';
import { validatePolicy } from '../rules/policy';

type AdminOperations = Pick<
  Operations,
  'getPolicy' | 'putPolicy' | 'getAdminBranding' | 'putAdminBranding' | 'deleteAdminBranding' | 'importAuthData'
>;

type ContactColumn = Exclude<(typeof importColumns)[number], 'userPrincipalName' | 'preferredLanguage'>;
const contactColumns: readonly ContactColumn[] = ['authenticationEmail', 'alternateEmail', 'authenticationPhone', 'mobilePhone', 'officePhone'];
const emailColumns: ReadonlySet<ContactColumn> = new Set(['authenticationEmail', 'alternateEmail']);

interface PlannedUpdate {
  user: StoredUser;
  changes: Partial<Contact>;
  preferredLanguage?: PreferredLanguage;
}

/** A language tag as people write it (`PT-br`, `zh-hans`), as the contract spells it; null when unknown. */
function importedLanguage(value: string): PreferredLanguage | null {
  return preferredLanguages.find((tag) => tag.toLowerCase() === value.toLowerCase()) ?? null;
}

/** Checks a CSV of contact data; answers the rows and, when every row is good, the updates to make. */
export function planImport(state: PortalState, text: string): { rows: ImportResult['rows']; updates: PlannedUpdate[] } {
  const parsed = parseCsv(text);
  const header = parsed.rows[0];
  const headerLine = parsed.rowLines[0] ?? 1;
  const missingHeader = () =>
    validationFailed([{ code: 'missing_header', field: 'header', params: { expected: importColumns.join(',') } }]);
  if (!header || headerLine !== 1 || !header.some((cell) => cell.trim() === 'userPrincipalName')) throw missingHeader();
  const columns: (typeof importColumns)[number][] = [];
  const headerViolations: Violation[] = [];
  header.forEach((raw, i) => {
    const name = raw.trim();
    const known = importColumns.find((column) => column === name);
    if (!known) headerViolations.push({ code: 'unknown_column', field: `header.${i}`, params: { column: name } });
    else if (columns.includes(known)) headerViolations.push({ code: 'duplicate_column', field: `header.${i}`, params: { column: name } });
    else columns.push(known);
  });
  if (headerViolations.length > 0) throw validationFailed(headerViolations);
  const upnIndex = columns.indexOf('userPrincipalName');

  const rows: ImportResult['rows'] = [];
  const updates: PlannedUpdate[] = [];
  const seen = new Set<string>();
  parsed.rows.slice(1).forEach((cells, index) => {
    const line = parsed.rowLines[index + 1] ?? index + 2;
    const upn = cells[upnIndex]?.trim() ?? '';
    const violations: Violation[] = [];
    if (cells.length > columns.length) violations.push({ code: 'too_many_cells', params: { expected: columns.length, actual: cells.length } });
    const user = upn ? findUserByUpn(state, upn) : null;
    if (!upn) violations.push({ code: 'required', field: 'userPrincipalName' });
    else if (!user) violations.push({ code: 'unknown_user', field: 'userPrincipalName', params: { userPrincipalName: upn } });
    else if (seen.has(user.id)) violations.push({ code: 'duplicate_user', field: 'userPrincipalName', params: { userPrincipalName: upn } });
    if (user) seen.add(user.id);
    const changes: Partial<Contact> = {};
    let preferredLanguage: PreferredLanguage | undefined;
    columns.forEach((column, i) => {
      if (column === 'userPrincipalName') return;
      const value = cells[i]?.trim() ?? '';
      // An empty cell leaves the field as it is.
      if (value === '') return;
      if (column === 'preferredLanguage') {
        const language = importedLanguage(value);
        if (language) preferredLanguage = language;
        else violations.push({ code: 'invalid_language', field: column, params: { value, expected: preferredLanguages.join(', ') } });
      } else if (emailColumns.has(column) ? !cachedIsEmail(value) : cachedParsePhone(value) === null) {
        violations.push({ code: emailColumns.has(column) ? 'invalid_email' : 'invalid_phone', field: column, params: { value } });
      } else {
        changes[column] = value;
      }
    });
    rows.push({ line, userId: upn, ok: violations.length === 0, violations });
    if (user && violations.length === 0) updates.push({ user, changes, ...(preferredLanguage ? { preferredLanguage } : {}) });
  });
  // Records the parser could not read at all are rows too, so the person sees every line that failed.
  for (const { line } of parsed.errors) rows.push({ line, userId: '', ok: false, violations: [{ code: 'malformed_row' }] });
  rows.sort((a, b) => a.line - b.line);
  return { rows, updates };
}

export function createAdminOperations(deps: EngineDeps): AdminOperations {
  return {
    async getPolicy(_input, context) {
      adminUser(deps, context);
      return structuredClone(deps.state().policy);
    },

    async putPolicy({ body }, context) {
      const admin = adminUser(deps, context);
      requireScope(deps, admin, 'changePolicy', 'updatePolicy');
      const state = deps.state();
      const violations = validatePolicy(body, new Set(state.groups.keys()));
      if (violations.length > 0) throw validationFailed(violations);
      state.policy = structuredClone(body);
      recordAudit(deps, { activity: 'updatePolicy', actor: admin.userPrincipalName });
      deps.changed();
      return structuredClone(state.policy);
    },

    async getAdminBranding(_input, context) {
      adminUser(deps, context);
      const state = deps.state();
      return structuredClone(state.branding ?? defaultBranding(state.organization.name));
    },

    async putAdminBranding({ body }, context) {
      const admin = adminUser(deps, context);
      requireScope(deps, admin, 'changeBranding', 'updateBranding');
      const violations = validateBranding(body);
      if (violations.length > 0) throw validationFailed(violations);
      deps.state().branding = structuredClone(body);
      recordAudit(deps, { activity: 'updateBranding', actor: admin.userPrincipalName });
      deps.changed();
      return structuredClone(body);
    },

    async deleteAdminBranding(_input, context) {
      const admin = adminUser(deps, context);
      requireScope(deps, admin, 'changeBranding', 'resetBranding');
      deps.state().branding = null;
      recordAudit(deps, { activity: 'resetBranding', actor: admin.userPrincipalName });
      deps.changed();
    },

    async importAuthData({ query, body }, context) {
      const admin = adminUser(deps, context);
      requireScope(deps, admin, 'manageUsers', 'importAuthData');
      const { rows, updates } = planImport(deps.state(), body);
      const bad = rows.some((row) => !row.ok);
      if (query.mode === 'validate') return { rows, applied: 0 };
      if (bad) {
        // Nothing half-applied: one bad row refuses the whole file.
        throw problem(422, 'validation_failed', 'Some rows are not valid; nothing was changed', {
          violations: [{ code: 'invalid_rows', params: { count: rows.filter((row) => !row.ok).length } }],
          rows,
        });
      }
      let applied = 0;
      for (const { user, changes, preferredLanguage } of updates) {
        let changed = false;
        if (preferredLanguage !== undefined && user.preferredLanguage !== preferredLanguage) {
          user.preferredLanguage = preferredLanguage;
          changed = true;
        }
        for (const column of contactColumns) {
          const value = changes[column];
          if (value !== undefined && user.contact[column] !== value) {
            user.contact[column] = value;
            changed = true;
          }
        }
        if (changed) applied += 1;
      }
      recordAudit(deps, { activity: 'importAuthData', actor: admin.userPrincipalName, reason: `${applied} users changed` });
      deps.changed();
      return { rows, applied };
    },
  };
}
