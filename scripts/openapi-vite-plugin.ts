import { join } from 'node:path';
import { loadEnv, runnerImport, type Plugin } from 'vite';
import { openApiDocumentFile } from '../src/features/api-reference/document-file';

type Generator = typeof import('./openapi-document');
const generatorFile = 'scripts/openapi-document.ts';
const serialize = (generator: Generator) => `${JSON.stringify(generator.buildOpenApiDocument(), null, 2)}\n`;

/**
 * The OpenAPI document, generated from the endpoint table as `npm run openapi` does, published at
 * `/docs/api/openapi.json` for the reference page at `/docs/api`: written into a demo build (a
 * build against a real API has no such page), answered by the dev server.
 */
export function publishOpenApiDocument(): Plugin {
  let root = '';
  let demo = false;
  return {
    name: 'publish-openapi-document',
    configResolved(config) {
      root = config.root;
      // Not in the prerender's server build (vite.config.ts): the browser build publishes it.
      demo = !config.build.ssr && !loadEnv(config.mode, config.envDir || config.root, 'VITE_').VITE_API_BASE_URL;
    },
    configureServer(server) {
      server.middlewares.use(`/${openApiDocumentFile}`, (_request, response, next) => {
        server
          .ssrLoadModule(`/${generatorFile}`)
          .then((generator) => {
            response.setHeader('Content-Type', 'application/json');
            response.end(serialize(generator as Generator));
          })
          .catch(next);
      });
    },
    async generateBundle() {
      if (!demo) return;
      const { module } = await runnerImport<Generator>(join(root, generatorFile), {
        configFile: false,
        root,
        resolve: { alias: { '@': join(root, 'src') } },
        logLevel: 'warn',
      });
      this.emitFile({ type: 'asset', fileName: openApiDocumentFile, source: serialize(module) });
    },
  };
}
