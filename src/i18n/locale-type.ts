/**
 * The types every locale file is checked against, written once: the app's strings
 * (`locales/en.ts`) and the admin console's (`src/admin/i18n/en.ts`) both use them.
 */

/** i18next's plural suffixes: the CLDR categories `Intl.PluralRules` gives a language. */
export type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** The same keys as `T`, any text: what a translation of `T` fills. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** `x` when `K` is `x_<form>` and `T` has `x_other` too (so a code like `too_many` is no plural). */
type PluralBase<T, K> = K extends `${infer Base}_${PluralForm}` ? (`${Base}_other` extends keyof T ? Base : never) : never;

/**
 * A language whose plural categories are `F`: the keys of `T` (English), except that each plural
 * group (`x_one`, `x_other`) becomes `x_<form>` for every form in `F`. Japanese is
 * `LocaleOf<T, 'other'>`, Polish `'one' | 'few' | 'many' | 'other'`, Arabic all six.
 */
export type LocaleOf<T, F extends PluralForm> = {
  [K in keyof T as PluralBase<T, K> extends never ? K : never]: T[K] extends string ? string : LocaleOf<T[K], F>;
} & {
  [K in keyof T as PluralBase<T, K> extends never ? never : `${PluralBase<T, K> & string}_${F}`]: string;
};
