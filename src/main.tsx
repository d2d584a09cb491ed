/**
 * The entry (issue 9, ADR 0018 "Stages"). A module graph is evaluated in one task however it is
 * chunked, and the app's was one task of ~0.4 s at CPU ×4: a phone could not answer a tap for that
 * long. So the app is evaluated in stages, each in its own task with a turn of the event loop
 * between them: React's DOM renderer, then the people's API contract (zod and its schemas), then
 * i18next with the English strings, then the rest of the app (`./start`), which takes the page
 * over. The build preloads every stage with the page (scripts/lib/build-manifest.ts, `entryFiles`),
 * so no stage waits for the network after the one before it.
 *
 * Each stage names one export of its module: the bundler then keeps the module, and what only it
 * and the app need, in a chunk of its own (an unused dynamic import could be folded away).
 */
const stages: (() => Promise<unknown>)[] = [
  () => import('react-dom/client').then((module) => module.hydrateRoot),
  () => import('@/api/api-client').then((module) => module.api),
];

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function boot(): Promise<void> {
  for (const stage of stages) {
    await stage();
    await nextTask();
  }
  const { start } = await import('./start');
  await start();
}

void boot();
