import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False while the page is prerendered HTML (on the server, and during hydration), true once the
 * app runs it. A control that needs the app (a form's submit, the language switcher) is disabled
 * until then: a prerendered form must never submit itself natively (its fields would end up in
 * the address), and a choice made before the app runs would be lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
