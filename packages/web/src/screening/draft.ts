import { screening } from "@ariadne/domain";
import { z } from "zod";

type ProfileId = screening.ProfileId;
type ScreeningInputData = screening.ScreeningInputData;
const { barrierIds, latestCatalogue, CalendarDate, profileIds, supplementaryFormIds } = screening;

export const statuses = ["present", "absent", "unknown"] as const;
export type Status = (typeof statuses)[number];

/**
 * One answer to one question. A question is keyed `dimension:concept` (or `form:concept`), not
 * by a list's indicator id: it is a fact about the person, so it counts in every chosen list that
 * holds it, and survives choosing another list.
 */
const AnswerSchema = z.object({
  status: z.enum(statuses),
  observedAt: CalendarDate,
  source: z.string().max(200),
  note: z.string().max(2000),
});
export type Answer = z.infer<typeof AnswerSchema>;

/** A source and note typed for a question not answered yet: kept with the draft until it is. */
const DetailsSchema = AnswerSchema.pick({ source: true, note: true });
export type Details = z.infer<typeof DetailsSchema>;
export const noDetails: Details = { source: "", note: "" };

const DraftSchema = z.object({
  profiles: z.array(z.enum(profileIds)),
  forms: z.array(z.enum(supplementaryFormIds)),
  answers: z.record(z.string(), AnswerSchema),
  barriers: z.array(z.enum(barrierIds)),
  /** The date new answers are recorded with (editable per answer afterwards). */
  observedOn: CalendarDate,
  /** Show the result as it stood on this date; null: as of the latest observation. */
  asOf: CalendarDate.nullable().default(null),
  /** Ask the short first-contact set first (then the full catalogue), or the full catalogue now. */
  mode: z.enum(["first_contact", "full"]).default("first_contact"),
  /** Set once the screening has been saved to a case: the print header may then name it. */
  savedTo: z.object({ caseId: z.string(), caseCode: z.string(), savedAt: z.string() }).nullable(),
  /** Source and note typed on a question card before it is answered, by question key. */
  details: z.record(z.string(), DetailsSchema).default({}),
  /** The pseudonym typed for a new case, until the case is opened. */
  pseudonym: z.string().max(200).default(""),
  /** Where the worker was: choosing who is screened, or asking the questions (phones fold the setup). */
  step: z.enum(["setup", "questions"]).default("setup"),
});
export type Draft = z.infer<typeof DraftSchema>;

/** What a page section that edits the draft is given. */
export interface DraftSectionProps {
  draft: Draft;
  /** The catalogue's language (`useDomainLocale`). */
  lang: string;
  onChange: (update: (d: Draft) => Draft) => void;
}

export function emptyDraft(today: string): Draft {
  return {
    profiles: [],
    forms: [],
    answers: {},
    barriers: [],
    observedOn: today,
    asOf: null,
    mode: "first_contact",
    savedTo: null,
    details: {},
    pseudonym: "",
    step: "setup",
  };
}

/** Nothing recorded or typed yet: no list chosen, no answer, no barrier, no note. */
export function isBlank(d: Draft): boolean {
  return (
    d.profiles.length === 0 &&
    d.forms.length === 0 &&
    Object.keys(d.answers).length === 0 &&
    d.barriers.length === 0 &&
    Object.keys(d.details).length === 0 &&
    d.pseudonym.trim() === ""
  );
}

/**
 * What of the draft is unsent work to keep on the device: nothing when it is blank, or when it was
 * saved to a case and nothing was typed since (the case holds it; a notice of unsaved work would
 * be wrong); else the whole draft.
 */
export function draftToKeep(d: Draft): Draft | null {
  if (isBlank(d)) return null;
  const typedSince = Object.keys(d.details).length > 0 || d.pseudonym.trim() !== "";
  return d.savedTo && !typedSince ? null : d;
}

/** Keeps the source and note typed for the unanswered question `key` (both empty: forgets them). */
export function setDetails(draft: Draft, key: string, details: Details): Draft {
  const { [key]: _, ...rest } = draft.details;
  return {
    ...draft,
    details: details.source === "" && details.note === "" ? rest : { ...rest, [key]: details },
  };
}

/** A stored draft, or an empty one when there is none or it no longer reads (an older shape). */
export function parseDraft(raw: string | null, today: string): Draft {
  if (!raw) return emptyDraft(today);
  try {
    const parsed = DraftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : emptyDraft(today);
  } catch {
    return emptyDraft(today);
  }
}

