import type { RiskLevel } from "./risk-sources.ts";
import { riskRank } from "./risk-sources.ts";
import { procurementLocalised } from "./texts.ts";

/** Where a clause goes in the tender (Directive 2014/24/EU: selection art. 58, award art. 67, performance art. 70). */
export const clauseStages = ["selection", "award", "performance"] as const;
export type ClauseStage = (typeof clauseStages)[number];

export type Localised = { en: string; fi: string; sv: string };

export interface Clause {
  id: string;
  stages: readonly ClauseStage[];
  /** Recommended from this risk level up. */
  fromLevel: RiskLevel;
  /** ILO conventions and EU law the clause refers to. */
  references: readonly string[];
  title: Localised;
  purpose: Localised;
  wording: Localised;
}

export const clauseLibraryVersion = "clauses-2026-12";

/**
 * Ethical criteria and social contract clauses for public procurement (issue 16, item 3). The
 * wording is Ariadne's model text, written for municipalities to adapt; it follows the ILO core
 * conventions (C29 and P29, C105, C87, C98, C100, C111, C138, C182, C155, C187) and Directive
 * 2014/24/EU art. 18(2), 57, 67, 70 and 71. It is not legal advice: the municipality's lawyer
 * checks it against the national procurement act.
 */
const clauseData: readonly Omit<Clause, "title" | "purpose" | "wording">[] = [
  {
    id: "labour_rights",
    stages: ["performance"],
    fromLevel: "low",
    references: [
      "ILO C29/P29",
      "C105",
      "C87",
      "C98",
      "C100",
      "C111",
      "C138",
      "C182",
      "C155",
      "C187",
      "Directive 2014/24/EU art. 18(2)",
    ],
  },
  {
    id: "wages_and_hours",
    stages: ["performance"],
    fromLevel: "low",
    references: [
      "Directive 2014/24/EU art. 18(2)",
      "Directive 96/71/EC (posting of workers)",
      "ILO C1",
      "C131",
    ],
  },
  {
    id: "no_recruitment_fees",
    stages: ["performance"],
    fromLevel: "medium",
    references: [
      "ILO C181 art. 7",
      "ILO General principles and operational guidelines for fair recruitment (2019)",
    ],
  },
  {
    id: "no_document_retention",
    stages: ["performance"],
    fromLevel: "medium",
    references: ["ILO indicators of forced labour (2012): retention of identity documents", "ILO P29"],
  },
  {
    id: "subcontracting_transparency",
    stages: ["selection", "performance"],
    fromLevel: "medium",
    references: ["Directive 2014/24/EU art. 71"],
  },
  {
    id: "audit_and_interviews",
    stages: ["performance"],
    fromLevel: "high",
    references: ["Directive 2014/24/EU art. 70"],
  },
  {
    id: "grievance_channel",
    stages: ["award", "performance"],
    fromLevel: "high",
    references: ["UN Guiding Principles on Business and Human Rights, principle 31"],
  },
  {
    id: "remedy_and_termination",
    stages: ["performance"],
    fromLevel: "medium",
    references: ["Directive 2014/24/EU art. 57(4)", "UN Guiding Principles, principle 22"],
  },
];

/** Each clause with its title, purpose and wording (in `locales/<lang>/procurement.json`, by id). */
export const clauseLibrary: readonly Clause[] = clauseData.map((c) => ({
  ...c,
  title: procurementLocalised(["clauses", c.id, "title"]),
  purpose: procurementLocalised(["clauses", c.id, "purpose"]),
  wording: procurementLocalised(["clauses", c.id, "wording"]),
}));

/** The clause library's entry by id. */
export function clauseById(id: string): Clause | null {
  return clauseLibrary.find((c) => c.id === id) ?? null;
}

/** The clauses recommended for a contract screened at `level`: each whose threshold the level reaches. */
export function recommendClauses(level: RiskLevel): Clause[] {
  return clauseLibrary.filter((c) => riskRank(level) >= riskRank(c.fromLevel));
}
