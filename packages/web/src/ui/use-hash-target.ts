import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

/**
 * Once `ready` (the list drawn), brings the element the address's #fragment names into view and
 * moves focus to it. A link to one item of a list loaded after the page opened (a concern in the
 * inbox, from a notice or a case) would otherwise land at the top of the list: the browser looked
 * for the fragment before the item existed. Focus makes a screen reader start there too.
 */
export function useHashTarget(ready: boolean) {
  const { hash } = useLocation();
  const reached = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || !hash || reached.current === hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    reached.current = hash;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "start" });
  }, [ready, hash]);
}
