import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { earlyRequestsKey, type EarlyRequests } from '@/api/early-requests';
import { languagePendingAttribute } from '@/i18n/early-language-script';
import { afterFirstPaintScript, appScriptsId, appScriptsOf, firstPaintLimitMs, startScriptsAfterFirstPaint, type AppScripts } from './after-first-paint';
import { prerenderedAttribute } from './prerendered-pages';

const builtPage = `<!doctype html><html lang="en"><head><title>Portal</title>
    <script type="module" crossorigin src="/assets/index-a1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/app-b2.js">
    <link rel="modulepreload" crossorigin href="/assets/main-c3.js">
  </head><body><div id="root"></div></body></html>`;

interface Added {
  tag: string;
  rel?: string;
  href?: string;
  type?: string;
  src?: string;
  crossOrigin?: string;
}

interface RunOptions {
  hidden?: boolean;
  /** The browser has no paint timing. */
  noPaintTiming?: boolean;
  /** Another language is on its way (the early language check hid the text). */
  languagePending?: boolean;
  /** A page with nothing prerendered (app.html). */
  prerendered?: boolean;
  /** The app has started already (it closed the early requests). */
  appStarted?: boolean;
}

/** Runs the inline script as the browser would, against a stand-in document; frames, timers and paint entries are held back. */
function run(scripts: AppScripts | null, { hidden = false, noPaintTiming = false, languagePending = false, prerendered = true, appStarted = false }: RunOptions = {}) {
  const added: Added[] = [];
  /** What the script asked for with fetch, and the window it kept the answers on. */
  const fetched: { url: string; init: unknown }[] = [];
  const window: Record<string, unknown> = appStarted ? { [earlyRequestsKey]: { closed: true, responses: {} } } : {};
  const early = () => window[earlyRequestsKey] as EarlyRequests | undefined;
  const frames: (() => void)[] = [];
  const timers: { callback: () => void; ms: number }[] = [];
  const listeners: Record<string, () => void> = {};
  let paintObserver: { callback: (list: { getEntries(): { name: string }[] }, observer: { disconnect(): void }) => void; disconnected: boolean } | null = null;
  const document = {
    visibilityState: hidden ? 'hidden' : 'visible',
    documentElement: { hasAttribute: (name: string) => languagePending && name === languagePendingAttribute },
    querySelector: (selector: string) => (prerendered && selector === `[${prerenderedAttribute}]` ? {} : null),
    getElementById: (id: string) => (id === appScriptsId && scripts ? { textContent: JSON.stringify(scripts) } : null),
    createElement: (tag: string) => ({ tag }) as Added,
    head: { appendChild: (element: Added) => added.push({ ...element }) },
    addEventListener: (type: string, listener: () => void) => (listeners[type] = listener),
  };
  class PerformanceObserver {
    static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
    constructor(callback: NonNullable<typeof paintObserver>['callback']) {
      paintObserver = { callback, disconnected: false };
    }
    observe(options: { type: string; buffered: boolean }) {
      expect(options).toEqual({ type: 'paint', buffered: true });
    }
  }
  runInNewContext(afterFirstPaintScript, {
    window,
    location: { href: 'https://passwords.contoso.com/reset' },
    URL,
    performance: { now: () => 1234 },
    fetch: (url: string, init: unknown) => {
      fetched.push({ url, init });
      return Promise.resolve(new Response(url));
    },
    document,
    ...(noPaintTiming ? {} : { PerformanceObserver }),
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    setTimeout: (callback: () => void, ms: number) => timers.push({ callback, ms }),
  });
  const paint = (...names: string[]) => {
    const observer = paintObserver;
    if (!observer) throw new Error('no paint observer');
    observer.callback({ getEntries: () => names.map((name) => ({ name })) }, { disconnect: () => (observer.disconnected = true) });
  };
  /** Runs the tasks the script queued with no delay (the preloads' tasks), and those they queue, in order. */
  const runQueuedTasks = () => {
    for (let timer = timers.find((each) => each.ms === 0); timer; timer = timers.find((each) => each.ms === 0)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.callback();
    }
  };
  return { added, fetched, early, frames, timers, listeners, document, paint, runQueuedTasks, observer: () => paintObserver };
}

