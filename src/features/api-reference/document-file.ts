/**
 * Where a demo build publishes the OpenAPI document (beside the page that reads it): the Vite
 * plugin in `scripts/openapi-vite-plugin.ts` writes it, this page fetches it.
 */
export const openApiDocumentFile = 'docs/api/openapi.json';
