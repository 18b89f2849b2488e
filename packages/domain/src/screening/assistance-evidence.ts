import type { CatalogueIndex } from "./catalogue-index.ts";
import type { DimensionId, ElementFeed, ElementId, Indicator, Phase, Strength } from "./types.ts";

/**
 * What one indicator contributes to Ariadne's assistance signal: the elements of the Palermo
 * definition it feeds (with a weight), when it happened, and a key under which the same fact
 * counts once however many lists record it.
 */
export interface Evidence {
  key: string;
  phase: Phase;
  feeds: readonly ElementFeed[];
  /** One of the strong coercion facts: it shows the means alone. */
  coercion: boolean;
  /** A small number unique to `key` within a catalogue, for the signal's tallies. */
  slot: number;
}

const recruitmentDimensions: ReadonlySet<DimensionId> = new Set([
  "deceptive_recruitment",
  "coercive_recruitment",
  "recruitment_abuse_of_vulnerability",
]);

/**
 * The ILO indicators of forced labour (2012) that are coercion in themselves: retention of
 * identity documents, debt bondage, restriction of movement and isolation, physical violence,
 * intimidation and threats of violence. Any one of them shows the means, at recruitment or at
 * the destination, whatever weight the ILO/EC lists give it.
 */
export const strongCoercionConcepts: ReadonlySet<string> = new Set([
  "confiscation-of-documents",
  "debt-bondage",
  "isolation-confinement-surveillance",
  "violence-on-victim",
  "threats-of-violence",
  "violence-on-family",
  "abduction-forced-marriage-selling",
]);

/**
 * Coercion-at-destination concepts that are also the exploitation itself: forced criminality,
 * forced tasks or clients, and wages withheld (work taken without pay).
 */
const coercionThatIsExploitation: ReadonlySet<string> = new Set([
  "forced-illicit-activities",
  "forced-tasks-or-clients",
  "withholding-of-wages",
]);

const f = (element: ElementId, strength: Strength): ElementFeed => ({ element, strength });

/**
 * The supplementary forms (UNODC indicators; CBSS/HEUNI 2016; Directive 2011/36/EU as amended)
 * as evidence: every form is exploitation (purpose). Taking the proceeds or the person's name is
 * strong; control and threats also feed the means. Ariadne's weights, documented in
 * docs/screening-format.md.
 */
export const supplementaryFeeds: Readonly<Record<string, readonly ElementFeed[]>> = {
  "begging-hands-over-takings": [f("purpose", "strong")],
  "begging-quota": [f("purpose", "medium"), f("means", "medium")],
  "begging-transported-watched": [f("purpose", "medium"), f("means", "medium")],
  "begging-child-disabled-elderly": [f("purpose", "medium")],
  "crime-for-others": [f("purpose", "strong")],
  "crime-quota-punishment": [f("purpose", "medium"), f("means", "medium")],
  "crime-debt-or-confinement": [f("purpose", "medium"), f("means", "strong")],
  "crime-fear-of-punishment": [f("means", "medium")],
  "marriage-against-will": [f("purpose", "strong")],
  "marriage-for-payment": [f("purpose", "medium"), f("act", "medium")],
  "marriage-control": [f("means", "medium")],
  "marriage-forced-labour-or-sex": [f("purpose", "strong")],
  "marriage-honour-threats": [f("means", "strong")],
  "benefit-account-controlled": [f("purpose", "strong"), f("means", "medium")],
  "benefit-registered-address": [f("purpose", "medium")],
  "benefit-accompanied": [f("purpose", "weak"), f("means", "medium")],
  "benefit-loans-in-name": [f("purpose", "strong")],
  "domestic-lives-with-employer": [f("act", "medium"), f("purpose", "weak")],
  "domestic-never-alone-outside": [f("means", "strong")],
  "domestic-on-call": [f("purpose", "strong")],
  "domestic-degrading-treatment": [f("purpose", "medium"), f("means", "medium")],
};

/** Ariadne items that are the same fact as an ILO/EC item and so count once with it. */
const sameFactAs: Readonly<Record<string, string>> = {
  "threat-sent-home-or-reported": "coercion_at_destination:threat-of-denunciation",
};

const cache = new WeakMap<CatalogueIndex, Map<string, Evidence>>();

type Unslotted = Omit<Evidence, "slot">;

function evidenceOfIndicator(ind: Indicator, index: CatalogueIndex): Unslotted {
  if (ind.kind === "ilo") {
    const key = `${ind.dimension}:${ind.concept}`;
    const s = ind.strength;
    if (recruitmentDimensions.has(ind.dimension)) {
      const coercion = strongCoercionConcepts.has(ind.concept);
      return {
        key,
        phase: "recruitment",
        feeds: [f("act", s), f("means", coercion ? "strong" : s)],
        coercion,
      };
    }
    if (ind.dimension === "exploitative_conditions")
      return { key, phase: "destination", feeds: [f("purpose", s)], coercion: false };
    if (ind.dimension === "coercion_at_destination") {
      const coercion = strongCoercionConcepts.has(ind.concept);
      const feeds = [f("means", coercion ? "strong" : s)];
      if (coercionThatIsExploitation.has(ind.concept)) feeds.push(f("purpose", s));
      return { key, phase: "destination", feeds, coercion };
    }
    return { key, phase: "destination", feeds: [f("means", s)], coercion: false };
  }
  const strongMeans = (feeds: readonly ElementFeed[]) =>
    feeds.some((x) => x.element === "means" && x.strength === "strong");
  if (ind.kind === "supplementary") {
    const feeds = supplementaryFeeds[ind.concept] ?? [];
    return { key: `${ind.form}:${ind.concept}`, phase: "destination", feeds, coercion: strongMeans(feeds) };
  }
  if (ind.partOf) {
    // A part feeds as the ILO/EC indicator it is part of, and counts once with it.
    const { dimension, concept } = ind.partOf;
    const whole = Object.values(index.byProfile)
      .flatMap((dims) => dims[dimension])
      .find((x) => x.concept === concept);
    if (whole) return { ...evidenceOfIndicator(whole, index), phase: ind.phase };
  }
  return {
    key: sameFactAs[ind.concept] ?? `ariadne:${ind.concept}`,
    phase: ind.phase,
    feeds: ind.feeds,
    coercion: strongMeans(ind.feeds),
  };
}

/** Evidence of every indicator of a catalogue, by id (built once per catalogue). */
export function evidenceIndex(index: CatalogueIndex): Map<string, Evidence> {
  const cached = cache.get(index);
  if (cached) return cached;
  const out = new Map<string, Evidence>();
  const slots = new Map<string, number>();
  for (const [id, ind] of index.byId) {
    const ev = evidenceOfIndicator(ind, index);
    let slot = slots.get(ev.key);
    if (slot === undefined) {
      slot = slots.size;
      slots.set(ev.key, slot);
    }
    out.set(id, { ...ev, slot });
  }
  cache.set(index, out);
  slotCounts.set(index, slots.size);
  return out;
}

const slotCounts = new WeakMap<CatalogueIndex, number>();

/** How many distinct facts (evidence keys) a catalogue has. */
export function evidenceSlots(index: CatalogueIndex): number {
  evidenceIndex(index);
  return slotCounts.get(index) ?? 0;
}

/** The question a frontline worker is asked for an indicator: shared by the lists that hold it. */
export function questionKeyOf(ind: Indicator): string {
  if (ind.kind === "ilo") return `${ind.dimension}:${ind.concept}`;
  if (ind.kind === "supplementary") return `${ind.form}:${ind.concept}`;
  return `ariadne:${ind.concept}`;
}
