export { DeadEnd, type DeadEndProps } from './dead-end';
export { ContactHelp } from './contact-help';
export { LoadingState } from './loading-state';
export { ErrorState } from './error-state';
export { NotFoundPage } from './not-found-page';
export { RouteErrorBoundary } from './route-error-boundary';
export { PartErrorBoundary } from './part-error-boundary';
