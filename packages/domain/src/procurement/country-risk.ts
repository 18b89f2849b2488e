import type { RiskLevel, RiskSourceId } from "./risk-sources.ts";

export interface CountryRisk {
  /** ISO 3166-1 alpha-2. */
  country: string;
  level: RiskLevel;
  sources: readonly RiskSourceId[];
  /** What in the sources the level rests on. */
  basis: string;
  judgement: boolean;
}

export const countryRiskVersion = "country-risk-2026-12";

/**
 * Risk of forced labour in production or service in a country. A country not listed is treated as
 * medium ("not assessed"): the absence of data is not evidence of low risk. Levels are Ariadne's
 * reading of the named sources (`judgement: true` throughout, since none of them grades countries
 * on this four-level scale); check them against the newest editions before relying on them.
 */
export const countryRisks: readonly CountryRisk[] = [
  {
    country: "FI",
    level: "low",
    sources: ["heuni_2011"],
    basis: "Cases exist in named sectors; the sector rule covers them.",
    judgement: true,
  },
  {
    country: "SE",
    level: "low",
    sources: ["fra_2015"],
    basis: "Strong labour inspection; sector risk governs.",
    judgement: true,
  },
  {
    country: "NO",
    level: "low",
    sources: ["fra_2015"],
    basis: "Strong labour inspection; sector risk governs.",
    judgement: true,
  },
  {
    country: "DK",
    level: "low",
    sources: ["fra_2015"],
    basis: "Strong labour inspection; sector risk governs.",
    judgement: true,
  },
  { country: "IS", level: "low", sources: ["ariadne"], basis: "Sector risk governs.", judgement: true },
  { country: "EE", level: "low", sources: ["heuni_2011"], basis: "Sector risk governs.", judgement: true },
  { country: "LV", level: "low", sources: ["ariadne"], basis: "Sector risk governs.", judgement: true },
  { country: "LT", level: "low", sources: ["ariadne"], basis: "Sector risk governs.", judgement: true },
  {
    country: "DE",
    level: "low",
    sources: ["fra_2015"],
    basis: "Sector risk governs (meat processing, logistics and care are named there).",
    judgement: true,
  },
  { country: "NL", level: "low", sources: ["fra_2015"], basis: "Sector risk governs.", judgement: true },
  { country: "FR", level: "low", sources: ["fra_2015"], basis: "Sector risk governs.", judgement: true },
  {
    country: "PL",
    level: "low",
    sources: ["heuni_2011"],
    basis: "Sector risk governs; Poland is also a country of origin of exploited workers.",
    judgement: true,
  },
  {
    country: "IT",
    level: "medium",
    sources: ["fra_2015"],
    basis: "Agricultural gangmastering (caporalato) is documented.",
    judgement: true,
  },
  {
    country: "ES",
    level: "medium",
    sources: ["fra_2015"],
    basis: "Exploitation of seasonal agricultural workers is documented.",
    judgement: true,
  },
  {
    country: "RO",
    level: "medium",
    sources: ["fra_2015"],
    basis: "A main EU country of origin of exploited workers.",
    judgement: true,
  },
  {
    country: "BG",
    level: "medium",
    sources: ["fra_2015"],
    basis: "A main EU country of origin of exploited workers.",
    judgement: true,
  },
  {
    country: "UA",
    level: "medium",
    sources: ["ariadne"],
    basis: "War displacement raises vulnerability of workers.",
    judgement: true,
  },
  {
    country: "UZ",
    level: "medium",
    sources: ["ilab_2024"],
    basis: "Systemic forced labour in the cotton harvest reported ended (2021); monitoring continues.",
    judgement: true,
  },
  {
    country: "BR",
    level: "medium",
    sources: ["ilab_2024"],
    basis: "Forced labour listed in cattle, charcoal and other goods.",
    judgement: true,
  },
  {
    country: "MX",
    level: "medium",
    sources: ["ilab_2024"],
    basis: "Forced and child labour listed in agricultural goods.",
    judgement: true,
  },
  {
    country: "NP",
    level: "medium",
    sources: ["ilo_gems_2022"],
    basis: "A country of origin of migrant workers charged recruitment fees.",
    judgement: true,
  },
  {
    country: "LK",
    level: "medium",
    sources: ["ilab_2024"],
    basis: "Listed goods; a country of origin of migrant workers.",
    judgement: true,
  },
  {
    country: "PH",
    level: "medium",
    sources: ["ilab_2024"],
    basis: "Listed goods; a country of origin of migrant workers.",
    judgement: true,
  },
  {
    country: "QA",
    level: "high",
    sources: ["ilo_gems_2022"],
    basis: "Migrant workers under sponsorship (kafala) rules, partly reformed.",
    judgement: true,
  },
  {
    country: "MY",
    level: "high",
    sources: ["ilab_2024"],
    basis: "Forced labour listed in rubber gloves, electronics, garments and palm oil.",
    judgement: true,
  },
  {
    country: "TH",
    level: "high",
    sources: ["ilab_2024"],
    basis: "Forced labour listed in fish and seafood and garments.",
    judgement: true,
  },
  {
    country: "BD",
    level: "high",
    sources: ["ilab_2024"],
    basis: "Forced or child labour listed in garments, fish and bricks.",
    judgement: true,
  },
  {
    country: "IN",
    level: "high",
    sources: ["ilab_2024"],
    basis: "Forced labour listed in bricks, garments, cotton and other goods.",
    judgement: true,
  },
  {
    country: "PK",
    level: "high",
    sources: ["ilab_2024"],
    basis: "Forced labour listed in bricks, carpets and other goods.",
    judgement: true,
  },
  {
    country: "VN",
    level: "high",
    sources: ["ilab_2024"],
    basis: "Forced or child labour listed in garments and bricks.",
    judgement: true,
  },
  {
    country: "KH",
    level: "high",
    sources: ["ilab_2024"],
    basis: "Forced or child labour listed in bricks and garments.",
    judgement: true,
  },
  {
    country: "ID",
    level: "high",
    sources: ["ilab_2024"],
    basis: "Forced or child labour listed in palm oil and fish.",
    judgement: true,
  },
  {
    country: "MM",
    level: "high",
    sources: ["ilab_2024"],
    basis: "Forced labour listed in several goods.",
    judgement: true,
  },
  {
    country: "CD",
    level: "high",
    sources: ["ilab_2024"],
    basis: "Forced or child labour listed in cobalt and other minerals.",
    judgement: true,
  },
  {
    country: "CN",
    level: "high",
    sources: ["ilab_2024", "eu_flr_2024"],
    basis:
      "State-imposed forced labour listed in cotton, polysilicon, garments, electronics and other goods.",
    judgement: true,
  },
  {
    country: "TR",
    level: "high",
    sources: ["gsi_2023"],
    basis: "Among the ten highest prevalence estimates.",
    judgement: true,
  },
  {
    country: "RU",
    level: "high",
    sources: ["gsi_2023"],
    basis: "Among the ten highest prevalence estimates.",
    judgement: true,
  },
  {
    country: "TJ",
    level: "high",
    sources: ["gsi_2023"],
    basis: "Among the ten highest prevalence estimates.",
    judgement: true,
  },
  {
    country: "AF",
    level: "high",
    sources: ["gsi_2023"],
    basis: "Among the ten highest prevalence estimates.",
    judgement: true,
  },
  {
    country: "KW",
    level: "high",
    sources: ["gsi_2023"],
    basis: "Among the ten highest prevalence estimates.",
    judgement: true,
  },
  {
    country: "AE",
    level: "high",
    sources: ["gsi_2023"],
    basis: "Among the ten highest prevalence estimates.",
    judgement: true,
  },
  {
    country: "SA",
    level: "very_high",
    sources: ["gsi_2023"],
    basis: "Among the ten highest prevalence estimates.",
    judgement: true,
  },
  {
    country: "MR",
    level: "very_high",
    sources: ["gsi_2023"],
    basis: "Among the ten highest prevalence estimates; descent-based slavery.",
    judgement: true,
  },
  {
    country: "TM",
    level: "very_high",
    sources: ["ilab_2024", "eu_flr_2024"],
    basis: "State-imposed forced labour listed in the cotton harvest.",
    judgement: true,
  },
  {
    country: "ER",
    level: "very_high",
    sources: ["gsi_2023"],
    basis: "Among the highest prevalence estimates; indefinite national service.",
    judgement: true,
  },
  {
    country: "KP",
    level: "very_high",
    sources: ["gsi_2023", "eu_flr_2024"],
    basis: "Highest prevalence estimate; state-imposed forced labour.",
    judgement: true,
  },
];

const byCountry = new Map(countryRisks.map((c) => [c.country, c]));

/** The listed entry for a country, or null when it is not assessed (treated as medium). */
export function countryRiskOf(country: string): CountryRisk | null {
  return byCountry.get(country.toUpperCase()) ?? null;
}
