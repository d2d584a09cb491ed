/**
 * The app's JavaScript starts after the page's first paint (issue 9, ADR 0018). A prerendered
 * page paints from its HTML alone; when its ~180 KB of scripts and their preloads are asked for in
 * `<head>`, they share the phone's connection with the rest of the page, and the first paint waits
 * for the page to be read whole (`blocking="render"`, ADR 0014). So the build takes the entry
 * script and the `modulepreload`s out of each page and lists them in a JSON block
 * (`#app-scripts`); the inline script below adds them (the entry first, then a preload per task,
 * so that no task is long), then asks for `/portal.json` and the page's first API calls, a task
 * each, for the app to take (`src/api/early-requests.ts`), once the page has painted its text (the
 * paint timing's `first-contentful-paint`), at the latest `firstPaintLimitMs` after the first
 * frame; right after the first frame when there is no text to wait for (another language is on
 * its way, or nothing was prerendered: the admin console's `app.html`) or no way to see it paint
 * (no paint timing); at once in a tab nobody
 * sees (no frames are drawn there).
 *
 * A plain string, like the early language check, so its bytes and the sha256 hash the CSP allows
 * it by (deploy/nginx/security-headers.conf) never depend on a compiler; `after-first-paint.test.ts`
 * checks the hash and runs it.
 */
import { languagePendingAttribute } from '../i18n/early-language-script';
import { earlyRequestsKey } from '../api/early-requests';
import { prerenderedAttribute } from './prerendered-pages';

/** The JSON block the script reads: `{ entry, preload, fetch }`. */
export const appScriptsId = 'app-scripts';

/** The longest the scripts wait for the first paint with text, after the first frame. */
export const firstPaintLimitMs = 1000;

export interface AppScripts {
  /** The entry module (Vite's `<script type="module">`). */
  entry: string;
  /** Its imports and the route's chunks, fetched beside it. */
  preload: string[];
  /** JSON the app asks for as it starts (`/portal.json`, its first API calls), asked for after the preloads. */
  fetch?: string[];
}

export const afterFirstPaintScript = `(function () {
  var d = document, root = d.documentElement, scripts;
  try { scripts = JSON.parse(d.getElementById(${JSON.stringify(appScriptsId)}).textContent); } catch (e) { return; }
  var started = false;
  function add(tag, attributes) {
    var element = d.createElement(tag);
    for (var name in attributes) element[name] = attributes[name];
    element.crossOrigin = 'anonymous';
    d.head.appendChild(element);
  }
  var early = window[${JSON.stringify(earlyRequestsKey)}] = window[${JSON.stringify(earlyRequestsKey)}] || { responses: {} };
  function ask(url) {
    // Not once the app runs: it asks for itself then.
    if (early.closed || typeof fetch !== 'function') return;
    var response = fetch(url, { headers: { Accept: 'application/json' } });
    response.catch(function () {});
    early.responses[new URL(url, location.href).href] = { at: performance.now(), response: response };
  }
  var queue = [];
  (scripts.preload || []).forEach(function (href) { queue.push(function () { add('link', { rel: 'modulepreload', href: href }); }); });
  (scripts.fetch || []).forEach(function (url) { queue.push(function () { ask(url); }); });
  function next() {
    var task = queue.shift();
    if (!task) return;
    task();
    // A task each where frames are drawn: asking for a file costs a phone ~10 ms, ten were a long task.
    if (d.visibilityState === 'hidden') next(); else setTimeout(next, 0);
  }
  function start() {
    if (started) return;
    started = true;
    add('script', { type: 'module', src: scripts.entry });
    next();
  }
  d.addEventListener('visibilitychange', start);
  if (d.visibilityState === 'hidden') return start();
  var types = typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes;
  var observing = !!types && types.indexOf('paint') !== -1;
  if (observing) {
    new PerformanceObserver(function (list, observer) {
      var entries = list.getEntries();
      for (var i = 0; i < entries.length; i++) if (entries[i].name === 'first-contentful-paint') { observer.disconnect(); start(); }
    }).observe({ type: 'paint', buffered: true });
  }
  requestAnimationFrame(function () {
    // Text held back for another language, nothing prerendered, or no paint timing: nothing to wait for.
    var now = !observing || root.hasAttribute(${JSON.stringify(languagePendingAttribute)}) || !d.querySelector('[${prerenderedAttribute}]');
    setTimeout(start, now ? 0 : ${firstPaintLimitMs});
  });
})();`;

const moduleScript = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
const modulePreload = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;

const escapeJsonForHtml = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * A built page with its entry script and module preloads (and `extraPreloads`, the route's
 * chunks) moved into `#app-scripts`, started by `afterFirstPaintScript`, with the JSON its app
 * asks for as it starts (`fetch`). A page with no entry script is returned as it is.
 */
export function startScriptsAfterFirstPaint(html: string, extraPreloads: readonly string[] = [], fetch: readonly string[] = []): string {
  const entry = moduleScript.exec(html)?.[1];
  if (!entry) return html;
  const preload = [...html.matchAll(modulePreload)].map((match) => match[1]!);
  for (const file of extraPreloads) if (!preload.includes(file)) preload.push(file);
  const scripts: AppScripts = { entry, preload, ...(fetch.length > 0 ? { fetch: [...fetch] } : {}) };
  const block = `<script type="application/json" id="${appScriptsId}">${escapeJsonForHtml(scripts)}</script><script>${afterFirstPaintScript}</script>`;
  return html.replace(moduleScript, '').replace(modulePreload, '').replace('</head>', `${block}</head>`);
}

/** The scripts a built page starts after its first paint: its `#app-scripts` block, read back (tests). */
export function appScriptsOf(html: string): AppScripts {
  const json = new RegExp(`<script type="application/json" id="${appScriptsId}">(.*?)</script>`).exec(html)?.[1];
  if (!json) throw new Error('The page has no #app-scripts block');
  return JSON.parse(json) as AppScripts;
}
