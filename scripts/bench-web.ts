/**
 * `npm run bench:web`: how fast the portal paints, side by side with a bare React 19 page (the
 * floor), in one run on this machine. A benchmark, not a test: not part of `npm test` or CI.
 *
 * It builds the real build (`npm run build` → dist), the demo build (`npm run build:demo` →
 * dist-demo) and the floor (scripts/bench-web-floor, built with Vite into a temp dir); serves
 * each from its own small static server (gzip and brotli, SPA fallback, 404 for /api/*); and runs
 * Lighthouse (mobile preset, Debian's Chromium) on each page, interleaved, `--rounds=N` times
 * (3 by default). It prints the medians and the load average before and after: Lighthouse's
 * numbers move with the load of the machine, so rerun when a figure swings.
 *
 * `--no-build` measures what dist, dist-demo and the last floor build already hold.
 * `--baseline=DIR` also measures another checkout's builds (DIR/dist and DIR/dist-demo, built
 * there beforehand: `git worktree add DIR <commit> && cd DIR && npm ci && npm run build && npm run
 * build:demo`), interleaved with this one's, so a change is measured before and after in one run
 * on one machine load.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build } from 'vite';
import { serveStatic, type StaticServer } from './static-server';

const root = fileURLToPath(new URL('..', import.meta.url));
const floorSource = join(root, 'scripts', 'bench-web-floor');
const floorOut = join(tmpdir(), 'password-portal-bench-floor');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const rounds = Number(
  process.argv.find((arg) => arg.startsWith('--rounds='))?.slice('--rounds='.length) ?? 3,
);
const skipBuild = process.argv.includes('--no-build');
const baselineDir = process.argv.find((arg) => arg.startsWith('--baseline='))?.slice('--baseline='.length);

function npmRun(script: string): void {
  console.log(`> npm run ${script}`);
  execFileSync('npm', ['run', script], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function buildFloor(): Promise<void> {
  mkdirSync(floorOut, { recursive: true });
  console.log(`> vite build scripts/bench-web-floor → ${floorOut}`);
  await build({
    configFile: false,
    root: floorSource,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: floorOut, emptyOutDir: true },
  });
}

interface Measure {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  jsBytes: number;
}

async function measure(url: string): Promise<Measure> {
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const summary = lhr.audits['resource-summary']?.details;
    let jsBytes = Number.NaN;
    if (summary?.type === 'table') {
      const script = summary.items.find((item) => item.resourceType === 'script');
      jsBytes = typeof script?.transferSize === 'number' ? script.transferSize : 0;
    }
    return {
      score: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
      fcp: numeric('first-contentful-paint'),
      lcp: numeric('largest-contentful-paint'),
      tbt: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      jsBytes,
    };
  } finally {
    chrome.kill();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');

async function main(): Promise<void> {
  if (!skipBuild) {
    npmRun('build');
    npmRun('build:demo');
    await buildFloor();
  }
  // Each checkout's builds with its own recipe's CSP: the inline script's hash changes with it.
  const serveBuilds = async (dir: string, prefix: string) => ({
    prefix,
    real: await serveStatic(resolve(dir, 'dist'), { checkout: dir }),
    demo: await serveStatic(resolve(dir, 'dist-demo'), { checkout: dir }),
  });
  const builds = [await serveBuilds(root, '')];
  if (baselineDir) {
    for (const name of ['dist', 'dist-demo']) {
      if (!existsSync(join(resolve(baselineDir), name, 'index.html'))) throw new Error(`--baseline: no build in ${join(baselineDir, name)}`);
    }
    builds.unshift(await serveBuilds(baselineDir, 'baseline '));
  }
  const floor = await serveStatic(floorOut);
  const servers: StaticServer[] = [floor, ...builds.flatMap(({ real, demo }) => [real, demo])];
  // Each page of the baseline right before the same page of this build.
  const measured = [
    { name: 'real /', build: 'real', path: '/' },
    { name: 'real /reset', build: 'real', path: '/reset' },
    { name: 'real /sign-in', build: 'real', path: '/sign-in' },
    { name: 'demo /', build: 'demo', path: '/' },
  ] as const;
  const pages = [
    ...measured.flatMap(({ name, build, path }) => builds.map((each) => ({ label: `${each.prefix}${name}`, url: `${each[build].origin}${path}` }))),
    { label: 'floor (bare React 19)', url: `${floor.origin}/` },
  ];
  const loadBefore = load();
  const results = new Map<string, Measure[]>(pages.map((page) => [page.label, []]));
  for (let round = 1; round <= rounds; round += 1) {
    for (const page of pages) {
      const result = await measure(page.url);
      results.get(page.label)!.push(result);
      console.log(
        `round ${round} ${page.label.padEnd(31)} score ${result.score} LCP ${Math.round(result.lcp)} ms TBT ${Math.round(result.tbt)} ms CLS ${result.cls.toFixed(3)}`,
      );
    }
  }
  for (const server of servers) await server.close();

  const medians = pages.map((page) => {
    const runs = results.get(page.label)!;
    const of = (key: keyof Measure) => median(runs.map((run) => run[key]));
    return {
      label: page.label,
      score: of('score'),
      fcp: of('fcp'),
      lcp: of('lcp'),
      tbt: of('tbt'),
      cls: of('cls'),
      jsBytes: of('jsBytes'),
    };
  });
  const floorLcp = medians.at(-1)!.lcp;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `\nLighthouse 12.8.2, mobile preset, median of ${rounds}; load average before ${loadBefore}, after ${load()}\n`,
  );
  console.log('| page | score | FCP | LCP | LCP ÷ floor | TBT | CLS | JS (transfer) |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const row of medians) {
    console.log(
      `| ${row.label} | ${row.score} | ${seconds(row.fcp)} | ${seconds(row.lcp)} | ${(row.lcp / floorLcp).toFixed(2)} | ${Math.round(row.tbt)} ms | ${row.cls.toFixed(3)} | ${(row.jsBytes / 1024).toFixed(1)} KB |`,
    );
  }
}

await main();
