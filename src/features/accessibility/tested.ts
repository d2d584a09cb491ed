import type { LanguageTag } from '@/i18n/languages';

/**
 * What the accessibility statement says is tested, shared with the browser tests that test it: the
 * page names these languages, and the tests run in exactly these. Adding a language to a check is
 * one word here.
 */
export const testedLanguages = {
  /** axe-core on every people's screen at phone size (tests/e2e/people-screens.e2e.ts). */
  axePhone: ['en', 'nl', 'de', 'ar', 'ja'],
  /** axe-core on every people's screen at desktop size (tests/e2e/people-screens.e2e.ts). */
  axeDesktop: ['en', 'nl'],
  /** A whole reset with the keyboard alone (tests/e2e/people-journeys.e2e.ts). */
  keyboardReset: ['en', 'ar', 'ja'],
} as const satisfies Record<string, readonly LanguageTag[]>;

/** The narrowest width every people's screen is used at without scrolling sideways (WCAG 1.4.10). */
export const reflowWidth = 320;
