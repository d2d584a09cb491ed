import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type ComponentOf<T> = T extends ComponentType<infer P> ? ComponentType<P> : never;

/**
 * `React.lazy` for a named export: the module loads the first time the component renders (or
 * earlier, when something imports it ahead of time).
 */
export function lazyExport<M, K extends keyof M>(load: () => Promise<M>, name: K): LazyExoticComponent<ComponentOf<M[K]>> {
  return lazy(async () => ({ default: (await load())[name] as ComponentOf<M[K]> }));
}
