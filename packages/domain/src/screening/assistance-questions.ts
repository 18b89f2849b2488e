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

interface Member {
  id: string;
  profile: ProfileId | null;
  evidence: Evidence | undefined;
  /** Its strongest weight as a rank (0 strong … 3 none). */
  rank: number;
}

interface QuestionSource {
  key: string;
  members: Member[];
  /** For a part of an ILO/EC indicator: the ids of that indicator, whose ILO/EC effect it has. */
  wholeIds: string[];
  /** An ILO/EC indicator asked through its parts. */
  refined: boolean;
  inFirstContact: boolean;
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

const strongestRank = (ev: Evidence | undefined) => {
  let r = 3;
  if (ev) for (const f of ev.feeds) r = Math.min(r, strengthRank[f.strength]);
  return r;
};

const cache = new WeakMap<CatalogueIndex, QuestionSource[]>();

function questionSources(index: CatalogueIndex, firstContact: readonly string[]): QuestionSource[] {
  const cached = cache.get(index);
  if (cached) return cached;
  const evidence = evidenceIndex(index);
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
        inFirstContact: firstContact.includes(key),
        safety: safetyOf(ind, firstContact),
        position: index.position.get(ind.id) ?? 0,
      };
      byKey.set(key, q);
    }
    const ev = evidence.get(ind.id);
    q.members.push({
      id: ind.id,
      profile: ind.kind === "ilo" ? ind.profile : null,
      evidence: ev,
      rank: strongestRank(ev),
    });
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
  observed: { has(id: string): boolean };
  state: SignalState;
  decision: Decision;
  isChild: boolean;
  /** Per ILO/EC id: the profile's `whatToAskNext` entry, if a present answer brings its rule closer. */
  iloEffect: ReadonlyMap<string, { profile: ProfileId; decisive: boolean }>;
  mode: ScreeningMode;
  firstContact: readonly string[];
}

/** A candidate scored cheaply; the full question is built only for those shown. */
interface Scored {
  q: QuestionSource;
  ev: Evidence;
  after: Decision;
  impact: number;
  strength: number;
}

function score(ctx: RankContext, q: QuestionSource): Scored | null {
  if (q.refined) return null;
  let ev: Evidence | undefined;
  let strength = 4;
  let relevant = false;
  for (const m of q.members) {
    if (m.profile !== null && !ctx.profiles.includes(m.profile)) continue;
    relevant = true;
    if (ctx.observed.has(m.id)) return null;
    if (m.evidence && m.rank < strength) {
      ev = m.evidence;
      strength = m.rank;
    }
  }
  if (!relevant || !ev || ev.feeds.length === 0) return null;
  for (const w of q.wholeIds) if (ctx.observed.has(w)) return null;
  const after = decideSignal(lookahead(ctx.state, ev), ctx.isChild);
  const now = ctx.decision;
  // Any first fact moves "no concern" to "keep asking"; only reaching "offer assistance" counts.
  let impact = after.level === "offer_assistance" && now.level !== "offer_assistance" ? 4 : 0;
  for (const e of elementIds) {
    if (e === "means" && ctx.isChild) continue;
    if (after.shown[e] && !now.shown[e]) impact += 1;
  }
  // Open elements the answer feeds; purpose counts twice, since shown it also shows the act by
  // harbouring or receipt.
  let fed = 0;
  for (const f of ev.feeds) fed |= f.element === "act" ? 1 : f.element === "means" ? 2 : 4;
  if (fed & 1 && !now.shown.act) impact += 1;
  if (fed & 2 && !now.shown.means && !ctx.isChild) impact += 1;
  if (fed & 4 && !now.shown.purpose) impact += 2;
  let moves = false;
  let decisive = false;
  const iloIds = q.wholeIds.length > 0 ? q.wholeIds : q.members;
  for (const x of iloIds) {
    const effect = ctx.iloEffect.get(typeof x === "string" ? x : x.id);
    if (!effect) continue;
    moves = true;
    if (effect.decisive) decisive = true;
  }
  impact += (decisive ? 2 : 0) + (moves ? 1 : 0);
  if (impact === 0) return null;
  return { q, ev, after, impact, strength };
}

function toQuestion(ctx: RankContext, { q, ev, after, strength }: Scored): AssistanceQuestion {
  const members = q.members.filter((m) => m.profile === null || ctx.profiles.includes(m.profile));
  const iloIds = q.wholeIds.length > 0 ? q.wholeIds : members.map((m) => m.id);
  const iloDecisiveFor: ProfileId[] = [];
  const iloMoves: ProfileId[] = [];
  for (const id of iloIds) {
    const effect = ctx.iloEffect.get(id);
    if (!effect) continue;
    if (!iloMoves.includes(effect.profile)) iloMoves.push(effect.profile);
    if (effect.decisive && !iloDecisiveFor.includes(effect.profile)) iloDecisiveFor.push(effect.profile);
  }
  return {
    key: q.key,
    indicators: members.map((m) => m.id),
    elements: elementIds.filter((e) => ev.feeds.some((f) => f.element === e)),
    strength: (["strong", "medium", "weak"] as const)[Math.min(strength, 2)] as Strength,
    levelIfPresent: after.level,
    settles: elementIds.filter(
      (e) => !(e === "means" && ctx.isChild) && after.shown[e] && !ctx.decision.shown[e],
    ),
    iloDecisiveFor,
    iloMoves,
    firstContact: q.inFirstContact,
  };
}

function compareScored(a: Scored, b: Scored): number {
  return (
    b.impact - a.impact || a.strength - b.strength || a.q.safety - b.q.safety || a.q.position - b.q.position
  );
}

export interface RankedQuestions {
  /** The best questions, at most `limit`. */
  top: AssistanceQuestion[];
  /** How many ranked questions feed each element. */
  byElement: Record<ElementId, number>;
}

/**
 * The questions whose answers can change the most — reaching offer_assistance first, then the
 * elements it would show and the open elements it feeds, then the ILO/EC outcome — ties broken by
 * the strength of the fact and by what a frontline worker can ask safely first, never by id. In
 * `first_contact` mode only the short set is asked until each of its questions is answered, then
 * the full catalogue.
 */
export function rankAssistanceQuestions(ctx: RankContext, limit = maxNextQuestions): RankedQuestions {
  const sources = questionSources(ctx.index, ctx.firstContact);
  let scored: Scored[] = [];
  if (ctx.mode === "first_contact" && ctx.firstContact.length > 0) {
    for (const q of sources) {
      if (!q.inFirstContact) continue;
      const r = score(ctx, q);
      if (r) scored.push(r);
    }
  }
  if (scored.length === 0) {
    scored = [];
    for (const q of sources) {
      const r = score(ctx, q);
      if (r) scored.push(r);
    }
  }
  const byElement: Record<ElementId, number> = { act: 0, means: 0, purpose: 0 };
  for (const r of scored)
    for (const e of elementIds) if (r.ev.feeds.some((f) => f.element === e)) byElement[e] += 1;
  scored.sort(compareScored);
  return { top: scored.slice(0, limit).map((r) => toQuestion(ctx, r)), byElement };
}
