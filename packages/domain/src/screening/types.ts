/** Shared types of the screening module: catalogue, input and result. */

export const languages = ["en", "fi", "sv"] as const;
export type Lang = (typeof languages)[number];

/** The four lists of the ILO/EC operational indicators (2009). */
export const profileIds = ["adult_labour", "adult_sexual", "child_labour", "child_sexual"] as const;
export type ProfileId = (typeof profileIds)[number];

/** The six elements of the Palermo Protocol definition, as the ILO/EC lists sort them. */
export const dimensionIds = [
  "deceptive_recruitment",
  "coercive_recruitment",
  "recruitment_abuse_of_vulnerability",
  "exploitative_conditions",
  "coercion_at_destination",
  "abuse_of_vulnerability_at_destination",
] as const;
export type DimensionId = (typeof dimensionIds)[number];

export const strengths = ["strong", "medium", "weak"] as const;
export type Strength = (typeof strengths)[number];

/** Forms the ILO lists do not cover on their own (CBSS/HEUNI guidelines 2016, chapter "Indicators"). */
export const supplementaryFormIds = [
  "forced_begging",
  "forced_criminality",
  "forced_marriage",
  "benefit_fraud",
  "domestic_servitude",
] as const;
export type SupplementaryFormId = (typeof supplementaryFormIds)[number];

/** Why persons seldom self-identify (CBSS/HEUNI guidelines 2016). */
export const barrierIds = [
  "unwilling_to_be_labelled",
  "unaware_of_rights",
  "unaware_of_assistance",
  "guilt",
  "shame",
  "fear_of_retribution",
  "fear_of_authorities",
  "dependence_on_abuser",
  "better_than_before",
] as const;
export type BarrierId = (typeof barrierIds)[number];

export type Localised<T> = Record<Lang, T>;

/** The texts a professional needs for one indicator, in one language. */
export interface IndicatorText {
  /** Plain-language wording. */
  wording: string;
  /** What to look for. */
  lookFor: string;
  /** How to ask about it sensitively. */
  ask: string;
}

export interface Source {
  id: string;
  citation: string;
  url?: string;
  /** How far the data was checked against this source (see docs/screening-format.md). */
  note?: string;
}

export interface IloIndicator {
  kind: "ilo";
  id: string;
  profile: ProfileId;
  dimension: DimensionId;
  strength: Strength;
  /** The same concept in other profiles shares this key (and its texts). */
  concept: string;
  /** The brochure's own label, in English, as in the list. */
  label: string;
  text: Localised<IndicatorText>;
  source: string;
}

export interface SupplementaryIndicator {
  kind: "supplementary";
  id: string;
  form: SupplementaryFormId;
  concept: string;
  text: Localised<IndicatorText>;
  source: string;
}

/**
 * The elements of the Palermo Protocol definition (art. 3(a)) that Ariadne's assistance signal
 * is built on: an act (recruitment, transport, transfer, harbouring or receipt), a means
 * (coercion, deception, abuse of vulnerability) and a purpose (exploitation, any form).
 */
export const elementIds = ["act", "means", "purpose"] as const;
export type ElementId = (typeof elementIds)[number];

/** When a fact happened: during recruitment or travel, or at the destination (work or housing). */
export type Phase = "recruitment" | "destination";

/** What one observation contributes to an element of the assistance signal, with Ariadne's weight. */
export interface ElementFeed {
  element: ElementId;
  strength: Strength;
}

/**
 * An indicator added by Ariadne (catalogue-v2 onwards), not part of the ILO/EC lists: for facts
 * real cases could not record, or one part of a combined ILO/EC indicator.
 */
export interface AriadneIndicator {
  kind: "ariadne";
  id: string;
  concept: string;
  phase: Phase;
  /** The elements it feeds for the assistance signal (empty for a part: it feeds through `partOf`). */
  feeds: readonly ElementFeed[];
  /** The ILO/EC indicator (by dimension and concept) of which this is one part: any part present makes it present, all parts absent make it absent. */
  partOf?: { dimension: DimensionId; concept: string };
  /** ILO indicators of forced labour (2012) it evidences, e.g. `ilo11.09` (Ariadne's reading). */
  forcedLabour: readonly string[];
  text: Localised<IndicatorText>;
  /** How to record it (e.g. a debt is recorded once, where it binds the person). */
  guidance?: Localised<string>;
  source: string;
}

export type Indicator = IloIndicator | SupplementaryIndicator | AriadneIndicator;

export interface ForcedLabourIndicator {
  /** e.g. `ilo11.01` */
  id: string;
  number: number;
  label: Localised<string>;
  /** Catalogue indicator ids that evidence this forced-labour indicator. */
  indicators: string[];
}

export interface Barrier {
  id: BarrierId;
  label: Localised<string>;
  approach: Localised<string>;
}

/**
 * How far a profile's list was checked: counts against a published summary, taken from a
 * secondary reproduction, or reconstructed without access to the list (see sources.ts).
 */
export type SourceStatus = "checked_counts" | "secondary_source" | "reconstructed";

export interface Catalogue {
  version: string;
  profiles: Record<ProfileId, { isChild: boolean; sourceStatus: SourceStatus }>;
  indicators: Indicator[];
  forcedLabour: ForcedLabourIndicator[];
  barriers: Barrier[];
  forms: Record<SupplementaryFormId, { label: Localised<string>; source: string }>;
  sources: Record<string, Source>;
  /**
   * The short first-contact question set (catalogue-v2 onwards): question keys, `dimension:concept`
   * for the ILO/EC lists, `ariadne:concept` or `form:concept` otherwise, in the order to ask.
   */
  firstContact?: readonly string[];
}

export type ObservationStatus = "present" | "absent" | "unknown";

export interface Observation {
  indicator: string;
  status: ObservationStatus;
  /** Calendar date YYYY-MM-DD. */
  observedAt: string;
  source?: string;
  note?: string;
}

export const catalogueVersions = ["catalogue-v1", "catalogue-v2"] as const;
export type CatalogueVersion = (typeof catalogueVersions)[number];

/** `first_contact`: the short question set first, then the full catalogue; `full`: all at once. */
export type ScreeningMode = "first_contact" | "full";

export interface ScreeningInputData {
  /** The catalogue the indicator ids belong to; catalogue-v1 when left out. */
  catalogueVersion?: CatalogueVersion;
  mode?: ScreeningMode;
  profiles: ProfileId[];
  observations: Observation[];
  /** Evaluate as of this date (YYYY-MM-DD); defaults to the latest observation date. */
  asOf?: string;
  barriers?: BarrierId[];
}
