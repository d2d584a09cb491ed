import type { SetupWorker } from 'msw/browser';
import type { Backend } from './engine/backend';

/**
 * The demo's documented lower hashing cost (ADR 0004): it keeps only the published demo passwords,
 * in the visitor's own browser, and must seed in a blink. Every hash records its cost; `mock:serve`,
 * the reference for backend teams, hashes at the full 600,000.
 */
export const demoHashIterations = 10_000;

let quieted = false;

/**
 * msw asks the browser to check its worker for an update on every start and never waits for the
 * answer. When the page goes on to another address (a reload, a link) before the check is done,
 * Chromium rejects it ("Failed to update a ServiceWorker …: Not found") and, with nobody waiting,
 * that surfaces as an uncaught error (a demo e2e tour failed on it once). The worker that runs
 * keeps serving either way: a failed check is noted here, not thrown at the page.
 */
function quietUpdateChecks(): void {
  if (quieted || typeof ServiceWorkerRegistration === 'undefined') return;
  quieted = true;
  const update = ServiceWorkerRegistration.prototype.update;
  ServiceWorkerRegistration.prototype.update = function checkForUpdate(this: ServiceWorkerRegistration) {
    const checked = update.call(this);
    checked.catch(() => undefined);
    return checked;
  };
}

export interface MockWorker {
  worker: SetupWorker;
  backend: Backend;
}

/**
 * A turn of the event loop: the page answers a tap or paints between two pieces of the mock's
 * start (src/main.tsx stages the app the same way; mocks import nothing of src but the contract).
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Demo mode: the whole backend in the page, its state in localStorage (memory when the browser
 * blocks storage), answered by the service worker. `src/start.tsx` imports this dynamically, so
 * a build without demo mode carries none of it.
 *
 * It starts in stages, each in a task of its own (issue 9): one task of a megabyte of code, the
 * seed of 3,000 users and msw's start was ~1 s at CPU ×4 on the demo's first page, a page a
 * phone could not answer a tap on. The engine (with its dictionaries), the seed (which pauses
 * between its parts), the handlers and msw each load and run in turn.
 */
export async function startMockWorker(): Promise<MockWorker> {
  // Every piece is fetched at once (no round trip waits for the one before); each runs in its turn.
  // One named export: the bundler keeps only what the handlers use (all of msw brings GraphQL's parser, +19 KB).
  const mswCore = import('msw').then(({ http }) => http);
  const handlersModule = import('./handlers');
  const mswModule = import('msw/browser');
  // (A failed fetch is thrown where the piece is awaited, not reported unhandled meanwhile.)
  for (const later of [mswCore, handlersModule, mswModule]) later.catch(() => undefined);
  const [{ createBackend }, { localStorageStorage, memoryStorage }] = await Promise.all([import('./engine/backend'), import('./store/persistence')]);
  await nextTask();
  const backend = await createBackend({ storage: localStorageStorage() ?? memoryStorage(), hashIterations: demoHashIterations, pause: nextTask });
  await nextTask();
  // Saving is batched; write what is pending before the page goes away.
  const flush = () => backend.flush();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  // msw's core (with its cookie store) in a task of its own, then the handlers and the contract's
  // schemas: evaluated together they were one task of ~100 ms at CPU ×4.
  await mswCore;
  await nextTask();
  const { createHandlers } = await handlersModule;
  const handlers = createHandlers(backend);
  await nextTask();
  const { setupWorker } = await mswModule;
  await nextTask();
  const worker = setupWorker(...handlers);
  quietUpdateChecks();
  await worker.start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    quiet: true,
  });
  return { worker, backend };
}
