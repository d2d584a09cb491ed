import { useEffect, useRef, type RefObject } from 'react';

/**
 * Focus follows the result of an action: the element this ref goes on takes focus whenever
 * `result` becomes (or changes to) something truthy, so keyboard and screen-reader users land on
 * the new status message or error instead of on the page body. The element needs tabIndex={-1}.
 *
 * `onlyFromWithin`: take focus only when focus is lost (on the body) or still inside the element's
 * own form or group, so a message that appears on its own (a background load) never steals focus
 * from where the person is typing.
 */
export function useFocusOnAppear<T extends HTMLElement>(result: unknown, { onlyFromWithin = false } = {}): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (!result || !element) return;
    if (onlyFromWithin) {
      const active = document.activeElement;
      const scope = element.closest('form, [role="group"], [role="region"]') ?? element.parentElement;
      if (active && active !== document.body && !scope?.contains(active)) return;
    }
    element.focus();
  }, [result, onlyFromWithin]);
  return ref;
}
