import '@testing-library/jest-dom/vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { PartErrorBoundary } from '../feedback/part-error-boundary';
import { createI18n } from '@/i18n';
import { lazyExport, moduleLoader } from './lazy-export';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('lazyExport', () => {
  it('shows the fallback until the module loads, then the component', async () => {
    let release: (module: { Greeting: typeof Greeting }) => void = () => undefined;
    const loader = moduleLoader(() => new Promise<{ Greeting: typeof Greeting }>((resolve) => (release = resolve)));
    const Lazy = lazyExport(loader, 'Greeting');
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Lazy name="Ada" />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    await act(async () => release({ Greeting }));
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
  });

  it('renders at once, with no fallback, when the module was loaded ahead of time', async () => {
    const loader = moduleLoader(async () => ({ Greeting }));
    await loader.load();
    const Lazy = lazyExport(loader, 'Greeting');
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Lazy name="Grace" />
      </Suspense>,
    );
    expect(screen.getByText('Hello Grace')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
  });

  it('tries a failed load again', async () => {
    let calls = 0;
    const loader = moduleLoader(async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
      return { Greeting };
    });
    await expect(loader.load()).rejects.toThrow('offline');
    await expect(loader.load()).resolves.toEqual({ Greeting });
    expect(calls).toBe(2);
  });

  it('shows a failed load in place with "Try again", which loads it again', async () => {
    // React reports the error the boundary catches; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let online = false;
    const loader = moduleLoader(async () => {
      if (!online) throw new Error('Failed to fetch dynamically imported module');
      return { Greeting };
    });
    const Lazy = lazyExport(loader, 'Greeting');
    render(
      <QueryClientProvider client={new QueryClient()}>
        <I18nextProvider i18n={createI18n('en')}>
          <p>Rest of the page</p>
          <PartErrorBoundary>
            <Suspense fallback={<p>Loading</p>}>
              <Lazy name="Linus" />
            </Suspense>
          </PartErrorBoundary>
        </I18nextProvider>
      </QueryClientProvider>,
    );
    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.getByText('Rest of the page')).toBeInTheDocument();
    online = true;
    await userEvent.click(retry);
    expect(await screen.findByText('Hello Linus')).toBeInTheDocument();
  });
});
