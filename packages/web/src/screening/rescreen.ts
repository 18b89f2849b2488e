import { screening } from "@ariadne/domain";
import { type Draft, emptyDraft, questionKeyOf, statuses } from "./draft.ts";

const { barrierIds, latestCatalogue, profileIds } = screening;
const formOf = new Map(
  latestCatalogue.indicators.flatMap((i) => (i.kind === "supplementary" ? [[i.id, i.form] as const] : [])),
);

/** A saved screening's input as far as a re-screen reads it (validated where it was saved). */
export interface SavedInput {
  profiles?: readonly string[];
  observations?: readonly {
    indicator: string;
    status: string;
    observedAt: string;
    source?: string;
    note?: string;
  }[];
  barriers?: readonly string[];
  mode?: string;
}

/**
 * A new screening that starts from a saved one's last answers: each question's latest answer,
 * with its date, source and note kept, new answers dated `today`. Saved to the same case, it
 * becomes the next screening in the case's timeline.
 */
export function draftFromSaved(saved: SavedInput, today: string): Draft {
  const draft = emptyDraft(today);
  const answers: Draft["answers"] = {};
  const forms = new Set<screening.SupplementaryFormId>();
  for (const o of saved.observations ?? []) {
    const key = questionKeyOf(o.indicator);
    const status = statuses.find((s) => s === o.status);
    if (!key || !status) continue;
    const form = formOf.get(o.indicator);
    if (form) forms.add(form);
    const seen = answers[key];
    if (seen && seen.observedAt > o.observedAt) continue;
    answers[key] = { status, observedAt: o.observedAt, source: o.source ?? "", note: o.note ?? "" };
  }
  return {
    ...draft,
    profiles: profileIds.filter((p) => saved.profiles?.includes(p)),
    forms: [...forms],
    answers,
    barriers: barrierIds.filter((b) => saved.barriers?.includes(b)),
    mode: saved.mode === "full" ? "full" : "first_contact",
  };
}
