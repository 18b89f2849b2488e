import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { localToday } from "../ui/format-date.ts";
import type { Draft } from "./draft.ts";
import { draftFromSaved, type SavedInput } from "./rescreen.ts";
import { screeningApi } from "./screening-api.ts";

export interface RescreenTarget {
  caseId: string;
  caseCode: string;
  /** When the screening this one starts from was saved. */
  from: string;
}

/**
 * `/screening?case=…&from=…` (the saved screening's "screen again"): loads that screening's answers
 * as the draft, and names the case the new screening is to be saved to.
 */
export function useRescreen(setDraft: (update: (d: Draft) => Draft) => void) {
  const [params, setParams] = useSearchParams();
  const caseId = params.get("case");
  const from = params.get("from");
  const [target, setTarget] = useState<RescreenTarget | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!caseId || !from) return;
    let live = true;
    screeningApi.record(caseId, from).then(
      (r) => {
        if (!live) return;
        setDraft(() => draftFromSaved(r.input as SavedInput, localToday()));
        setTarget({ caseId, caseCode: r.caseCode, from: r.at });
        // Loaded once: a reload keeps the draft as it is now, not the saved answers again.
        setParams({}, { replace: true });
      },
      (e: unknown) => {
        if (live) setError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [caseId, from, setDraft, setParams]);
  return { target, error };
}
