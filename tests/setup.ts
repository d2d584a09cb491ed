import { afterEach, beforeEach, vi } from 'vitest';
import { installLanguages } from '@/i18n/page-languages';
import { languageList } from '@/i18n/languages';

// No index.html here to carry the languages (src/i18n/page-languages.ts): the registry itself.
installLanguages(languageList);

// Tests fail on any unexpected console.error (React warnings, act() mistakes, failed requests).
let errorSpy: ReturnType<typeof vi.spyOn> | undefined;

beforeEach(() => {
  errorSpy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  errorSpy?.mockRestore();
});

// The jsdom files share one module graph (`isolate: false`), so Testing Library's own
// afterEach(cleanup) is registered by the first file only: unmount here after every test, and
// put back what a test may have changed on the shared document and timers.
if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    document.title = '';
    document.documentElement.removeAttribute('lang');
    document.documentElement.removeAttribute('dir');
  });
}
