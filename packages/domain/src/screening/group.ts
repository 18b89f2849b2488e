import { questionKeyOf } from "./assistance-evidence.ts";
import { indexCatalogue } from "./catalogue-index.ts";
import { catalogueFor } from "./catalogues.ts";
import { evaluateScreening, type ScreeningResultData } from "./evaluate.ts";
import type {
  BarrierId,
  CatalogueVersion,
  ObservationStatus,
  ProfileId,
  ScreeningInputData,
  ScreeningMode,
} from "./types.ts";

/**
 * One answer entered once for a group: a question (`dimension:concept`, `form:concept` or
 * `ariadne:concept`), recorded for each person under the ids of that person's own lists.
 */
export interface GroupAnswer {
  question: string;
  status: ObservationStatus;
  observedAt: string;
  source?: string;
  note?: string;
}

export interface GroupMember {
  /** A label for the person within this screening (no personal data needed), e.g. "worker 3". */
  ref: string;
  /** An accompanying child is screened with the child lists. */
  child: boolean;
  /** This person's lists; by default the group's, turned into the child lists for a child. */
  profiles?: ProfileId[];
  /** This person's own answers; they take the place of a shared answer to the same question. */
  answers: GroupAnswer[];
  barriers?: BarrierId[];
}

/** Several people met at one workplace (an outreach visit, an inspection). */
export interface GroupScreeningData {
  catalogueVersion?: CatalogueVersion;
  mode?: ScreeningMode;
  asOf?: string;
  /** The adults' lists; children get the matching child lists. */
  profiles: ProfileId[];
  /** Facts about the workplace or the group, entered once. */
  shared: GroupAnswer[];
  people: GroupMember[];
}

export interface GroupMemberResult {
  ref: string;
  /** This person's own screening input: it can be saved to this person's case as it is. */
  input: ScreeningInputData;
  result: ScreeningResultData;
  /** Shared questions that none of this person's lists holds (e.g. an adult-only indicator for a child). */
  notApplicable: string[];
}

const childList: Record<ProfileId, ProfileId> = {
  adult_labour: "child_labour",
  adult_sexual: "child_sexual",
  child_labour: "child_labour",
  child_sexual: "child_sexual",
};

/** The lists a member is screened with. */
export function memberProfiles(
  group: Pick<GroupScreeningData, "profiles">,
  member: GroupMember,
): ProfileId[] {
  const profiles = member.profiles ?? group.profiles.map((p) => (member.child ? childList[p] : p));
  return [...new Set(profiles)];
}

/** Every question key of a catalogue with its ids per list (supplementary and Ariadne's: `null`). */
const questionIdsCache = new Map<string, Map<string, { profile: ProfileId | null; id: string }[]>>();

export function questionIds(
  version: CatalogueVersion | undefined,
): ReadonlyMap<string, readonly { profile: ProfileId | null; id: string }[]> {
  const cached = questionIdsCache.get(version ?? "");
  if (cached) return cached;
  const out = new Map<string, { profile: ProfileId | null; id: string }[]>();
  questionIdsCache.set(version ?? "", out);
  for (const ind of indexCatalogue(catalogueFor(version)).byId.values()) {
    const key = questionKeyOf(ind);
    const list = out.get(key) ?? [];
    list.push({ profile: ind.kind === "ilo" ? ind.profile : null, id: ind.id });
    out.set(key, list);
  }
  return out;
}

/**
 * One person's screening input from a group screening: the shared answers, then the person's own
 * (which replace a shared answer to the same question), each recorded under the ids of the
 * person's lists. Pure.
 */
export function memberInput(
  group: GroupScreeningData,
  member: GroupMember,
): { input: ScreeningInputData; notApplicable: string[] } {
  const ids = questionIds(group.catalogueVersion);
  const profiles = memberProfiles(group, member);
  const own = new Set(member.answers.map((a) => a.question));
  const notApplicable: string[] = [];
  const observations: ScreeningInputData["observations"] = [];
  const answers = [...group.shared.filter((a) => !own.has(a.question)), ...member.answers];
  for (const a of answers) {
    const targets = (ids.get(a.question) ?? []).filter(
      (x) => x.profile === null || profiles.includes(x.profile),
    );
    if (targets.length === 0) {
      notApplicable.push(a.question);
      continue;
    }
    for (const t of targets) {
      observations.push({
        indicator: t.id,
        status: a.status,
        observedAt: a.observedAt,
        ...(a.source !== undefined ? { source: a.source } : {}),
        ...(a.note !== undefined ? { note: a.note } : {}),
      });
    }
  }
  const input: ScreeningInputData = {
    ...(group.catalogueVersion ? { catalogueVersion: group.catalogueVersion } : {}),
    ...(group.mode ? { mode: group.mode } : {}),
    profiles,
    observations,
    ...(group.asOf ? { asOf: group.asOf } : {}),
    ...(member.barriers ? { barriers: member.barriers } : {}),
  };
  return { input, notApplicable };
}

/**
 * Screens several people met at one workplace: shared facts entered once, each person's own facts
 * apart, and each person's own result (ILO/EC outcome and assistance signal) and input, which can
 * be saved to that person's case. Accompanying children are screened with the child lists.
 */
export function evaluateGroupScreening(group: GroupScreeningData): GroupMemberResult[] {
  return group.people.map((member) => {
    const { input, notApplicable } = memberInput(group, member);
    return { ref: member.ref, input, result: evaluateScreening(input), notApplicable };
  });
}
