import type { RiskLevel, RiskSourceId } from "./risk-sources.ts";

export interface SectorRisk {
  /** A CPV 2008 division (two digits) or group (three); a group's entry overrides its division's. */
  cpv: string;
  level: RiskLevel;
  sources: readonly RiskSourceId[];
  /** True where the level is Ariadne's reading of the sources rather than stated by them. */
  judgement: boolean;
}

/** Version of the sector list; published lists are never edited in place (conventions.md). */
export const sectorRiskVersion = "sector-risk-2026-12";

/**
 * Labour-exploitation risk of the work a contract buys, by CPV division or group. Divisions not
 * listed are low: office and professional work done by salaried staff in the buying country.
 */
export const sectorRisks: readonly SectorRisk[] = [
  // Cleaning, catering, construction and care are the municipal purchases the guidelines name.
  { cpv: "909", level: "high", sources: ["heuni_2011", "fra_2015"], judgement: false },
  { cpv: "906", level: "high", sources: ["heuni_2011", "fra_2015"], judgement: true },
  { cpv: "905", level: "medium", sources: ["ilo_gems_2022"], judgement: true },
  { cpv: "45", level: "high", sources: ["heuni_2011", "fra_2015", "ilo_gems_2022"], judgement: false },
  { cpv: "553", level: "high", sources: ["heuni_2011", "fra_2015"], judgement: false },
  { cpv: "555", level: "high", sources: ["heuni_2011", "fra_2015"], judgement: false },
  { cpv: "551", level: "high", sources: ["fra_2015"], judgement: false },
  { cpv: "15", level: "high", sources: ["fra_2015", "ilab_2024"], judgement: false },
  { cpv: "152", level: "very_high", sources: ["ilab_2024"], judgement: true },
  { cpv: "03", level: "high", sources: ["heuni_2011", "fra_2015", "ilo_gems_2022"], judgement: false },
  { cpv: "77", level: "high", sources: ["heuni_2011", "fra_2015"], judgement: false },
  { cpv: "18", level: "very_high", sources: ["ilab_2024", "ilo_gems_2022"], judgement: true },
  { cpv: "19", level: "high", sources: ["ilab_2024"], judgement: true },
  { cpv: "395", level: "high", sources: ["ilab_2024"], judgement: true },
  { cpv: "331", level: "high", sources: ["ilab_2024"], judgement: true },
  { cpv: "30", level: "high", sources: ["ilab_2024"], judgement: true },
  { cpv: "32", level: "high", sources: ["ilab_2024"], judgement: true },
  { cpv: "31", level: "medium", sources: ["ilab_2024"], judgement: true },
  { cpv: "60", level: "high", sources: ["fra_2015", "heuni_2011"], judgement: true },
  { cpv: "641", level: "medium", sources: ["ariadne"], judgement: true },
  { cpv: "631", level: "medium", sources: ["fra_2015"], judgement: true },
  { cpv: "85", level: "medium", sources: ["ilo_gems_2022"], judgement: true },
  { cpv: "853", level: "high", sources: ["ilo_gems_2022", "fra_2015"], judgement: true },
  { cpv: "985", level: "very_high", sources: ["ilo_gems_2022", "fra_2015", "heuni_2011"], judgement: false },
  { cpv: "797", level: "high", sources: ["ariadne"], judgement: true },
  { cpv: "796", level: "high", sources: ["fra_2015"], judgement: true },
  { cpv: "14", level: "high", sources: ["ilab_2024"], judgement: true },
  { cpv: "44", level: "medium", sources: ["ilab_2024"], judgement: true },
  { cpv: "39", level: "medium", sources: ["ilab_2024"], judgement: true },
  { cpv: "398", level: "medium", sources: ["ariadne"], judgement: true },
  { cpv: "50", level: "medium", sources: ["ariadne"], judgement: true },
  { cpv: "501", level: "high", sources: ["heuni_2011"], judgement: true },
  { cpv: "37", level: "medium", sources: ["ilab_2024"], judgement: true },
];

const byCode = new Map(sectorRisks.map((s) => [s.cpv, s]));

/** The entry that decides a CPV group's sector risk: the group's own, else its division's; null means low. */
export function sectorRiskOf(group: string): SectorRisk | null {
  return byCode.get(group) ?? byCode.get(group.slice(0, 2)) ?? null;
}
