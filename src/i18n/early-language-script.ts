import { languageQueryParameter, languageStorageKey } from './language-keys';
import { languageRegistryId } from './language-registry';

/**
 * The one inline script of the page (issue 9, ADR 0014): the prerendered HTML is
 * in the build's default language, so before the first paint this makes the app's own choice of
 * language (`pickLanguage`, src/i18n/pick-language.ts: `?lang=`, the remembered choice, the
 * browser's languages, each matched exactly or by its language subtag, `de-AT` → `de`) and, if
 * it is another one than the page's, keeps the text hidden (the boxes keep their place:
 * `visibility: hidden`) until the app has shown that language. It never hides for long: after
 * `revealAfterMs` the page shows whatever it has. When nothing matches, the app falls back on
 * the organisation's default, the language the page was prerendered in: nothing to hide.
 *
 * A plain string, so its bytes (and the sha256 hash the CSP allows it by, in
 * deploy/nginx/security-headers.conf) never depend on a compiler. It decides by the registry's
 * tags as the page carries them (the JSON block before it, `language-registry.ts`), so adding a
 * language leaves the script and its hash as they are; the storage key and the query parameter
 * are the app's own. `early-language-script.test.ts` checks the hash, and that the script decides
 * as `pickLanguage` does.
 */

/** On `<html>` while the text waits for the person's language; the value is the language awaited. */
export const languagePendingAttribute = 'data-language-pending';

/** The longest the text stays hidden when the app's script has not started by then. */
export const revealAfterMs = 3000;

/** On `<html>` once the app runs: from then on the app decides when the text shows. */
export const appRunningAttribute = 'data-app-running';

/** The longest the text stays hidden once the app runs (its language may be slow to arrive). */
export const appRevealAfterMs = 10_000;

export const earlyLanguageScript = `(function () {
  var tags = [];
  try { tags = JSON.parse(document.getElementById(${JSON.stringify(languageRegistryId)}).textContent).map(function (entry) { return entry.tag; }); } catch (e) {}
  function match(tag) {
    if (!tag) return null;
    var lower = String(tag).toLowerCase(), primary = lower.split('-')[0], i;
    for (i = 0; i < tags.length; i++) if (tags[i].toLowerCase() === lower) return tags[i];
    if (primary === 'zh' && /^zh-(hant|tw|hk|mo)\\b/.test(lower)) return null;
    for (i = 0; i < tags.length; i++) if (tags[i].toLowerCase().split('-')[0] === primary) return tags[i];
    return null;
  }
  var wanted = [];
  try { wanted.push(new URLSearchParams(location.search).get(${JSON.stringify(languageQueryParameter)})); } catch (e) {}
  try { var stored = localStorage.getItem(${JSON.stringify(languageStorageKey)}); if (tags.indexOf(stored) !== -1) wanted.push(stored); } catch (e) {}
  wanted = wanted.concat(navigator.languages || [navigator.language]);
  var language = null, root = document.documentElement;
  for (var j = 0; j < wanted.length && !language; j++) language = match(wanted[j]);
  if (language && language !== root.lang) {
    root.setAttribute(${JSON.stringify(languagePendingAttribute)}, language);
    setTimeout(function () {
      if (!root.hasAttribute(${JSON.stringify(appRunningAttribute)})) root.removeAttribute(${JSON.stringify(languagePendingAttribute)});
    }, ${revealAfterMs});
  }
})();`;

/**
 * The app's first step: it takes over from the page's timer, so a busy phone that runs the app
 * late but surely does not flash the prerendered language; its own, longer timer still shows the
 * text if the language never arrives.
 */
export function appTakesOverReveal(): void {
  const root = document.documentElement;
  if (!root.hasAttribute(languagePendingAttribute)) return;
  root.setAttribute(appRunningAttribute, '');
  setTimeout(revealText, appRevealAfterMs);
}

/** Shows the text again: the app calls it once the language it shows is the one it settled on. */
export function revealText(): void {
  if (typeof document !== 'undefined') document.documentElement.removeAttribute(languagePendingAttribute);
}
