import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { languageQueryParameter, languageStorageKey } from '../../src/i18n/language-keys';
import { languages } from '../../src/i18n/languages';
import { pickLanguage } from '../../src/i18n/pick-language';

/** The chunk of a language's strings: `src/i18n/locales/<tag>.ts`. */
const localeModule = /\/src\/i18n\/locales\/([^/]+)\.ts$/;

/**
 * The start language's strings load in parallel with the app, not after it (issue 12): a tiny
 * classic script beside the entry makes the app's own choice (`pickLanguage`, its source inlined
 * here, so there is one copy) from `?lang=`, the stored choice and the browser's languages, and
 * adds a `modulepreload` for that language's chunk. An async file, not inline: the CSP allows
 * only 'self' scripts. English ships with the app and preloads nothing.
 */
export function preloadStartLanguage(): Plugin {
  let base = '/';
  return {
    name: 'preload-start-language',
    // Not in the prerender's server build (vite.config.ts), which has no index.html.
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle({ dir }, bundle) {
      const chunks: Record<string, string> = {};
      for (const chunk of Object.values(bundle)) {
        const tag = chunk.type === 'chunk' && chunk.facadeModuleId ? localeModule.exec(chunk.facadeModuleId)?.[1] : undefined;
        if (tag && chunk.type === 'chunk' && (languages as readonly string[]).includes(tag)) chunks[tag] = `${base}${chunk.fileName}`;
      }
      const source = `(function () {
  try {
    var pickLanguage = ${pickLanguage.toString()};
    var chunks = ${JSON.stringify(chunks)};
    var stored = null;
    try { stored = localStorage.getItem(${JSON.stringify(languageStorageKey)}); } catch (error) {}
    var tag = pickLanguage({ query: new URLSearchParams(location.search).get(${JSON.stringify(languageQueryParameter)}), stored: stored, browser: navigator.languages || [navigator.language] }, ${JSON.stringify(languages)});
    if (!tag || !chunks[tag]) return;
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = chunks[tag];
    link.crossOrigin = '';
    document.head.appendChild(link);
  } catch (error) {}
})();
`;
      const fileName = `assets/start-language-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source });
      const html = bundle['index.html'];
      if (html?.type !== 'asset' || typeof html.source !== 'string') throw new Error(`preload-start-language: no index.html in ${dir ?? 'the bundle'}`);
      html.source = html.source.replace('</title>', `</title>\n    <script async src="${base}${fileName}"></script>`);
    },
  };
}
