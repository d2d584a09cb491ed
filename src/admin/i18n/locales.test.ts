import { localeProblems } from '@/i18n/locale-check';
import { adminDe } from './de';
import { adminEn } from './en';
import { adminFr } from './fr';
import { adminNl } from './nl';
import { adminLanguages } from './register';

it.each([
  ['nl', adminNl],
  ['de', adminDe],
  ['fr', adminFr],
] as const)('the admin console in %s has every key of English, its parameters and its plural forms', (tag, messages) => {
  expect(localeProblems(adminEn, messages, tag)).toEqual([]);
});

it('the console offers exactly the languages tested here', () => {
  expect([...adminLanguages].sort()).toEqual(['de', 'en', 'fr', 'nl']);
});
