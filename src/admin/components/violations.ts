import type { TFunction } from 'i18next';
import { violationParams, type Violation } from '@/api/problem';
import { describeViolation } from '@/i18n';
import { useAdminTranslation } from '../i18n/register';

/** An admin rule code in words (policy, branding, import); other codes go to the app's wording. */
export function describeAdminViolation(t: TFunction<'admin'>, tApp: TFunction, violation: Violation): string {
  const key = `violations.${violation.code}`;
  if (violation.code !== 'item' && t(key, { defaultValue: '' }) !== '') return t(key, { ...violationParams(violation), defaultValue: '' });
  return describeViolation(tApp, violation);
}

/** The index of a list item a violation names (`questions.custom.3` → 3), if any. */
function itemIndex(violation: Violation, field: string): number | null {
  const rest = violation.field?.slice(field.length + 1);
  if (!rest) return null;
  const index = Number.parseInt(rest, 10);
  return Number.isInteger(index) ? index : null;
}

/**
 * `describe` for `useServerViolations` on an admin form: the admin's wording, and for a list
 * edited one item a line, the item it is about, quoted from what was sent.
 */
export function useAdminViolationWords() {
  const { t, tApp } = useAdminTranslation();
  return (violation: Violation, field: string, sent: unknown): string => {
    const message = describeAdminViolation(t, tApp, violation);
    const index = itemIndex(violation, field);
    const list = field.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), sent);
    const value = index !== null && Array.isArray(list) ? (list as unknown[])[index] : undefined;
    return typeof value === 'string' ? t('violations.item', { value, message }) : message;
  };
}
