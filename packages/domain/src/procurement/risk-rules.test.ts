import { describe, expect, it } from "vitest";
import { ContractFacts } from "./contract.ts";
import { countryRisks } from "./country-risk.ts";
import { cpvDivisions, cpvGroupOf, cpvGroups, cpvGroupTitle, cpvSource } from "./cpv-2008.ts";
import { builtInRuleSet, RiskRules, type RuleSet, screenContract } from "./risk-rules.ts";
import { riskSources } from "./risk-sources.ts";
import { sectorRisks } from "./sector-risk.ts";
import { aContract, aSupplier } from "./testing.ts";

const rules = builtInRuleSet;
const cleaning = (o: Partial<ContractFacts> = {}) =>
  aContract({ title: "Cleaning of schools", cpvCode: "90911200", ...o });

describe("CPV 2008 data", () => {
  it("names its source and version and holds the 45 divisions' groups", () => {
    expect(cpvSource.version).toContain("CPV 2008");
    expect(cpvGroups.length).toBeGreaterThan(250);
    expect(cpvGroupOf("90911200-8")).toBe("909");
    expect(cpvGroupOf("909")).toBe("909");
  });

  it("matches the official list where it was checked: groups 149 and 229 exist, 141 does not, titles as published", () => {
    expect(cpvGroupOf("14910000-3")).toBe("149");
    expect(cpvGroupOf("22900000-9")).toBe("229");
    expect(cpvGroupOf("14100000")).toBeNull();
    expect(cpvGroupTitle("167")).toBe("Tractors");
    expect(cpvGroupTitle("301")).toBe(
      "Office machinery, equipment and supplies except computers, printers and furniture",
    );
    expect(cpvDivisions).toHaveLength(45);
    expect(cpvSource.checkedAgainst).toContain("AndriiLab/promasy");
  });

  it("knows no group 999 and refuses malformed codes", () => {
    expect(cpvGroupOf("99900000")).toBeNull();
    expect(cpvGroupOf("9091")).toBeNull();
    expect(ContractFacts.safeParse(aContract({ cpvCode: "99900000" })).success).toBe(false);
  });

  it("cites a known source for every sector and country entry", () => {
    for (const e of [...sectorRisks, ...countryRisks]) {
      expect(e.sources.length).toBeGreaterThan(0);
      for (const s of e.sources) expect(riskSources[s]).toBeDefined();
    }
    for (const s of sectorRisks) expect(s.cpv.length === 2 || cpvGroupOf(s.cpv) !== null, s.cpv).toBe(true);
  });
});

