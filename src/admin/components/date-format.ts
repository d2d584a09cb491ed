import { useAdminTranslation } from '../i18n/register';

/** Dates of reports (`YYYY-MM-DD`, UTC days) and times of rows, in the admin's language. */
export function useDateFormat() {
  const { i18n } = useAdminTranslation();
  const short = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    day: (date: string) => short.format(new Date(`${date}T00:00:00Z`)),
    dateTime: (iso: string) => long.format(new Date(iso)),
    dateOnly: (date: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`)),
  };
}
