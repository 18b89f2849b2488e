import { useEffect, useState } from "react";
import { type Draft, emptyDraft, parseDraft } from "./draft.ts";

const KEY = "ariadne.screening.draft";

/** Today as the user's calendar date (YYYY-MM-DD). */
export function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The screening in progress, kept in this tab's session storage only (gone when the tab closes,
 * cleared on sign-out and quick exit): anonymous until the user saves it to a case.
 */
export function useScreeningDraft() {
  const [draft, setDraft] = useState<Draft>(() => parseDraft(sessionStorage.getItem(KEY), localToday()));
  useEffect(() => {
    sessionStorage.setItem(KEY, JSON.stringify(draft));
  }, [draft]);
  const discard = () => {
    sessionStorage.removeItem(KEY);
    setDraft(emptyDraft(localToday()));
  };
  return { draft, setDraft, discard };
}
