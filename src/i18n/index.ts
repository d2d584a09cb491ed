export {
  createI18n,
  setLanguage,
  initialLanguage,
  storedLanguage,
  storeLanguage,
  browserLanguage,
  toLanguageTag,
  languageDir,
  ltrInText,
} from './i18n';
export type { LanguageTag, LanguageInfo } from './languages';
export { pageLanguages, installLanguages, languageInfo, isLanguageTag, type PageLanguage } from './page-languages';
export { languageQueryParameter, languageStorageKey } from './language-keys';
export { pickLanguage } from './pick-language';
export type { DeepStrings, LocaleOf, PluralForm } from './locale-type';
export { describeProblem, describeViolation, describeRetryAfter, dateTimeFormat, isEligibilityReason } from './describe-problem';
export { describeQuestion } from './describe-question';
export { preferredLanguageField, nativeLanguageName } from './preferred-language';
export { en, type Messages, type Locale } from './locales/en';
export { appTakesOverReveal, revealText, languagePendingAttribute } from './early-language-script';
