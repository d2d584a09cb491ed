import { createElement, lazy, useState, type ComponentType } from 'react';

type PropsOf<T> = T extends ComponentType<infer P> ? P & object : never;

/** A module loaded on demand, once; after that it is at hand synchronously. */
export interface ModuleLoader<M> {
  /** Starts (or joins) the load; a failed load can be tried again. */
  load(): Promise<M>;
  /** The module, once it has loaded. */
  loaded(): M | undefined;
}

export function moduleLoader<M>(importModule: () => Promise<M>): ModuleLoader<M> {
  let module: M | undefined;
  let pending: Promise<M> | undefined;
  return {
    load() {
      pending ??= importModule().then(
        (value) => (module = value),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    loaded: () => module,
  };
}

/**
 * A named export of a module loaded on demand: `React.lazy` until the module is there (the
 * nearest `<Suspense>` shows meanwhile), the component itself from then on, so a module loaded
 * ahead of time renders at once, with no fallback in between.
 */
export function lazyExport<M, K extends keyof M>(source: ModuleLoader<M> | (() => Promise<M>), name: K) {
  const loader = typeof source === 'function' ? moduleLoader(source) : source;
  // React.lazy keeps a failed load for good: after a failure the next instance gets a fresh one,
  // so "try again" (an error boundary remounting it) loads again.
  const makeLazy = () =>
    lazy(async () => {
      try {
        return { default: (await loader.load())[name] as ComponentType<PropsOf<M[K]>> };
      } catch (error) {
        Lazy = makeLazy();
        throw error;
      }
    });
  let Lazy = makeLazy();
  function LazyExport(props: PropsOf<M[K]>) {
    // Chosen once per mounted instance: switching from Lazy to the component later would
    // remount it and lose what the person typed.
    const [component] = useState(() => {
      const module = loader.loaded();
      return module ? (module[name] as ComponentType<PropsOf<M[K]>>) : Lazy;
    });
    return createElement<PropsOf<M[K]>>(component, props);
  }
  LazyExport.displayName = `Lazy(${String(name)})`;
  return LazyExport;
}
