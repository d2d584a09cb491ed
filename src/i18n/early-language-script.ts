/**
 * The one inline script of the page (issue 9, ADR "prerender-language"): the prerendered HTML is
 * in the build's default language, so before the first paint this checks which language the
 * person will get, and if it is another one, keeps the text hidden (the boxes keep their place:
 * `visibility: hidden`) until the app has shown that language. It never hides for long: after
 * `revealAfterMs` the page shows whatever it has.
 *
 * A plain string, so its bytes (and the sha256 hash the CSP allows it by, in
 * deploy/nginx/security-headers.conf) never depend on a compiler; `early-language-script.test.ts`
 * runs it and checks the hash. No imports: the build config reads this file.
 */

/** Where the person's choice is kept (src/i18n/i18n.ts reads and writes it). */
export const languageStorageKey = 'password-portal.language';

/** The languages the portal ships; the same list as the contract's `languageSchema` (tested). */
export const shippedLanguages = ['en', 'nl'] as const;

/** On `<html>` while the text waits for the person's language; the value is the language awaited. */
export const languagePendingAttribute = 'data-language-pending';

/** The longest the text stays hidden, whatever happens to the scripts. */
export const revealAfterMs = 3000;

/**
 * `earlyLanguage` is the function to extend (the order: `?lang=`, the remembered choice, the
 * browser's languages); it returns a shipped language or null. The page's own language is
 * `<html lang>`, written by the prerender.
 */
export const earlyLanguageScript = `(function () {
  function earlyLanguage(shipped) {
    var wanted = [];
    try { wanted.push(new URLSearchParams(location.search).get('lang')); } catch (e) {}
    try { wanted.push(localStorage.getItem(${JSON.stringify(languageStorageKey)})); } catch (e) {}
    var browser = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < browser.length; i++) wanted.push(browser[i]);
    for (var j = 0; j < wanted.length; j++) {
      var language = String(wanted[j] || '').slice(0, 2).toLowerCase();
      if (shipped.indexOf(language) !== -1) return language;
    }
    return null;
  }
  var root = document.documentElement;
  var language = earlyLanguage(${JSON.stringify(shippedLanguages)});
  if (language && language !== root.lang) {
    root.setAttribute(${JSON.stringify(languagePendingAttribute)}, language);
    setTimeout(function () { root.removeAttribute(${JSON.stringify(languagePendingAttribute)}); }, ${revealAfterMs});
  }
})();`;

/** Shows the text again: the app calls it once the language it shows is the one it settled on. */
export function revealText(): void {
  if (typeof document !== 'undefined') document.documentElement.removeAttribute(languagePendingAttribute);
}
