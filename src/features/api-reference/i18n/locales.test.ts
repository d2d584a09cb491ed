import { localeProblems } from '@/i18n/locale-check';
import { apiReferenceDe } from './de';
import { apiReferenceEn } from './en';
import { apiReferenceFr } from './fr';
import { apiReferenceNl } from './nl';
import { apiReferenceLanguages } from './register';

it.each([
  ['nl', apiReferenceNl],
  ['de', apiReferenceDe],
  ['fr', apiReferenceFr],
] as const)('the API reference in %s has every key of English, its parameters and its plural forms', (tag, messages) => {
  expect(localeProblems(apiReferenceEn, messages, tag)).toEqual([]);
});

it('the reference offers exactly the languages tested here', () => {
  expect([...apiReferenceLanguages].sort()).toEqual(['de', 'en', 'fr', 'nl']);
});