describe("risk screen", () => {
  it("rates office software bought in Finland low, with no reasons", () => {
    const s = screenContract(aContract(), [], rules);
    expect(s.level).toBe("low");
    expect(s.reasons).toEqual([]);
    expect(s.ruleSetVersion).toBe(1);
  });

  it("sector rule: cleaning is a high-risk sector and says so with its sources", () => {
    const s = screenContract(cleaning(), [], rules);
    expect(s.reasons).toEqual([
      expect.objectContaining({
        rule: "sector",
        points: 2,
        facts: expect.objectContaining({ cpvGroup: "909", level: "high" }),
      }),
    ]);
    expect(s.reasons[0]!.sources).toContain("heuni_2011");
    expect(s.level).toBe("medium");
  });

  it("sector rule: a group's entry overrides its division's (fish under food)", () => {
    const fish = screenContract(aContract({ cpvCode: "15200000" }), [], rules);
    const food = screenContract(aContract({ cpvCode: "15800000" }), [], rules);
    expect(fish.reasons[0]!.facts.level).toBe("very_high");
    expect(food.reasons[0]!.facts.level).toBe("high");
  });

  it("country rule: the riskiest country decides; an unlisted country counts as medium", () => {
    const my = screenContract(aContract({ countries: ["FI", "MY"] }), [], rules);
    expect(my.reasons).toEqual([
      expect.objectContaining({
        rule: "country",
        points: 2,
        facts: expect.objectContaining({ country: "MY", level: "high", listed: true }),
      }),
    ]);
    const unlisted = screenContract(aContract({ countries: ["CH"] }), [], rules);
    expect(unlisted.reasons[0]).toMatchObject({
      rule: "country",
      points: 1,
      facts: { listed: false, level: "medium" },
    });
  });

  it("country rule: a supplier's country counts like a country of production", () => {
    const s = screenContract(
      aContract({ countries: [], suppliers: [aSupplier({ country: "KP" })] }),
      [],
      rules,
    );
    expect(s.reasons[0]).toMatchObject({ rule: "country", points: 3 });
  });

  it("subcontracting rule: one tier adds nothing, two add a point, three two", () => {
    const at = (tier: number) =>
      screenContract(aContract({ suppliers: [aSupplier(), aSupplier({ tier })] }), [], rules).reasons.find(
        (r) => r.rule === "subcontracting",
      )?.points ?? 0;
    expect([at(1), at(2), at(3), at(5)]).toEqual([0, 1, 2, 2]);
  });

  it("labour profile rule: one factor adds a point, three or more two", () => {
    const with_ = (labourProfile: ContractFacts["labourProfile"]) =>
      screenContract(aContract({ labourProfile }), [], rules).reasons.find(
        (r) => r.rule === "labour_profile",
      );
    expect(with_([])).toBeUndefined();
    expect(with_(["agency"])).toMatchObject({ points: 1, facts: { factors: ["agency"] } });
    expect(with_(["agency", "migrant", "low_wage"])?.points).toBe(2);
  });

  it("past findings rule: the worst severity adds its points; possible trafficking sets very high", () => {
    const major = screenContract(
      aContract(),
      [
        { severity: "minor", possibleTrafficking: false },
        { severity: "major", possibleTrafficking: false },
      ],
      rules,
    );
    expect(major.reasons).toEqual([
      expect.objectContaining({
        rule: "past_findings",
        points: 2,
        facts: expect.objectContaining({ worst: "major", findings: 2 }),
      }),
    ]);
    const trafficking = screenContract(
      aContract(),
      [{ severity: "minor", possibleTrafficking: true }],
      rules,
    );
    expect(trafficking.level).toBe("very_high");
  });

  it("rates a cleaning contract with two subcontract levels and agency workers high, with three reasons", () => {
    const s = screenContract(
      cleaning({
        labourProfile: ["agency"],
        suppliers: [aSupplier(), aSupplier({ tier: 1 }), aSupplier({ tier: 2 })],
      }),
      [],
      rules,
    );
    expect(s.level).toBe("high");
    expect(s.reasons.map((r) => r.rule)).toEqual(["sector", "subcontracting", "labour_profile"]);
    expect(s.score).toBe(4);
  });

  it("rates a high sector in a risky country with a deep chain very high", () => {
    const s = screenContract(
      aContract({ cpvCode: "18100000", countries: ["BD"], suppliers: [aSupplier({ tier: 3 })] }),
      [],
      rules,
    );
    expect(s.level).toBe("very_high");
  });

  it("records which rule version decided, and another version decides differently", () => {
    const stricter: RuleSet = {
      version: 2,
      rules: { ...rules.rules, thresholds: { medium: 1, high: 2, very_high: 3 } },
    };
    const facts = cleaning();
    expect(screenContract(facts, [], rules)).toMatchObject({ level: "medium", ruleSetVersion: 1 });
    expect(screenContract(facts, [], stricter)).toMatchObject({ level: "high", ruleSetVersion: 2 });
    expect(screenContract(facts, [], rules).lists).toEqual({
      cpv: cpvSource.version,
      sector: expect.stringMatching(/^sector-risk-/),
      country: expect.stringMatching(/^country-risk-/),
    });
  });

  it("refuses rules whose thresholds do not rise", () => {
    const bad = { ...rules.rules, thresholds: { medium: 4, high: 4, very_high: 6 } };
    const r = RiskRules.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["thresholds"]);
  });
});
