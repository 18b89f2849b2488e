import { z } from "zod";
import { uuid } from "../admin/schemas.ts";
import { ScreeningResult } from "../screening/index.ts";

/** What a saved screening's observations say, as far as comparing two screenings needs. */
interface ObservedInput {
  observations: readonly { indicator: string; status: string; observedAt: string }[];
}

/** Indicators whose latest observation is `present`: the facts a screening holds. */
export function presentIndicators(input: ObservedInput): string[] {
  const latest = new Map<string, { status: string; observedAt: string }>();
  for (const o of input.observations) {
    const seen = latest.get(o.indicator);
    if (!seen || seen.observedAt <= o.observedAt) latest.set(o.indicator, o);
  }
  return [...latest]
    .filter(([, o]) => o.status === "present")
    .map(([id]) => id)
    .sort();
}

/**
 * How the situation changed between two screenings of one person: facts (present indicators)
 * that appeared and those no longer present. A first screening has nothing to compare with.
 */
export function screeningChanges(previous: ObservedInput | null, current: ObservedInput) {
  if (!previous) return null;
  const before = new Set(presentIndicators(previous));
  const now = new Set(presentIndicators(current));
  return {
    appeared: [...now].filter((id) => !before.has(id)),
    disappeared: [...before].filter((id) => !now.has(id)),
  };
}

export const ScreeningChanges = z.object({
  appeared: z.array(z.string()),
  disappeared: z.array(z.string()),
});

/** A screening saved to a case, opened as a record (GET /cases/:id/screenings/:entryId). */
export const ScreeningRecord = z.object({
  id: uuid,
  caseId: uuid,
  caseCode: z.string(),
  at: z.string(),
  recordedBy: z.object({ id: uuid, displayName: z.string() }).nullable(),
  /** The saved `ScreeningInput` (answers with their dates, sources and notes). */
  input: z.unknown(),
  result: ScreeningResult,
  /** The screening saved before this one on the case, if any, and what changed since. */
  previous: z
    .object({
      id: uuid,
      at: z.string(),
      outcome: z.string(),
      assistanceLevel: z.string().nullable(),
    })
    .nullable(),
  changes: ScreeningChanges.nullable(),
  /** The actor may save a new screening to this case (re-screen). */
  mayRescreen: z.boolean(),
});
export type ScreeningRecord = z.infer<typeof ScreeningRecord>;
