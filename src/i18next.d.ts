import type { AdminMessages } from '@/admin/i18n/en';
import type { ApiReferenceMessages } from '@/features/api-reference/i18n/en';
import type { Messages } from '@/i18n/locales/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages; admin: AdminMessages; apiReference: ApiReferenceMessages };
    returnNull: false;
  }
}
