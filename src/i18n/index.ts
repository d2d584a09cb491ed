export { createI18n, languages, storedLanguage, storeLanguage, browserLanguage, toLanguage } from './i18n';
export { describeProblem, describeViolation, describeRetryAfter, dateTimeFormat, isEligibilityReason } from './describe-problem';
export { en, type Messages } from './locales/en';
export { nl } from './locales/nl';
