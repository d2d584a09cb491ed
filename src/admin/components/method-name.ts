import { useAdminTranslation } from '../i18n/register';

/** A method or method kind of a report row (`mobileText`, `app`…) in words; unknown ones as they are. */
export function useMethodName(): (kind: string) => string {
  const { t } = useAdminTranslation();
  return (kind) => t(`reports.kinds.${kind}`, { defaultValue: kind });
}

/** A reset's reason code in words; unknown codes as they are. */
export function useReasonName(): (reason: string) => string {
  const { t } = useAdminTranslation();
  return (reason) => t(`reports.reasons.${reason}`, { defaultValue: reason });
}
