/**
 * `npm run size`: from the Vite build manifest, the gzip and brotli bytes of all JavaScript each
 * route needs before it renders (the entry, its static imports and its stages, the route's lazy chunk and its
 * static imports). Budgets (issue 3, tightened by issue 9, ADR 0008): home ≤ 180 KB gzip; every
 * other people's route ≤ 20 KB gzip beyond home, except reset (≤ 23.5) and change password (≤ 22.5),
 * which are not there yet; admin routes add nothing to what the people's routes load. Parts a page loads
 * after it renders (its later steps, its editors) are listed too, with what they add to their
 * route, but they have no budget: nobody waits for them to see the page.
 * It also fails when a feature's route is missing from the manifest, or when chunks import each
 * other. The demo-only pages (the demo tools, the API reference at /docs/api) are absent from a
 * build against a real API, and in a demo build (`npm run build:demo && npx tsx scripts/size.ts
 * --outDir=dist-demo --check`) each is its own chunk that no other route loads.
 * Each language's strings are listed too (≤ 12 KB gzip each, none of them in home).
 * `--check` exits non-zero when any of this is broken. It also builds once more with one language
 * added (a stand-in file) and fails unless home's JavaScript is byte for byte the same: adding a
 * language adds 0 bytes to it (issue 12; the registry lives in index.html, ADR "language registry
 * outside home").
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Manifest, Plugin } from 'vite';
import { chunkClosure, entryFiles as entryFilesOf } from './lib/build-manifest';



const outDir = process.argv.find((arg) => arg.startsWith('--outDir='))?.slice('--outDir='.length) ?? 'dist';
const check = process.argv.includes('--check');
const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;

const sizes = new Map<string, { gzip: number; brotli: number }>();
function fileSize(file: string) {
  let size = sizes.get(file);
  if (!size) {
    const bytes = readFileSync(join(outDir, file));
    size = { gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
    sizes.set(file, size);
  }
  return size;
}

const closure = (key: string, into = new Set<string>(), of: Manifest = manifest) => chunkClosure(of, key, into);

function total(files: Iterable<string>) {
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const size = fileSize(file);
    gzip += size.gzip;
    brotli += size.brotli;
  }
  return { gzip, brotli };
}

// The page's entry and its stages (src/main.tsx). The languages' chunks are entries of the build too
// (scripts/lib/language-registry-plugin.ts).
const entryFiles = entryFilesOf(manifest);

/** A route = the lazy chunk of a feature folder's index (`src/features/<name>/index.ts`). */
const routePattern = /^src\/features\/([^/]+)\/index\.tsx?$/;
const routes = Object.entries(manifest)
  .filter(([, chunk]) => chunk.isDynamicEntry && routePattern.test(chunk.src ?? ''))
  .map(([key, chunk]) => {
    const feature = routePattern.exec(chunk.src!)![1]!;
    const files = closure(key, new Set(entryFiles));
    return { key, feature, src: chunk.src!, files };
  });

/** A part = any other lazy chunk of a feature, loaded after its route rendered. */
const parts = Object.entries(manifest)
  .filter(([, chunk]) => chunk.isDynamicEntry && chunk.src?.startsWith('src/features/') && !routePattern.test(chunk.src))
  .map(([key, chunk]) => {
    const feature = chunk.src!.split('/')[2]!;
    const route = routes.find((candidate) => candidate.feature === feature);
    return { key, feature, src: chunk.src!, route, files: closure(key, new Set(route?.files ?? entryFiles)) };
  });

const failures: string[] = [];

// Every feature with an index is a route: one missing from the manifest would go unmeasured. The
// demo-only ones are routes of a demo build (it has the demo tools) and absent from any other.
const demoOnlyFeatures = ['demo', 'api-reference'];
const demoBuild = Object.values(manifest).some((chunk) => chunk.src?.startsWith('src/features/demo/'));
const features = readdirSync('src/features').filter((name) => existsSync(join('src/features', name, 'index.ts')));
for (const feature of features) {
  const demoOnly = demoOnlyFeatures.includes(feature);
  if (demoOnly && !demoBuild) {
    const leaked = Object.values(manifest).find((chunk) => chunk.src?.startsWith(`src/features/${feature}/`));
    if (leaked) failures.push(`${leaked.file}: ${feature} is demo-only, yet in a build against a real API`);
  } else if (!routes.some((route) => route.feature === feature)) {
    failures.push(`src/features/${feature}/index.ts is not a route chunk in the manifest`);
  }
}

