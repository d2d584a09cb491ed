import type { TFunction } from 'i18next';
import type { Violation } from '@/api/problem';
import { describeViolation } from '@/i18n';

function paramsOf(violation: Violation): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(violation.params ?? {})) {
    if (value !== null) params[key] = typeof value === 'boolean' ? String(value) : value;
  }
  return params;
}

/** An admin rule code in words (policy, branding, import); other codes go to the app's wording. */
export function describeAdminViolation(t: TFunction<'admin'>, tApp: TFunction, violation: Violation): string {
  const key = `violations.${violation.code}`;
  if (violation.code !== 'item' && t(key, { defaultValue: '' }) !== '') return t(key, { ...paramsOf(violation), defaultValue: '' });
  return describeViolation(tApp, violation);
}

/** The violations whose field is `field` or lies below it (`questions.custom` takes `questions.custom.3`). */
export function violationsFor(violations: readonly Violation[], field: string): Violation[] {
  return violations.filter((violation) => violation.field === field || violation.field?.startsWith(`${field}.`));
}

/** The index of a list item a violation names (`questions.custom.3` → 3), if any. */
export function itemIndex(violation: Violation, field: string): number | null {
  const rest = violation.field?.slice(field.length + 1);
  if (!rest) return null;
  const index = Number.parseInt(rest, 10);
  return Number.isInteger(index) ? index : null;
}
