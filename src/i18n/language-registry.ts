/**
 * The languages as the page carries them (issue 12, ADR "language registry outside home"): the
 * build writes the registry (`languages.ts`) into `index.html` as a JSON data block, and the app,
 * the early language check and the start language's preload read it there. So home's JavaScript
 * names no language beyond English, and adding one adds 0 bytes to it. A JSON block is data, not
 * a script: the CSP has nothing to allow.
 */

/** The `id` of the `<script type="application/json">` block in `index.html`. */
export const languageRegistryId = 'language-registry';

/** One language of the block. */
export interface RegistryEntry {
  tag: string;
  /** The language's name in itself, as the switcher shows it. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** The URL of the language's chunk (`src/i18n/locales/<tag>.ts`); none for English, which ships with the app. */
  module?: string;
  /** The chunk's export that holds the strings: the tag in camel case (`pt-BR` → `ptBR`). */
  export?: string;
  demoOnly?: boolean;
}

/** The export of `locales/<tag>.ts` that holds its strings: `de` → `de`, `zh-Hans` → `zhHans`. */
export function localeExport(tag: string): string {
  return tag.replace(/-(\w)/g, (_match, letter: string) => letter.toUpperCase());
}
