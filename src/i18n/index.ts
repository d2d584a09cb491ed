export { createI18n, setLanguage, initialLanguage, languages, storedLanguage, storeLanguage, browserLanguage, toLanguage } from './i18n';
export { describeProblem, describeViolation, describeRetryAfter, dateTimeFormat, isEligibilityReason } from './describe-problem';
export { describeQuestion } from './describe-question';
export { en, type Messages } from './locales/en';
export { revealText, languagePendingAttribute } from './early-language-script';
