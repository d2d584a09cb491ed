import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, loadEnv, type Manifest, type Plugin, type ResolvedConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import { publishOpenApiDocument } from './scripts/openapi-vite-plugin';
import { chunkClosure, entryFiles } from './scripts/lib/build-manifest';
import { languageRegistry } from './scripts/lib/language-registry-plugin';
import { inlineDefaultsId } from './src/branding/inline-defaults-id';
import { earlyLanguageScript } from './src/i18n/early-language-script';
import { startScriptsAfterFirstPaint } from './src/prerender/after-first-paint';
import { appShellFile, fileForPath, notFoundFile, prerenderedAttribute, prerenderedPages } from './src/prerender/prerendered-pages';

const srcDir = fileURLToPath(new URL('./src', import.meta.url));

/** A build against a real API (VITE_API_BASE_URL set) ships no mock service worker. */
function dropMockWorker(): Plugin {
  let outFile: string | null = null;
  return {
    name: 'drop-mock-worker',
    apply: 'build',
    configResolved(config) {
      const env = loadEnv(config.mode, config.envDir || config.root, 'VITE_');
      outFile = env.VITE_API_BASE_URL ? join(config.build.outDir.startsWith('/') ? '' : config.root, config.build.outDir, 'mockServiceWorker.js') : null;
    },
    async closeBundle() {
      if (outFile) await rm(outFile, { force: true });
    },
  };
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * `.br` and `.gz` beside every text file the bundle emits (not the files of `public/`: an
 * organisation edits portal.json and branding.json in place, and a stale compressed copy would
 * win). nginx serves them as they are (gzip_static, brotli_static: deploy/nginx), so nothing is
 * compressed per request and brotli needs no filter module.
 */
async function writeCompressedCopies(path: string): Promise<void> {
  const bytes = await readFile(path);
  if (bytes.length < 1024) return;
  const [br, gz] = await Promise.all([
    brotli(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
    gzipped(bytes, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
}

function precompress(): Plugin {
  const compressible = /\.(js|css|html|svg|json|webmanifest|txt)$/;
  return {
    name: 'precompress',
    apply: 'build',
    async writeBundle({ dir: outDir = 'dist' }, bundle) {
      const files = Object.keys(bundle).filter((name) => compressible.test(name) && !name.startsWith('.vite/'));
      await Promise.all(files.map((name) => writeCompressedCopies(join(outDir, name))));
    },
  };
}

/**
 * The page's one inline script, first in `<head>`: hides the text (not the boxes) when the person
 * will get another language than the prerendered one (src/i18n/early-language-script.ts; the CSP
 * allows it by its hash).
 */
function earlyLanguageCheck(): Plugin {
  return {
    name: 'early-language-check',
    transformIndexHtml: () => [{ tag: 'script', children: earlyLanguageScript, injectTo: 'head' }],
  };
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const portalJsonReader = 'src/portal-config/read-portal-json.ts';

/**
 * What a page preloads: every stage of the entry (src/main.tsx), then the chunks its route loads
 * that the entry does not already bring, then the reader of /portal.json. The entry script itself
 * is the page's own.
 */
function pagePreloads(manifest: Manifest, path: string): string[] {
  const entry = entryFiles(manifest);
  const feature = prerenderedPages.find((page) => page.path === path)?.feature;
  const routeKey = `src/features/${feature}/index.ts`;
  const route = feature && manifest[routeKey] ? [...chunkClosure(manifest, routeKey)].filter((file) => !entry.has(file)) : [];
  // The reader of /portal.json, which every page's app loads as it starts (beside the file, which
  // the page asks for itself): found only when the app runs, it was a round trip after it.
  const reader = manifest[portalJsonReader] ? [...chunkClosure(manifest, portalJsonReader)].filter((file) => !entry.has(file) && !route.includes(file)) : [];
  const [, ...stages] = entry;
  return [...stages, ...route, ...reader];
}

interface PrerenderModule {
  prerenderPage(input: { path: string; branding: unknown; portalJson: unknown }): Promise<{
    html: string;
    styles: string;
    language: string;
    dir: string;
    title: string;
    config: unknown;
    firstRequests: string[];
  }>;
}

/**
 * Issue 9: after the browser bundle, builds `src/prerender/entry.tsx` for Node and writes each
 * people's page (src/prerender/prerendered-pages.ts) as HTML with its critical CSS, the build's default
 * branding and language, its route's chunks to preload, and its scripts started after its first paint; `app.html` is the page with nothing
 * prerendered (the admin console). `vite preview` serves them like nginx does.
 */
function prerenderPages(): Plugin {
  let config: ResolvedConfig;
  const readJson = async (file: string): Promise<unknown> => {
    try {
      return JSON.parse(await readFile(file, 'utf8'));
    } catch {
      return undefined;
    }
  };
  return {
    name: 'prerender-pages',
    configResolved(resolved) {
      config = resolved;
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, _response, next) => {
        const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
        if (request.method === 'GET' && !/\.[a-z0-9]+$/i.test(pathname) && (request.headers.accept ?? '').includes('text/html')) {
          const { file, status } = fileForPath(pathname);
          request.url = `/${file}`;
          if (status === 404) _response.statusCode = 404;
        }
        next();
      });
    },
    async closeBundle(error?: Error) {
      if (error || config.command !== 'build' || config.build.ssr || config.mode === 'test') return;
      const outDir = isAbsolute(config.build.outDir) ? config.build.outDir : join(config.root, config.build.outDir);
      // Inside the project, so Node finds the packages the server build leaves external.
      await mkdir(join(config.root, 'node_modules/.cache'), { recursive: true });
      const serverOut = await mkdtemp(join(config.root, 'node_modules/.cache/prerender-'));
      try {
        await build({
          configFile: config.configFile,
          mode: config.mode,
          logLevel: 'warn',
          build: { ssr: join(srcDir, 'prerender/entry.tsx'), outDir: serverOut, emptyOutDir: true, manifest: false, copyPublicDir: false },
        });
        const module = (await import(pathToFileURL(join(serverOut, 'entry.js')).href)) as PrerenderModule;
        const template = await readFile(join(outDir, 'index.html'), 'utf8');
        const manifest = ((await readJson(join(outDir, '.vite/manifest.json'))) ?? {}) as Manifest;
        const branding = await readJson(join(config.publicDir, 'branding.json'));
        const portalJson = await readJson(join(config.publicDir, 'portal.json'));
        const preloadsOf = (path: string) => pagePreloads(manifest, path).map((file) => `${config.base}${file}`);
        // Every page's app reads /portal.json as it starts (src/portal-config/load-portal-config.ts).
        const portalJsonUrl = `${config.base}portal.json`;
        await writeFile(join(outDir, appShellFile), startScriptsAfterFirstPaint(template, preloadsOf(''), [portalJsonUrl]));
        await writeCompressedCopies(join(outDir, appShellFile));
        for (const page of prerenderedPages) {
          const rendered = await module.prerenderPage({ path: page.path, branding, portalJson });
          const preloads = preloadsOf(page.path);
          const renderedFor = page.file === notFoundFile ? '*' : page.path;
          const prerendered = template
            .replace(/<html lang="[^"]*">/, `<html lang="${escapeAttribute(rendered.language)}" dir="${rendered.dir}">`)
            .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(rendered.title)}</title>`)
            .replace('</head>', `${rendered.styles}</head>`)
            .replace(
              '<div id="root"></div>',
              `<div id="root" ${prerenderedAttribute}="${renderedFor}" data-portal-config="${escapeAttribute(JSON.stringify(rendered.config))}">${rendered.html}</div>`,
            );
          // Its scripts (the entry's and the route's chunks) start once it has painted (ADR 0018).
          // And it asks for the JSON its app reads as it starts (src/api/early-requests.ts).
          const html = startScriptsAfterFirstPaint(prerendered, preloads, [portalJsonUrl, ...rendered.firstRequests]);
          await writeFile(join(outDir, page.file), html);
          await writeCompressedCopies(join(outDir, page.file));
        }
      } finally {
        await rm(serverOut, { recursive: true, force: true });
      }
    },
  };
}

/**
 * The organisation's `public/branding.json`, inlined in `index.html` when it is built (ADR 0006):
 * the first render uses it instead of waiting for the file, which is then only revalidated.
 * Generated from the one file a deployment ships, so there is no copy to keep in step.
 */
function inlineBrandingDefaults(): Plugin {
  let file = '';
  return {
    name: 'inline-branding-defaults',
    configResolved(config) {
      file = join(config.publicDir, 'branding.json');
    },
    async transformIndexHtml() {
      // Valid JSON or the build fails: a broken file must not ship.
      const json = JSON.stringify(JSON.parse(await readFile(file, 'utf8')));
      return [
        {
          tag: 'script',
          attrs: { id: inlineDefaultsId, type: 'application/json' },
          // `<` escaped, so no value can close the script element.
          children: json.replace(/</g, '\\u003c'),
          injectTo: 'head',
        },
      ];
    },
  };
}

/**
 * Our modules only declare things on import (components, hooks, schemas, styles); only
 * `src/main.tsx` acts. Saying so lets Rollup drop modules whose exports a bundle never uses, e.g.
 * the admin and dev endpoint tables in the people's pages: zod's `.check()` and Griffel's
 * `makeStyles()` calls at module level look like side effects to it otherwise. A feature's
 * `index.ts` stays as it is, so each route chunk keeps its name in the build manifest.
 */
function sourceHasNoSideEffects(): Plugin {
  const keep = /^(main\.tsx|features\/[^/]+\/index\.ts)$/;
  return {
    name: 'source-has-no-side-effects',
    apply: 'build',
    transform(_code, id) {
      if (!id.startsWith(`${srcDir}/`)) return null;
      return keep.test(id.slice(srcDir.length + 1)) ? null : { moduleSideEffects: false };
    },
  };
}

/**
 * A route chunk whose page loads parts of itself later (reset's later steps, security info's
 * editors) also exports what those parts share with it, so Rollup gives it no facade module and
 * the manifest would list it without its `src`. Name it after the feature index it holds, so
 * `npm run size` finds every route in the manifest.
 */
function nameRouteChunks(): Plugin {
  const featureIndex = /\/src\/features\/[^/]+\/index\.ts$/;
  return {
    name: 'name-route-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isDynamicEntry || chunk.facadeModuleId) continue;
        const routes = chunk.moduleIds.filter((id) => featureIndex.test(id));
        if (routes.length === 1) chunk.facadeModuleId = routes[0]!;
      }
    },
  };
}

/**
 * What every people's form page uses: Fluent's field, input, label, button, text, link and message
 * bar, and react-query's `useMutation` (not `Mutation` itself: the query client in the app chunk
 * has that, and listing it here would make the two chunks import each other).
 */
const sharedFormKit =
  /\/node_modules\/(@fluentui\/react-(button|field|input|label|link|message-bar|text)\/|@tanstack\/(query-core|react-query)\/build\/modern\/(mutationObserver|useMutation)\.js)/;

/** What every people's form page needs beyond home: react-hook-form and our fields built on it. */
const formStack =
  /(\/node_modules\/(react-hook-form|@hookform\/resolvers)\/|\/src\/components\/form\/(form-resolver|use-kit-field|field-validation|text-field|form-messages)\.tsx?$)/;
/** The people's pages' shared feedback: their actions row, a part's error, dead ends and help. */
const pageFeedback = /\/src\/components\/(feedback\/(error-state|part-error-boundary|dead-end|contact-help)|form\/form-actions)\.tsx?$/;

export default defineConfig({
  plugins: [
    react(),
    earlyLanguageCheck(),
    inlineBrandingDefaults(),
    dropMockWorker(),
    sourceHasNoSideEffects(),
    nameRouteChunks(),
    publishOpenApiDocument(),
    languageRegistry(),
    precompress(),
    prerenderPages(),
  ],
  resolve: { alias: { '@': srcDir } },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    // `npm run size` reads the manifest to add up what each route loads.
    manifest: true,
    rollupOptions: {
      output: {
        // Fluent's form components (and useMutation) come with the first page, so
        // each later page loads only its own code (ADR 0008). Only these modules: their
        // dependencies are chunked as usual.
        onlyExplicitManualChunks: true,
        manualChunks: (id) => {
          // The note of what was typed before the takeover: start.tsx writes it, the form stack reads it.
          if (id.endsWith('/src/start.tsx') || id.endsWith('/src/components/form/typed-before-takeover.ts') || sharedFormKit.test(id)) return 'main';
          // Fewer, larger chunks for the form pages (issue 9): each small chunk costs its own
          // imports and compresses alone.
          if (formStack.test(id)) return 'form-stack';
          if (pageFeedback.test(id)) return 'page-feedback';
          return undefined;
        },
      },
    },
  },
  test: {
    globals: true,
    // One set of handlers serves every test; tests fail on an unexpected console.error.
    setupFiles: ['./tests/setup.ts'],
    // The files of a project share one module graph: zod, the contract, the mock backend, React,
    // Fluent and the app load once per worker, not once per file (this halves the suite's time).
    // Every test builds its own backend, query client and render; tests/setup.ts unmounts and
    // puts back what a test may leave on the shared document and timers.
    isolate: false,
    // Every core: Vitest's default leaves one free, which on a 2-core machine ran the whole suite
    // in one worker (81 s; 68 s on both cores, measured in one session).
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'mocks/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/lint/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'tests/ui/**/*.test.tsx'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
