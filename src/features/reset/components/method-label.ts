import type { TFunction } from 'i18next';
import type { ResetFlowMethod } from '@/api';
import { ltrInText } from '@/i18n';

/** "Text my mobile phone (•• ••• •• 01)": what the method is and where it goes (kept left to right in a right-to-left language). */
export function methodLabel(t: TFunction, method: ResetFlowMethod): string {
  switch (method.kind) {
    case 'email':
      return t('methods.emailTo', { masked: ltrInText(t, method.masked) });
    case 'mobileText':
      return t('methods.mobileTextTo', { masked: ltrInText(t, method.masked) });
    case 'mobileCall':
      return t('methods.mobileCallTo', { masked: ltrInText(t, method.masked) });
    case 'officeCall':
      return t('methods.officeCallTo', { masked: ltrInText(t, method.masked) });
    default:
      return t(`methods.${method.kind}`);
  }
}

export function sendLabel(t: TFunction, method: ResetFlowMethod): string {
  switch (method.kind) {
    case 'mobileCall':
    case 'officeCall':
      return t('reset.callMe');
    case 'appNotification':
      return t('reset.sendNotification');
    case 'questions':
      return t('reset.showQuestions');
    case 'appCode':
      return t('reset.useCode');
    default:
      return t('reset.sendCode');
  }
}
