import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export interface ServedBuild {
  url: string;
  close(): Promise<void>;
}

/** Serves a demo build (`outDir`, relative to the project or absolute) with Vite's preview server on a free port. */
export async function serveBuild(outDir: string): Promise<ServedBuild> {
  const server: PreviewServer = await preview({
    root,
    configFile: `${root}/vite.config.ts`,
    mode: 'demo',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('The preview server has no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
