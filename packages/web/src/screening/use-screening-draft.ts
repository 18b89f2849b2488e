import { useEffect, useState } from "react";
import { useVault } from "../auth/session.tsx";
import { localToday } from "../ui/format-date.ts";
import { type Draft, emptyDraft, parseDraft } from "./draft.ts";

const NAME = "screening";

/** Nothing recorded yet: no list chosen, no answer, no barrier. */
const isBlank = (d: Draft) =>
  d.profiles.length === 0 &&
  d.forms.length === 0 &&
  Object.keys(d.answers).length === 0 &&
  d.barriers.length === 0;

/**
 * The screening in progress, kept on the device encrypted with the user's draft key (quick exit
 * removes it): a session that ends mid-interview loses nothing, and the next sign-in finds it.
 * Anonymous until the user saves it to a case.
 */
export function useScreeningDraft() {
  const vault = useVault();
  const [draft, setDraft] = useState<Draft>(() => {
    const saved = vault?.get(NAME);
    return parseDraft(saved === undefined ? null : JSON.stringify(saved), localToday());
  });
  useEffect(() => {
    if (isBlank(draft)) vault?.remove(NAME);
    else vault?.set(NAME, draft);
  }, [vault, draft]);
  const discard = () => {
    vault?.remove(NAME);
    setDraft(emptyDraft(localToday()));
  };
  return { draft, setDraft, discard };
}
