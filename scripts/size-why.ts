/**
 * `npm run size:why`: where the JavaScript a route needs before it renders comes from, per package
 * and per source module (issue 9, ADR 0008 "Stop 20"). It builds the real build with source maps
 * into a scratch folder of this checkout (node_modules/.cache/size-why), follows the manifest as `npm run size` does, and gives each source the
 * bytes of minified code the source map assigns to it in each chunk, scaled to that chunk's gzip
 * size: an estimate (gzip does not compress module by module), good for finding what to cut.
 *
 * `--route=<feature>` (default `home`): any other route is shown beyond home.
 * `--top=<n>` (default 20) rows per table. `--no-build` reads the last scratch build again.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Manifest } from 'vite';
import { chunkClosure, entryFiles } from './lib/build-manifest';


const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const route = option('route') ?? 'home';
const top = Number(option('top') ?? 20);
/**
 * In this checkout, not the system's temporary folder: two checkouts (a baseline beside the work)
 * shared one scratch build there, so `--no-build` in one read the other's build.
 */
const outDir = fileURLToPath(new URL('../node_modules/.cache/size-why', import.meta.url));

if (!process.argv.includes('--no-build')) {
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: true, manifest: true } });
}

const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
const routeKey = `src/features/${route}/index.ts`;
if (!manifest[routeKey]) throw new Error(`${routeKey} is not a route in the manifest`);
const home = chunkClosure(manifest, 'src/features/home/index.ts', entryFiles(manifest));
const files = [...chunkClosure(manifest, routeKey, entryFiles(manifest))].filter((file) => route === 'home' || !home.has(file));

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The source map's segments in order: where each starts in the generated code, and its source (−1: none). */
function segments(mappings: string, lineStarts: number[]): { at: number; source: number }[] {
  const found: { at: number; source: number }[] = [];
  let source = 0;
  mappings.split(';').forEach((line, lineIndex) => {
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = base64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0] ?? 0;
      if (values.length > 1) source += values[1] ?? 0;
      found.push({ at: (lineStarts[lineIndex] ?? 0) + column, source: values.length > 1 ? source : -1 });
    }
  });
  return found;
}

const bySource = new Map<string, { raw: number; gzip: number; chunks: Set<string> }>();
let totalGzip = 0;
for (const file of files) {
  const code = readFileSync(join(outDir, file), 'utf8');
  const gzip = gzipSync(code, { level: 9 }).length;
  totalGzip += gzip;
  const map = JSON.parse(readFileSync(join(outDir, `${file}.map`), 'utf8')) as { sources: string[]; mappings: string };
  const lineStarts = [0];
  for (let index = code.indexOf('\n'); index !== -1; index = code.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const found = segments(map.mappings, lineStarts);
  found.forEach(({ at, source }, index) => {
    const bytes = (found[index + 1]?.at ?? code.length) - at;
    const given = map.sources[source];
    const name = given ? relative(process.cwd(), resolve(dirname(join(outDir, file)), given)) : '(no source)';
    const entry = bySource.get(name) ?? { raw: 0, gzip: 0, chunks: new Set<string>() };
    entry.raw += bytes;
    entry.gzip += (bytes / code.length) * gzip;
    entry.chunks.add(file.replace(/^assets\//, ''));
    bySource.set(name, entry);
  });
}

const packageOf = (source: string) => /node_modules\/((@[^/]+\/)?[^/]+)/.exec(source)?.[1] ?? source.split('/').slice(0, 3).join('/');
const byPackage = new Map<string, { raw: number; gzip: number }>();
for (const [source, { raw, gzip }] of bySource) {
  const entry = byPackage.get(packageOf(source)) ?? { raw: 0, gzip: 0 };
  entry.raw += raw;
  entry.gzip += gzip;
  byPackage.set(packageOf(source), entry);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const largest = <T extends { gzip: number }>(map: Map<string, T>) => [...map].sort((a, b) => b[1].gzip - a[1].gzip).slice(0, top);
console.log(`${route === 'home' ? 'home' : `${route}, beyond home`}: ${files.length} chunks, ${kb(totalGzip)} gzip`);
console.log('Per package (our own code per src/ folder):');
console.table(largest(byPackage).map(([name, { raw, gzip }]) => ({ package: name, minified: kb(raw), gzipShare: kb(gzip) })));
console.log('Per source module:');
console.table(
  largest(bySource).map(([name, { raw, gzip, chunks }]) => ({
    module: name.replace(/^.*node_modules\//, ''),
    minified: kb(raw),
    gzipShare: kb(gzip),
    chunks: [...chunks].join(' '),
  })),
);
