import { z } from "zod";
import { type ContractFacts, type LabourFactor, subcontractingDepth } from "./contract.ts";
import { countryRiskOf, countryRiskVersion } from "./country-risk.ts";
import { cpvGroupOf, cpvSource } from "./cpv-2008.ts";
import {
  type FindingSeverity,
  findingSeverities,
  type RiskLevel,
  type RiskSourceId,
  riskLevels,
  riskRank,
} from "./risk-sources.ts";
import { sectorRiskOf, sectorRiskVersion } from "./sector-risk.ts";

const points = z.int().min(0).max(10);
const Points = z.strictObject({ low: points, medium: points, high: points, very_high: points });

/**
 * The risk screen's rules as data: points per rule, summed, and the sum's thresholds for each level.
 * A coordinator publishes a new version; a version is never changed once a screen has used it.
 */
export const RiskRules = z
  .strictObject({
    sector: z.strictObject({ points: Points }),
    country: z.strictObject({ points: Points, unlisted: z.enum(riskLevels) }),
    subcontracting: z.strictObject({
      mediumFromDepth: z.int().min(1).max(10),
      highFromDepth: z.int().min(1).max(10),
    }),
    labourProfile: z.strictObject({
      mediumFromFactors: z.int().min(1).max(6),
      highFromFactors: z.int().min(1).max(6),
    }),
    pastFindings: z.strictObject({
      points: z.strictObject({ minor: points, major: points, critical: points }),
      possibleTraffickingLevel: z.enum(riskLevels),
    }),
    thresholds: z.strictObject({
      medium: z.int().min(1).max(60),
      high: z.int().min(1).max(60),
      very_high: z.int().min(1).max(60),
    }),
  })
  .refine((r) => r.thresholds.medium < r.thresholds.high && r.thresholds.high < r.thresholds.very_high, {
    message: "thresholds must rise: medium < high < very high",
    path: ["thresholds"],
  })
  .refine((r) => r.subcontracting.mediumFromDepth <= r.subcontracting.highFromDepth, {
    message: "the high depth cannot be below the medium one",
    path: ["subcontracting"],
  })
  .refine((r) => r.labourProfile.mediumFromFactors <= r.labourProfile.highFromFactors, {
    message: "the high factor count cannot be below the medium one",
    path: ["labourProfile"],
  })
  .meta({ examples: [builtInRules()] });
export type RiskRules = z.infer<typeof RiskRules>;

export interface RuleSet {
  /** 1 is Ariadne's built-in set; a municipality's own versions follow from 2. */
  version: number;
  rules: RiskRules;
}

/**
 * Ariadne's rules, version 1. Weights and thresholds are Ariadne's judgement: a high-risk sector with
 * one more factor (a subcontracting chain or a risky labour profile) is high; a high sector, a
 * risky country and a deep chain together are very high.
 */
export const builtInRuleSet: RuleSet = { version: 1, rules: builtInRules() };

function builtInRules() {
  return {
    sector: { points: { low: 0, medium: 1, high: 2, very_high: 3 } },
    country: { points: { low: 0, medium: 1, high: 2, very_high: 3 }, unlisted: "medium" as const },
    subcontracting: { mediumFromDepth: 2, highFromDepth: 3 },
    labourProfile: { mediumFromFactors: 1, highFromFactors: 3 },
    pastFindings: {
      points: { minor: 1, major: 2, critical: 3 },
      possibleTraffickingLevel: "very_high" as const,
    },
    thresholds: { medium: 2, high: 4, very_high: 6 },
  };
}

/** Each rule with the sources it rests on; the sector and country rules also cite their list entry's. */
export const ruleSources: Record<RiskRuleId, readonly RiskSourceId[]> = {
  sector: ["fra_2015", "heuni_2011", "ilo_gems_2022"],
  country: ["gsi_2023", "ilab_2024"],
  subcontracting: ["fra_2015", "heuni_2011"],
  labour_profile: ["ilo_gems_2022", "fra_2015"],
  past_findings: [],
};

export const riskRuleIds = [
  "sector",
  "country",
  "subcontracting",
  "labour_profile",
  "past_findings",
] as const;
export type RiskRuleId = (typeof riskRuleIds)[number];

/** A finding recorded earlier against one of the contract's suppliers (this contract or another). */
export interface PastFinding {
  severity: FindingSeverity;
  possibleTrafficking: boolean;
}

export interface RiskReason {
  rule: RiskRuleId;
  points: number;
  /** The facts the rule read, for the reader ("cleaning is high", "depth 2"…). */
  facts: Record<string, string | number | boolean | string[]>;
  sources: readonly RiskSourceId[];
}

