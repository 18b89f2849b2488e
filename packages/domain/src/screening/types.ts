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

export type Indicator = IloIndicator | SupplementaryIndicator;

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

export interface ScreeningInputData {
  profiles: ProfileId[];
  observations: Observation[];
  /** Evaluate as of this date (YYYY-MM-DD); defaults to the latest observation date. */
  asOf?: string;
  barriers?: BarrierId[];
}
