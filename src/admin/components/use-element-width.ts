import { useEffect, useRef, useState } from 'react';

/**
 * The width an element is laid out at, in CSS pixels (at least `min`), followed as it changes;
 * `fallback` until it is measured, and where nothing can measure (tests in jsdom).
 */
export function useElementWidth<E extends HTMLElement = HTMLDivElement>(fallback: number, min = 0) {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(Math.max(min, measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [min]);
  return { ref, width };
}
