import { configure } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { http, HttpResponse } from 'msw';
import { storeLanguage, type LanguageTag } from '@/i18n';
import { useApp, type AppHarness, type RenderAppOptions } from '../../render-app';

// Admin screens load several queries at once; on a busy machine 1 s is not always enough.
configure({ asyncUtilTimeout: 5000 });

export interface AdminHarness extends AppHarness {
  /** The portal at `route`; a language is stored as the person's choice, as the switcher does. */
  renderAdmin(route: string, options?: RenderAppOptions & { language?: LanguageTag }): ReturnType<AppHarness['renderApp']>;
}

/** C's `useApp` (real providers, real handlers) plus the sample logos a static host serves. */
export async function useAdminApp(): Promise<AdminHarness> {
  const app = await useApp();
  beforeEach(() => {
    app.mock.server.use(
      http.get('*/brands/:brand/:file', ({ params }) => {
        const file = resolve(process.cwd(), 'public/brands', String(params.brand), String(params.file));
        return new HttpResponse(readFileSync(file), { headers: { 'Content-Type': 'image/svg+xml' } });
      }),
    );
  });
  return {
    ...app,
    renderAdmin(route, options = {}) {
      if (options.language) storeLanguage(options.language);
      return app.renderApp(route, options);
    },
  };
}
