export { App } from './app';
export { AppProviders, type AppProvidersProps } from './providers';
export { AppRoutes, loadPageAt } from './routes';
export { createQueryClient } from './query-client';
export { createProblemNotifier, type ProblemNotifier } from './problem-notifier';
