import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { languageRegistryId, localeExport, type RegistryEntry } from '../../src/i18n/language-registry';
import { languageQueryParameter, languageStorageKey } from '../../src/i18n/language-keys';
import { languageList, type LanguageInfo } from '../../src/i18n/languages';
import { pickLanguage } from '../../src/i18n/pick-language';

const localesDir = fileURLToPath(new URL('../../src/i18n/locales/', import.meta.url));
const shipsWithApp = (tag: string) => tag === 'en';
const appEntry = fileURLToPath(new URL('../../src/main.tsx', import.meta.url));

/** A language as the build needs it; `file` is `src/i18n/locales/<tag>.ts` unless given (`npm run size`'s extra language). */
export type BuildLanguage = Pick<LanguageInfo, 'tag' | 'name' | 'dir' | 'demoOnly'> & { file?: string };

/** A language's strings: its own chunk (English ships with the app). */
const localeFile = ({ tag, file }: BuildLanguage) => file ?? `${localesDir}${tag}.ts`;

/** The registry as `index.html` carries it, `<` escaped so no name can close the element. */
function registryBlock(languages: readonly BuildLanguage[], moduleOf: (language: BuildLanguage) => string): string {
  const entries: RegistryEntry[] = languages.map((language) => ({
    tag: language.tag,
    name: language.name,
    dir: language.dir,
    ...(shipsWithApp(language.tag) ? {} : { module: moduleOf(language), export: localeExport(language.tag) }),
    ...(language.demoOnly ? { demoOnly: true } : {}),
  }));
  const json = JSON.stringify(entries).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${languageRegistryId}">${json}</script>`;
}

/**
 * The start language's strings load in parallel with the app, not after it (issue 12): a tiny
 * classic script makes the app's own choice (`pickLanguage`, its source inlined here, so there is
 * one copy) from `?lang=`, the stored choice, the browser's languages and the page's own language
 * (a prerendered page is in the organisation's default, as `src/main.tsx` takes it), and adds a
 * `modulepreload` for that language's chunk, both read from the page's registry block. An async
 * file, not inline: the CSP allows only 'self' scripts. English ships with the app and preloads
 * nothing. Its bytes do not depend on the languages.
 */
const startLanguageSource = `(function () {
  try {
    var pickLanguage = ${pickLanguage.toString()};
    var registry = JSON.parse(document.getElementById(${JSON.stringify(languageRegistryId)}).textContent);
    var stored = null;
    try { stored = localStorage.getItem(${JSON.stringify(languageStorageKey)}); } catch (error) {}
    var tag = pickLanguage({ query: new URLSearchParams(location.search).get(${JSON.stringify(languageQueryParameter)}), stored: stored, browser: navigator.languages || [navigator.language], organisation: document.documentElement.lang }, registry.map(function (entry) { return entry.tag; }));
    var entry = registry.filter(function (candidate) { return candidate.tag === tag; })[0];
    if (!entry || !entry.module) return;
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = entry.module;
    link.crossOrigin = '';
    document.head.appendChild(link);
  } catch (error) {}
})();
`;

/**
 * The languages live in `index.html`, not in home's JavaScript (issue 12, ADR "language registry
 * outside home"): the build makes each language's file (`src/i18n/locales/<tag>.ts`) its own
 * chunk, and writes the registry (`src/i18n/languages.ts`: tag, name, dir, the chunk's URL) into
 * the page as a JSON data block, right after `<title>`, before the early language check that reads
 * it; the start language's preload script follows. In dev the URLs are the source files.
 */
export function languageRegistry(languages: readonly BuildLanguage[] = languageList): Plugin {
  let base = '/';
  let serving = false;
  let ssr = false;
  return {
    name: 'language-registry',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
      serving = config.command === 'serve';
      ssr = Boolean(config.build.ssr);
    },
    buildStart() {
      // Not in the prerender's server build (vite.config.ts), which imports the registry itself.
      if (serving || ssr) return;
      for (const language of languages) {
        // Loaded by the app only, after it: what the app has (English, for the pseudo-locale) stays in the app's chunks.
        if (!shipsWithApp(language.tag)) this.emitFile({ type: 'chunk', id: localeFile(language), preserveSignature: 'exports-only', implicitlyLoadedAfterOneOf: [appEntry] });
      }
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => (serving ? html.replace('</title>', `</title>\n    ${registryBlock(languages, ({ tag }) => `${base}src/i18n/locales/${tag}.ts`)}`) : html),
    },
    generateBundle({ dir }, bundle) {
      if (ssr) return;
      const chunks = new Map<string, string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.facadeModuleId) continue;
        const language = languages.find((candidate) => localeFile(candidate) === chunk.facadeModuleId);
        if (!language) continue;
        if (!chunk.exports.includes(localeExport(language.tag))) throw new Error(`language-registry: ${chunk.facadeModuleId} exports no ${localeExport(language.tag)}`);
        chunks.set(language.tag, `${base}${chunk.fileName}`);
      }
      const moduleOf = (language: BuildLanguage) => {
        const url = chunks.get(language.tag);
        if (!url) throw new Error(`language-registry: no chunk for ${localeFile(language)}`);
        return url;
      };
      const fileName = `assets/start-language-${createHash('sha256').update(startLanguageSource).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source: startLanguageSource });
      const html = bundle['index.html'];
      if (html?.type !== 'asset' || typeof html.source !== 'string') throw new Error(`language-registry: no index.html in ${dir ?? 'the bundle'}`);
      html.source = html.source.replace('</title>', `</title>\n    ${registryBlock(languages, moduleOf)}\n    <script async src="${base}${fileName}"></script>`);
    },
  };
}
