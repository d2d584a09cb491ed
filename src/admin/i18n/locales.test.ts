import { localeProblems } from '@/i18n/locale-check';
import { adminEn } from './en';
import { adminNl } from './nl';

it.each([['nl', adminNl]] as const)('the admin console in %s has every key of English, its parameters and its plural forms', (tag, messages) => {
  expect(localeProblems(adminEn, messages, tag)).toEqual([]);
});
