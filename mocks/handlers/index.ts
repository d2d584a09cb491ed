export { createHandlers, defaultBaseUrl, toMswPath, type HandlerOptions } from './create-handlers';
export { maxBodyBytes } from './read-request';
export { internalProblem } from './problems';
