import {
  type AssistanceLevel,
  type Decision,
  decideSignal,
  lookahead,
  type SignalState,
} from "./assistance.ts";
import { type Evidence, evidenceIndex, questionKeyOf } from "./assistance-evidence.ts";
import type { CatalogueIndex } from "./catalogue-index.ts";
import { strengthRank } from "./rule.ts";
import type { DimensionId, ElementId, Indicator, ProfileId, ScreeningMode, Strength } from "./types.ts";
import { elementIds } from "./types.ts";

/** One question of the assistance signal: the answer is recorded under each of `indicators`. */
export interface AssistanceQuestion {
  /** `dimension:concept`, `form:concept` or `ariadne:concept`. */
  key: string;
  indicators: string[];
  /** The elements a present answer feeds. */
  elements: ElementId[];
  strength: Strength;
  /** The level if the answer were present. */
  levelIfPresent: AssistanceLevel;
  /** Elements a present answer would show that are not shown now. */
  settles: ElementId[];
  /** Profiles whose ILO/EC rule a present answer would meet, and those it would bring closer. */
  iloDecisiveFor: ProfileId[];
  iloMoves: ProfileId[];
  /** In the short first-contact set. */
  firstContact: boolean;
}

/** At most this many questions are shown at a time. */
export const maxNextQuestions = 5;

interface QuestionSource {
  key: string;
  members: { id: string; profile: ProfileId | null }[];
  /** For a part of an ILO/EC indicator: the ids of that indicator, whose ILO/EC effect it has. */
  wholeIds: string[];
  /** An ILO/EC indicator asked through its parts. */
  refined: boolean;
  safety: number;
  position: number;
}

// What a frontline worker can ask safely first, after the first-contact order: work and living
// conditions, then how they came, then their situation, then control, threats and violence.
const dimensionSafety: Record<DimensionId, number> = {
  exploitative_conditions: 0,
  deceptive_recruitment: 2,
  recruitment_abuse_of_vulnerability: 3,
  abuse_of_vulnerability_at_destination: 4,
  coercive_recruitment: 5,
  coercion_at_destination: 6,
};
const violent = new Set([
  "violence-on-victim",
  "threats-of-violence",
  "violence-on-family",
  "abduction-forced-marriage-selling",
]);

function safetyOf(ind: Indicator, firstContact: readonly string[]): number {
  const at = firstContact.indexOf(questionKeyOf(ind));
  if (at >= 0) return at;
  if (ind.kind === "ilo")
    return 100 + 10 * dimensionSafety[ind.dimension] + (violent.has(ind.concept) ? 5 : 0);
  if (ind.kind === "supplementary") return 110;
  const main = ind.feeds[0]?.element ?? "act";
  return 100 + (main === "purpose" ? 10 : main === "act" ? 20 : 60);
}

const cache = new WeakMap<CatalogueIndex, QuestionSource[]>();

function questionSources(index: CatalogueIndex, firstContact: readonly string[]): QuestionSource[] {
  const cached = cache.get(index);
  if (cached) return cached;
  const byKey = new Map<string, QuestionSource>();
  const wholeOf = new Map<string, string[]>();
  for (const [whole, parts] of index.parts)
    for (const p of parts) wholeOf.set(p, [...(wholeOf.get(p) ?? []), whole]);
  for (const ind of index.byId.values()) {
    const key = questionKeyOf(ind);
    let q = byKey.get(key);
    if (!q) {
      q = {
        key,
        members: [],
        wholeIds: wholeOf.get(ind.id) ?? [],
        refined: false,
        safety: safetyOf(ind, firstContact),
        position: index.position.get(ind.id) ?? 0,
      };
      byKey.set(key, q);
    }
    q.members.push({ id: ind.id, profile: ind.kind === "ilo" ? ind.profile : null });
    if (index.parts.has(ind.id)) q.refined = true;
  }
  const out = [...byKey.values()];
  cache.set(index, out);
  return out;
}

export interface RankContext {
  index: CatalogueIndex;
  profiles: readonly ProfileId[];
  /** Ids with any observation (present, absent or unknown): asked already. */
  observed: ReadonlySet<string>;
  state: SignalState;
  decision: Decision;
  isChild: boolean;
  /** Per ILO/EC id: the profile's `whatToAskNext` entry, if a present answer brings its rule closer. */
  iloEffect: ReadonlyMap<string, { profile: ProfileId; decisive: boolean }>;
  mode: ScreeningMode;
  firstContact: readonly string[];
}