// Chunks that import each other run in an order that breaks as soon as one uses the other at load.
function findCycle(): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (key: string): string[] | null => {
    if (state.get(key) === 'done') return null;
    if (state.get(key) === 'visiting') return [...path.slice(path.indexOf(key)), key];
    state.set(key, 'visiting');
    path.push(key);
    for (const imported of manifest[key]?.imports ?? []) {
      const cycle = visit(imported);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(key, 'done');
    return null;
  };
  for (const key of Object.keys(manifest)) {
    const cycle = visit(key);
    if (cycle) return cycle;
  }
  return null;
}
const cycle = findCycle();
if (cycle) failures.push(`chunks import each other: ${cycle.map((key) => manifest[key]?.file ?? key).join(' → ')}`);

const homeBudgetKb = 180;
/** Issue 9: ≤ 20 KB beyond home for every people's route; two are not there yet (ADR 0008, "Stop 20"). */
const beyondHomeBudgetKb = (feature: string) => ({ reset: 23.5, 'change-password': 22.5 })[feature] ?? 20;

const homeRoute = routes.find((route) => route.feature === 'home');
const homeFiles = homeRoute?.files ?? entryFiles;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const rows = routes.map((route) => {
  const all = total(route.files);
  const beyondHome = total([...route.files].filter((file) => !homeFiles.has(file)));
  const isAdmin = route.feature.startsWith('admin');
  const isDemo = demoOnlyFeatures.includes(route.feature);
  let budget = '';
  if (route === homeRoute) {
    budget = `home ≤ ${homeBudgetKb} KB gzip`;
    if (all.gzip > homeBudgetKb * 1024) failures.push(`${route.src}: ${kb(all.gzip)} gzip > ${homeBudgetKb} KB`);
  } else if (!isAdmin && !isDemo) {
    const limit = beyondHomeBudgetKb(route.feature);
    budget = `≤ ${limit} KB gzip beyond home`;
    if (beyondHome.gzip > limit * 1024) failures.push(`${route.src}: ${kb(beyondHome.gzip)} beyond home > ${limit} KB`);
  }
  return { route: route.src, gzip: kb(all.gzip), brotli: kb(all.brotli), beyondHomeGzip: kb(beyondHome.gzip), beyondHomeBrotli: kb(beyondHome.brotli), budget };
});

// The admin console must not add to what the people's routes load.
// The console's shell (src/app/admin-console.tsx, which loads src/admin) counts as admin code too.
const adminSources = ['src/features/admin', 'src/admin/', 'src/app/admin-console'];
const adminConsoleKeys = Object.keys(manifest).filter((key) => manifest[key]?.src?.startsWith('src/app/admin-console'));
const adminOnlyFiles = new Set(
  [...routes.filter((route) => route.feature.startsWith('admin')).map((route) => route.files), ...adminConsoleKeys.map((key) => closure(key))].flatMap(
    (files) => [...files].filter((file) => !entryFiles.has(file)),
  ),
);
for (const route of routes.filter((route) => !route.feature.startsWith('admin'))) {
  const shared = [...route.files].filter((file) => adminOnlyFiles.has(file) && !homeFiles.has(file));
  for (const file of shared) {
    const isAdminChunk = Object.values(manifest).some((chunk) => chunk.file === file && adminSources.some((source) => chunk.src?.startsWith(source)));
    if (isAdminChunk) failures.push(`${route.src} loads admin code ${file}`);
  }
}

// Nor does a demo-only page: home and the people's routes never load its code.
for (const route of routes.filter((candidate) => !demoOnlyFeatures.includes(candidate.feature))) {
  for (const file of route.files) {
    const chunk = Object.values(manifest).find((candidate) => candidate.file === file);
    const owner = demoOnlyFeatures.find((feature) => chunk?.src?.startsWith(`src/features/${feature}/`));
    if (owner) failures.push(`${route.src} loads ${owner} code ${file}`);
  }
}

const entry = total(entryFiles);
console.log(`Build: ${outDir}  entry (all routes): ${kb(entry.gzip)} gzip, ${kb(entry.brotli)} brotli`);
console.log('What each route needs before it renders:');
console.table(rows);
if (parts.length > 0) {
  console.log('What a route loads after it renders (no budget):');
  console.table(
    parts.map((part) => {
      const added = total([...part.files].filter((file) => !part.route?.files.has(file)));
      return { part: part.src, afterRoute: part.route?.src ?? '(entry)', addsGzip: kb(added.gzip), addsBrotli: kb(added.brotli) };
    }),
  );
}

