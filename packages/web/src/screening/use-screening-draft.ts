import { useEffect, useState } from "react";
import { useVault } from "../auth/session.tsx";
import { localToday } from "../ui/format-date.ts";
import { type Draft, draftToKeep, emptyDraft, parseDraft } from "./draft.ts";

const NAME = "screening";

/**
 * The screening in progress, kept on the device encrypted with the user's draft key (quick exit
 * removes it): a session that ends mid-interview loses nothing, and the next sign-in finds it.
 * Anonymous until the user saves it to a case; once saved, the case holds it and the device no
 * longer does (it is no unsaved work), until something is changed or typed again.
 */
export function useScreeningDraft() {
  const vault = useVault();
  const [draft, setDraft] = useState<Draft>(() => {
    const saved = vault?.get(NAME);
    return parseDraft(saved === undefined ? null : JSON.stringify(saved), localToday());
  });
  useEffect(() => {
    const keep = draftToKeep(draft);
    if (keep) vault?.set(NAME, keep);
    else vault?.remove(NAME);
  }, [vault, draft]);
  const discard = () => {
    vault?.remove(NAME);
    setDraft(emptyDraft(localToday()));
  };
  return { draft, setDraft, discard };
}