export interface RiskScreen {
  level: RiskLevel;
  score: number;
  /** Every rule that added points, in rule order: the reasons for the level. */
  reasons: RiskReason[];
  ruleSetVersion: number;
  lists: { cpv: string; sector: string; country: string };
}

const levelOfScore = (score: number, t: RiskRules["thresholds"]): RiskLevel =>
  score >= t.very_high ? "very_high" : score >= t.high ? "high" : score >= t.medium ? "medium" : "low";

const stepPoints = (n: number, medium: number, high: number) => (n >= high ? 2 : n >= medium ? 1 : 0);

/**
 * The contract's labour-exploitation risk from its facts: sector (CPV group), countries of
 * production or service, subcontracting depth, labour profile and past findings against its
 * suppliers, each rule adding points by `ruleSet`; the sum gives the level. A past finding of
 * possible trafficking sets the level to at least the rules' floor for it. Issue 16; the guidelines'
 * chapter on prevention asks for ethical criteria in public procurement (CBSS 2016).
 */
export function screenContract(
  facts: ContractFacts,
  pastFindings: readonly PastFinding[],
  ruleSet: RuleSet,
): RiskScreen {
  const r = ruleSet.rules;
  const reasons: RiskReason[] = [];
  const add = (reason: RiskReason) => {
    if (reason.points > 0) reasons.push(reason);
  };

  const group = cpvGroupOf(facts.cpvCode);
  const sector = group ? sectorRiskOf(group) : null;
  const sectorLevel: RiskLevel = sector?.level ?? "low";
  add({
    rule: "sector",
    points: r.sector.points[sectorLevel],
    facts: { cpvGroup: group ?? facts.cpvCode, level: sectorLevel, judgement: sector?.judgement ?? true },
    sources: sector ? sector.sources : ruleSources.sector,
  });

  const countries = [
    ...new Set([...facts.countries, ...facts.suppliers.flatMap((s) => (s.country ? [s.country] : []))]),
  ];
  if (countries.length) {
    const graded = countries.map((c) => ({ c, entry: countryRiskOf(c) }));
    const levelOf = (g: (typeof graded)[number]) => g.entry?.level ?? r.country.unlisted;
    const worst = graded.reduce((a, b) => (riskRank(levelOf(b)) > riskRank(levelOf(a)) ? b : a));
    add({
      rule: "country",
      points: r.country.points[levelOf(worst)],
      facts: {
        country: worst.c,
        level: levelOf(worst),
        listed: worst.entry !== null,
        countries: graded.filter((g) => levelOf(g) === levelOf(worst)).map((g) => g.c),
      },
      sources: worst.entry ? worst.entry.sources : ruleSources.country,
    });
  }

  const depth = subcontractingDepth(facts);
  add({
    rule: "subcontracting",
    points: stepPoints(depth, r.subcontracting.mediumFromDepth, r.subcontracting.highFromDepth),
    facts: { depth },
    sources: ruleSources.subcontracting,
  });

  const factors: LabourFactor[] = [...new Set(facts.labourProfile)];
  add({
    rule: "labour_profile",
    points: stepPoints(factors.length, r.labourProfile.mediumFromFactors, r.labourProfile.highFromFactors),
    facts: { factors },
    sources: ruleSources.labour_profile,
  });

  let floor: RiskLevel = "low";
  if (pastFindings.length) {
    const worstSeverity = findingSeverities.reduce<FindingSeverity>(
      (w, s) => (pastFindings.some((f) => f.severity === s) ? s : w),
      "minor",
    );
    const trafficking = pastFindings.some((f) => f.possibleTrafficking);
    if (trafficking) floor = r.pastFindings.possibleTraffickingLevel;
    add({
      rule: "past_findings",
      points: Math.max(r.pastFindings.points[worstSeverity], trafficking ? 1 : 0),
      facts: { findings: pastFindings.length, worst: worstSeverity, possibleTrafficking: trafficking },
      sources: ruleSources.past_findings,
    });
  }

  const score = reasons.reduce((s, x) => s + x.points, 0);
  const scored = levelOfScore(score, r.thresholds);
  const level = riskRank(floor) > riskRank(scored) ? floor : scored;
  return {
    level,
    score,
    reasons,
    ruleSetVersion: ruleSet.version,
    lists: { cpv: cpvSource.version, sector: sectorRiskVersion, country: countryRiskVersion },
  };
}