// Each language is its own chunk (docs/i18n.md), ≤ 12 KB gzip, and none is in what home loads.
const localePattern = /^src\/i18n\/locales\/([^/]+)\.ts$/;
const languageRows = Object.values(manifest)
  .filter((chunk) => localePattern.test(chunk.src ?? ''))
  .map((chunk) => {
    const size = fileSize(chunk.file);
    if (size.gzip > 12 * 1024) failures.push(`${chunk.src}: ${kb(size.gzip)} gzip > 12 KB`);
    if (homeFiles.has(chunk.file)) failures.push(`${chunk.src} is loaded by home`);
    return { language: localePattern.exec(chunk.src!)![1]!, chunk: chunk.file, gzip: kb(size.gzip), brotli: kb(size.brotli), budget: '≤ 12 KB gzip' };
  });
console.log('Each language (its own chunk, fetched when chosen; English ships with the app):');
console.table(languageRows);

/**
 * The same build (mode, config) with one language more, added as a real one is (docs/i18n.md):
 * a locale file, and an entry in `src/i18n/languages.ts` (appended to the registry wherever the
 * bundle imports it, and given to the build's registry plugin). Without the steps that write no
 * JavaScript (prerender, compressed copies). Home's files, byte for byte, against this build's.
 */
async function homeWithOneMoreLanguage(): Promise<string[]> {
  const started = Date.now();
  const { build } = await import('vite');
  const { default: config } = await import('../vite.config');
  const { languageRegistry } = await import('./lib/language-registry-plugin');
  const { languageList } = await import('../src/i18n/languages');
  const work = resolve('node_modules/.cache/size-one-more-language');
  const extraOut = join(work, 'dist');
  mkdirSync(work, { recursive: true });
  const file = join(work, 'eo.ts');
  writeFileSync(file, `export const eo = { common: { appName: 'Pasvorta portalo', language: 'Lingvo' } };\n`);
  const registryFile = resolve('src/i18n/languages.ts');
  const oneMoreEntry: Plugin = {
    name: 'one-more-language',
    enforce: 'pre',
    transform(code, id) {
      if (id !== registryFile) return null;
      const end = '\n] as const;';
      if (!code.includes(end)) throw new Error(`size: no "${end.trim()}" closes languageList in ${id}`);
      return code.replace(end, `\n  language('eo', 'Esperanto', 'ltr', ['one', 'other'], () => import(${JSON.stringify(file)}).then((module) => module.eo)),${end}`);
    },
  };
  try {
    const plugins = (config.plugins ?? []).flat().flatMap((plugin) => {
      const name = plugin && typeof plugin === 'object' && 'name' in plugin ? plugin.name : '';
      if (name === 'prerender-pages' || name === 'precompress') return [];
      return name === 'language-registry' ? [languageRegistry([...languageList, { tag: 'eo', name: 'Esperanto', dir: 'ltr', file }])] : [plugin];
    });
    await build({
      ...config,
      configFile: false,
      mode: demoBuild ? 'demo' : 'production',
      logLevel: 'error',
      plugins: [oneMoreEntry, ...plugins],
      build: { ...config.build, outDir: extraOut, emptyOutDir: true },
    });
    const extra = JSON.parse(readFileSync(join(extraOut, '.vite', 'manifest.json'), 'utf8')) as Manifest;
    const extraHome = closure('src/features/home/index.ts', entryFilesOf(extra), extra);
    const problems: string[] = [];
    if (!Object.values(extra).some((chunk) => chunk.src?.endsWith('size-one-more-language/eo.ts'))) problems.push('the build with one language more has no chunk for it');
    const before = [...homeFiles].sort();
    const after = [...extraHome].sort();
    const differs = (name: string, index: number) => name !== before[index] || !readFileSync(join(extraOut, name)).equals(readFileSync(join(outDir, name)));
    const changed = after.filter(differs);
    if (before.length !== after.length || changed.length > 0) {
      const afterGzip = after.reduce((sum, name) => sum + gzipSync(readFileSync(join(extraOut, name)), { level: 9 }).length, 0);
      problems.push(`one language more changes home's JavaScript: ${before.length} → ${after.length} files, ${total(before).gzip} → ${afterGzip} bytes gzip; new or changed: ${changed.join(', ')}`);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(`One language more (the build again with "eo" added, ${seconds} s): home's JavaScript ${problems.length === 0 ? `is the same, byte for byte (${before.length} files, ${total(before).gzip} bytes gzip)` : 'CHANGED'}.`);
    return problems;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
if (check) failures.push(...(await homeWithOneMoreLanguage()));
if (failures.length > 0) {
  console.log(`Budgets broken:\n- ${failures.join('\n- ')}`);
  if (check) process.exit(1);
} else {
  console.log('All budgets met.');
}