interface Ranked extends AssistanceQuestion {
  impact: number;
  safety: number;
  position: number;
}

function rank(ctx: RankContext, q: QuestionSource, evidence: Map<string, Evidence>): Ranked | null {
  const members = q.members.filter((m) => m.profile === null || ctx.profiles.includes(m.profile));
  if (members.length === 0 || q.refined) return null;
  if (members.some((m) => ctx.observed.has(m.id)) || q.wholeIds.some((w) => ctx.observed.has(w))) return null;
  let ev: Evidence | undefined;
  for (const m of members) {
    const e = evidence.get(m.id);
    if (!e) continue;
    if (!ev || strongest(e) < strongest(ev)) ev = e;
  }
  if (!ev || ev.feeds.length === 0) return null;
  const after = decideSignal(lookahead(ctx.state, ev), ctx.isChild);
  // Any first fact moves "no concern" to "keep asking"; only reaching "offer assistance" counts.
  const reachesOffer = after.level === "offer_assistance" && ctx.decision.level !== "offer_assistance";
  const required = (e: ElementId) => !(e === "means" && ctx.isChild);
  const settles = elementIds.filter((e) => required(e) && after.shown[e] && !ctx.decision.shown[e]);
  // Open elements the answer feeds; purpose counts twice, since shown it also shows the act by
  // harbouring or receipt.
  let feedsOpen = 0;
  for (const e of new Set(ev.feeds.map((f) => f.element)))
    if (required(e) && !ctx.decision.shown[e]) feedsOpen += e === "purpose" ? 2 : 1;
  const iloIds = q.wholeIds.length > 0 ? q.wholeIds : members.map((m) => m.id);
  const iloDecisiveFor: ProfileId[] = [];
  const iloMoves: ProfileId[] = [];
  for (const id of iloIds) {
    const effect = ctx.iloEffect.get(id);
    if (!effect) continue;
    if (!iloMoves.includes(effect.profile)) iloMoves.push(effect.profile);
    if (effect.decisive && !iloDecisiveFor.includes(effect.profile)) iloDecisiveFor.push(effect.profile);
  }
  const impact =
    4 * (reachesOffer ? 1 : 0) +
    settles.length +
    feedsOpen +
    (iloDecisiveFor.length > 0 ? 2 : 0) +
    (iloMoves.length > 0 ? 1 : 0);
  if (impact === 0) return null;
  return {
    key: q.key,
    indicators: members.map((m) => m.id),
    elements: [...new Set(ev.feeds.map((f) => f.element))],
    strength: ev.feeds.reduce<Strength>(
      (s, f) => (strengthRank[f.strength] < strengthRank[s] ? f.strength : s),
      "weak",
    ),
    levelIfPresent: after.level,
    settles,
    iloDecisiveFor,
    iloMoves,
    firstContact: ctx.firstContact.includes(q.key),
    impact,
    safety: q.safety,
    position: q.position,
  };
}

const strongest = (ev: Evidence) => Math.min(...ev.feeds.map((f) => strengthRank[f.strength]), 3);

function compareRanked(a: Ranked, b: Ranked): number {
  return (
    b.impact - a.impact ||
    strengthRank[a.strength] - strengthRank[b.strength] ||
    a.safety - b.safety ||
    a.position - b.position
  );
}

/**
 * The questions whose answers can change the most — the assistance level first, then the elements
 * it would settle, then the ILO/EC outcome — ties broken by the strength of the fact and by what
 * a frontline worker can ask safely first, never by id. In `first_contact` mode only the short set
 * is asked until each of its questions is answered, then the full catalogue. All ranked questions;
 * show at most `maxNextQuestions`.
 */
export function rankAssistanceQuestions(ctx: RankContext): AssistanceQuestion[] {
  const evidence = evidenceIndex(ctx.index);
  const sources = questionSources(ctx.index, ctx.firstContact);
  const ranked: Ranked[] = [];
  const short = ctx.mode === "first_contact" && ctx.firstContact.length > 0;
  let shortOpen = false;
  if (short) {
    for (const q of sources) {
      if (!ctx.firstContact.includes(q.key)) continue;
      const r = rank(ctx, q, evidence);
      if (r) ranked.push(r);
    }
    shortOpen = ranked.length > 0;
  }
  if (!shortOpen) {
    for (const q of sources) {
      const r = rank(ctx, q, evidence);
      if (r) ranked.push(r);
    }
  }
  ranked.sort(compareRanked);
  return ranked.map(({ impact: _i, safety: _s, position: _p, ...q }) => q);
}
