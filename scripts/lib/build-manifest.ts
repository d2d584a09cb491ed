/**
 * What a page of the build loads, read from Vite's build manifest: one reading for the prerender
 * step (what each page preloads), `npm run size` and `npm run size:why` (what each route weighs).
 */
import type { Manifest } from 'vite';

/** The JS files a chunk needs before it runs: itself and its static imports, transitively. */
export function chunkClosure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  if (chunk.file.endsWith('.js')) into.add(chunk.file);
  for (const imported of chunk.imports ?? []) chunkClosure(manifest, imported, into);
  return into;
}

/** The manifest key of the page's entry (`index.html`; a library build names its entry chunk). */
export function entryKey(manifest: Manifest): string {
  const key = manifest['index.html']
    ? 'index.html'
    : Object.keys(manifest).find((candidate) => manifest[candidate]?.isEntry);
  if (!key) throw new Error('No entry chunk in the manifest');
  return key;
}

/**
 * What every page loads before the app takes it over: the entry, its imports, and the stages the
 * entry imports one after another (src/main.tsx: each stage is evaluated in its own task), the
 * entry itself first. The entry imports nothing else dynamically.
 */
export function entryFiles(manifest: Manifest): Set<string> {
  const key = entryKey(manifest);
  const files = chunkClosure(manifest, key);
  for (const stage of manifest[key]?.dynamicImports ?? []) chunkClosure(manifest, stage, files);
  return files;
}