const scripts: AppScripts = { entry: '/assets/index-a1.js', preload: ['/assets/app-b2.js', '/assets/reset-d4.js'] };
const tags = (added: Added[]) => added.map((element) => element.tag);

describe('the app’s scripts start after the first paint (ADR 0018)', () => {
  it('the build moves the entry script and its preloads out of the page into #app-scripts, with the route’s chunks', () => {
    const html = startScriptsAfterFirstPaint(builtPage, ['/assets/reset-d4.js', '/assets/main-c3.js']);
    expect(html).not.toMatch(/<script type="module"/);
    expect(html).not.toMatch(/rel="modulepreload"/);
    expect(appScriptsOf(html)).toEqual({ entry: '/assets/index-a1.js', preload: ['/assets/app-b2.js', '/assets/main-c3.js', '/assets/reset-d4.js'] });
    expect(html).toContain(`<script>${afterFirstPaintScript}</script></head>`);
  });

  it('the build lists the JSON the page’s app asks for as it starts, when there is any', () => {
    const html = startScriptsAfterFirstPaint(builtPage, [], ['/portal.json', '/api/v1/captcha']);
    expect(appScriptsOf(html).fetch).toEqual(['/portal.json', '/api/v1/captcha']);
    expect(appScriptsOf(startScriptsAfterFirstPaint(builtPage))).not.toHaveProperty('fetch');
  });

  it('the build leaves a page without an entry script as it is', () => {
    const page = '<html><head></head><body></body></html>';
    expect(startScriptsAfterFirstPaint(page, ['/assets/x.js'])).toBe(page);
  });

  it('the block cannot end its script element, whatever a file is called', () => {
    const html = startScriptsAfterFirstPaint(builtPage.replace('index-a1.js', 'index-</script>.js'));
    expect(appScriptsOf(html).entry).toBe('/assets/index-</script>.js');
  });

  it('asks for nothing before the page has painted its text, then for the entry and the preloads, a preload per task', () => {
    const { added, frames, timers, paint, observer, runQueuedTasks } = run(scripts);
    expect(added).toEqual([]);
    frames[0]!();
    paint('first-paint');
    expect(added).toEqual([]);
    paint('first-contentful-paint');
    expect(added).toEqual([
      { tag: 'script', type: 'module', src: '/assets/index-a1.js', crossOrigin: 'anonymous' },
      { tag: 'link', rel: 'modulepreload', href: '/assets/app-b2.js', crossOrigin: 'anonymous' },
    ]);
    expect(observer()?.disconnected).toBe(true);
    // The next preload waits for a task of its own.
    expect(timers.map((timer) => timer.ms)).toEqual([firstPaintLimitMs, 0]);
    timers.splice(1, 1)[0]!.callback();
    expect(added.at(-1)).toEqual({ tag: 'link', rel: 'modulepreload', href: '/assets/reset-d4.js', crossOrigin: 'anonymous' });
    runQueuedTasks();
    expect(added).toHaveLength(3);
    // The time limit after the first frame finds them started: nothing twice.
    expect(timers).toEqual([{ callback: expect.any(Function), ms: firstPaintLimitMs }]);
    timers[0]!.callback();
    runQueuedTasks();
    expect(added).toHaveLength(3);
  });

  it('asks for the JSON its app reads as it starts after the preloads, a task each, and keeps each answer for the app by its address', async () => {
    const { added, fetched, early, frames, paint, runQueuedTasks, timers } = run({ ...scripts, fetch: ['/portal.json', '/api/v1/captcha'] });
    frames[0]!();
    paint('first-contentful-paint');
    expect(fetched).toEqual([]);
    timers.splice(1, 1)[0]!.callback();
    expect(fetched).toEqual([]);
    // After the last preload, a task each.
    timers.splice(1, 1)[0]!.callback();
    expect(tags(added)).toEqual(['script', 'link', 'link']);
    expect(fetched).toEqual([{ url: '/portal.json', init: { headers: { Accept: 'application/json' } } }]);
    runQueuedTasks();
    expect(fetched.map((each) => each.url)).toEqual(['/portal.json', '/api/v1/captcha']);
    const responses = early()!.responses;
    expect(Object.keys(responses)).toEqual(['https://passwords.contoso.com/portal.json', 'https://passwords.contoso.com/api/v1/captcha']);
    expect(responses['https://passwords.contoso.com/api/v1/captcha']!.at).toBe(1234);
    expect(await (await responses['https://passwords.contoso.com/api/v1/captcha']!.response).text()).toBe('/api/v1/captcha');
  });

  it('asks for nothing once the app has started: the app asks for itself then', () => {
    const { added, fetched, early, frames, paint, runQueuedTasks } = run({ ...scripts, fetch: ['/portal.json'] }, { appStarted: true });
    frames[0]!();
    paint('first-contentful-paint');
    runQueuedTasks();
    expect(tags(added)).toEqual(['script', 'link', 'link']);
    expect(fetched).toEqual([]);
    expect(early()).toEqual({ closed: true, responses: {} });
  });

  it('waits for the text’s paint at most firstPaintLimitMs after the first frame', () => {
    const { added, frames, timers, runQueuedTasks } = run(scripts);
    frames[0]!();
    expect(added).toEqual([]);
    expect(timers.map((timer) => timer.ms)).toEqual([firstPaintLimitMs]);
    timers.shift()!.callback();
    runQueuedTasks();
    expect(tags(added)).toEqual(['script', 'link', 'link']);
  });

  it.each([
    ['another language is on its way (the text is hidden)', { languagePending: true }],
    ['nothing was prerendered (app.html)', { prerendered: false }],
    ['the browser has no paint timing', { noPaintTiming: true }],
  ])('starts right after the first frame when %s', (_, options: RunOptions) => {
    const { added, frames, timers, runQueuedTasks } = run(scripts, options);
    expect(added).toEqual([]);
    frames[0]!();
    expect(timers.map((timer) => timer.ms)).toEqual([0]);
    runQueuedTasks();
    expect(tags(added)).toEqual(['script', 'link', 'link']);
  });

  it('starts at once in a tab nobody sees (no frame is drawn there, and its timers are slowed): every preload and request in one go, and once only', () => {
    const { added, fetched, frames, timers, listeners } = run({ ...scripts, fetch: ['/portal.json'] }, { hidden: true });
    expect(frames).toEqual([]);
    expect(tags(added)).toEqual(['script', 'link', 'link']);
    expect(fetched.map((each) => each.url)).toEqual(['/portal.json']);
    expect(timers).toEqual([]);
    listeners.visibilitychange?.();
    expect(added).toHaveLength(3);
    expect(fetched).toHaveLength(1);
  });

  it('starts when a tab is hidden before it has painted', () => {
    const { added, frames, timers, listeners, paint, document, runQueuedTasks } = run(scripts);
    document.visibilityState = 'hidden';
    listeners.visibilitychange?.();
    expect(added).toHaveLength(3);
    frames[0]!();
    timers[0]!.callback();
    paint('first-contentful-paint');
    runQueuedTasks();
    expect(added).toHaveLength(3);
  });

  it('does nothing on a page without the block', () => {
    const { added, frames } = run(null);
    expect(added).toEqual([]);
    expect(frames).toEqual([]);
  });

  it('is allowed by the nginx recipe’s CSP through its sha256 hash', () => {
    const hash = createHash('sha256').update(afterFirstPaintScript).digest('base64');
    const conf = readFileSync(new URL('../../deploy/nginx/security-headers.conf', import.meta.url), 'utf8');
    const scriptSrc = /script-src ([^;]+);/.exec(conf)?.[1];
    expect(scriptSrc?.split(' '), 'the script changed: put its new hash in deploy/nginx/security-headers.conf').toContain(`'sha256-${hash}'`);
  });
});
