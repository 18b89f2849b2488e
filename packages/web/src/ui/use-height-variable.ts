import { useEffect, useRef } from "react";

/**
 * Keeps a CSS variable on the root at a sticky element's height, which grows when a language's line
 * wraps or the element opens, so that `scroll-padding` can follow it: what the browser scrolls into
 * view (a question taking focus, a field reached with Tab) then stops clear of the element, never
 * under it (WCAG 2.4.11). The variable is removed with the element.
 */
export function useHeightVariable<T extends HTMLElement>(variable: `--${string}`) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const root = document.documentElement.style;
    const observer = new ResizeObserver(() => {
      root.setProperty(variable, `${Math.ceil(element.getBoundingClientRect().height)}px`);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.removeProperty(variable);
    };
  }, [variable]);
  return ref;
}