/** Question key of each catalogue indicator, and the indicator ids of each key per profile. */
const keyOfId = new Map<string, string>();
const idsOfKey = new Map<string, { profile: ProfileId | null; id: string }[]>();
for (const ind of latestCatalogue.indicators) {
  const key =
    ind.kind === "ilo"
      ? `${ind.dimension}:${ind.concept}`
      : ind.kind === "supplementary"
        ? `${ind.form}:${ind.concept}`
        : `ariadne:${ind.concept}`;
  keyOfId.set(ind.id, key);
  const list = idsOfKey.get(key) ?? [];
  list.push({ profile: ind.kind === "ilo" ? ind.profile : null, id: ind.id });
  idsOfKey.set(key, list);
}

export const questionKeyOf = (indicatorId: string): string | undefined => keyOfId.get(indicatorId);

/** The ids a question stands for in the chosen profiles (supplementary ones always). */
export function indicatorIdsOf(key: string, profiles: readonly ProfileId[]): string[] {
  return (idsOfKey.get(key) ?? [])
    .filter((x) => x.profile === null || profiles.includes(x.profile))
    .map((x) => x.id);
}

/**
 * The input of the shared engine: one observation per answered question and chosen list, and the
 * as-of date when one is chosen.
 */
export function toScreeningInput(
  draft: Pick<Draft, "profiles" | "answers" | "barriers" | "mode" | "asOf">,
): ScreeningInputData {
  const observations = Object.entries(draft.answers).flatMap(([key, a]) =>
    indicatorIdsOf(key, draft.profiles).map((indicator) => ({
      indicator,
      status: a.status,
      observedAt: a.observedAt,
      ...(a.source.trim() ? { source: a.source.trim() } : {}),
      ...(a.note.trim() ? { note: a.note.trim() } : {}),
    })),
  );
  return {
    catalogueVersion: latestCatalogue.version as screening.CatalogueVersion,
    profiles: draft.profiles,
    observations,
    barriers: draft.barriers,
    mode: draft.mode,
    ...(draft.asOf ? { asOf: draft.asOf } : {}),
  };
}

/** Records the answer to `key`; the source and note typed for it while unanswered go into it. */
export function setAnswer(draft: Draft, key: string, answer: Answer): Draft {
  const { [key]: _, ...details } = draft.details;
  return { ...draft, answers: { ...draft.answers, [key]: answer }, details, savedTo: null };
}

export function clearAnswer(draft: Draft, key: string): Draft {
  const { [key]: _, ...answers } = draft.answers;
  return { ...draft, answers, savedTo: null };
}

export function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** Answered questions that count in the chosen profiles (or forms), in catalogue order. */
export function answeredKeys(draft: Draft): string[] {
  const order = [...idsOfKey.keys()];
  return Object.keys(draft.answers)
    .filter((key) => indicatorIdsOf(key, draft.profiles).length > 0)
    .sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

export type QuestionSection =
  | { kind: "dimension"; dimension: screening.DimensionId; keys: string[] }
  | { kind: "form"; form: screening.SupplementaryFormId; keys: string[] }
  | { kind: "additions"; keys: string[] };

/** Every question of the chosen lists (by dimension) and forms, each once, in catalogue order. */
export function questionSections(
  profiles: readonly ProfileId[],
  forms: readonly screening.SupplementaryFormId[],
): QuestionSection[] {
  const byDimension = new Map<screening.DimensionId, Set<string>>();
  const byForm = new Map<screening.SupplementaryFormId, Set<string>>();
  const additions = new Set<string>();
  for (const ind of latestCatalogue.indicators) {
    const key = keyOfId.get(ind.id)!;
    if (ind.kind === "ilo" && profiles.includes(ind.profile)) {
      const set = byDimension.get(ind.dimension) ?? new Set();
      byDimension.set(ind.dimension, set.add(key));
    } else if (ind.kind === "supplementary" && forms.includes(ind.form)) {
      const set = byForm.get(ind.form) ?? new Set();
      byForm.set(ind.form, set.add(key));
    } else if (ind.kind === "ariadne" && profiles.length > 0) {
      additions.add(key);
    }
  }
  return [
    ...screening.dimensionIds
      .filter((d) => byDimension.has(d))
      .map((dimension) => ({
        kind: "dimension" as const,
        dimension,
        keys: [...byDimension.get(dimension)!],
      })),
    ...supplementaryFormIds
      .filter((f) => byForm.has(f))
      .map((form) => ({ kind: "form" as const, form, keys: [...byForm.get(form)!] })),
    ...(additions.size > 0 ? [{ kind: "additions" as const, keys: [...additions] }] : []),
  ];
}
