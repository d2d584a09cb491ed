export {
  createI18n,
  setLanguage,
  initialLanguage,
  storedLanguage,
  storeLanguage,
  browserLanguage,
  toLanguage,
  toLanguageTag,
  languageDir,
  ltrInText,
} from './i18n';
export { languages, languageList, languageInfo, isLanguageTag, type LanguageTag, type LanguageInfo } from './languages';
export { languageQueryParameter, languageStorageKey } from './language-keys';
export { pickLanguage } from './pick-language';
export type { DeepStrings, LocaleOf, PluralForm } from './locale-type';
export { describeProblem, describeViolation, describeRetryAfter, dateTimeFormat, isEligibilityReason } from './describe-problem';
export { describeQuestion } from './describe-question';
export { preferredLanguageField, nativeLanguageName } from './preferred-language';
export { en, type Messages, type Locale } from './locales/en';
export { appTakesOverReveal, revealText, languagePendingAttribute } from './early-language-script';
