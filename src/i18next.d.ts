import type { AdminMessages } from '@/features/admin/i18n/en';
import type { Messages } from '@/i18n/locales/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages; admin: AdminMessages };
    returnNull: false;
  }
}
