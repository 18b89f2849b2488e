import { RiskRules, riskLevels } from "@ariadne/domain/procurement/index.ts";
import type { TFunction } from "i18next";
import type { Checked } from "../ui/validate.ts";

/** One editable number or level of the risk rules, by its path in `RiskRules`. */
export interface RuleField {
  path: readonly [string, ...string[]];
  kind: "points" | "count" | "level";
  min?: number;
  max?: number;
}

const pts = (group: string, keys: readonly string[]): RuleField[] =>
  keys.map((k) => ({ path: [group, "points", k], kind: "points", min: 0, max: 10 }) as const);

/** The rules' fields as the editor groups them: one fieldset per rule, then the thresholds. */
export const ruleGroups: { id: keyof RiskRules; fields: RuleField[] }[] = [
  { id: "sector", fields: pts("sector", riskLevels) },
  {
    id: "country",
    fields: [...pts("country", riskLevels), { path: ["country", "unlisted"], kind: "level" }],
  },
  {
    id: "subcontracting",
    fields: [
      { path: ["subcontracting", "mediumFromDepth"], kind: "count", min: 1, max: 10 },
      { path: ["subcontracting", "highFromDepth"], kind: "count", min: 1, max: 10 },
    ],
  },
  {
    id: "labourProfile",
    fields: [
      { path: ["labourProfile", "mediumFromFactors"], kind: "count", min: 1, max: 6 },
      { path: ["labourProfile", "highFromFactors"], kind: "count", min: 1, max: 6 },
    ],
  },
  {
    id: "pastFindings",
    fields: [
      ...pts("pastFindings", ["minor", "major", "critical"]),
      { path: ["pastFindings", "possibleTraffickingLevel"], kind: "level" },
    ],
  },
  {
    id: "thresholds",
    fields: (["medium", "high", "very_high"] as const).map(
      (k) => ({ path: ["thresholds", k], kind: "count", min: 1, max: 60 }) as const,
    ),
  },
];

/** The form's values: every field as typed, keyed by its dotted path ("sector.points.high"). */
export type RuleValues = Record<string, string>;

export const fieldKey = (f: RuleField) => f.path.join(".");

const at = (rules: unknown, path: readonly string[]) =>
  path.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], rules);

/** The editor's values for published rules. */
export function valuesOfRules(rules: RiskRules): RuleValues {
  const out: RuleValues = {};
  for (const g of ruleGroups) for (const f of g.fields) out[fieldKey(f)] = String(at(rules, f.path));
  return out;
}

/** The rules the values make, numbers read as typed (a non-number fails the check). */
export function rulesOfValues(values: RuleValues): unknown {
  const out: Record<string, unknown> = {};
  for (const g of ruleGroups)
    for (const f of g.fields) {
      const raw = (values[fieldKey(f)] ?? "").trim();
      const value = f.kind === "level" ? raw : raw === "" ? undefined : Number(raw);
      let node = out;
      for (const k of f.path.slice(0, -1)) {
        node[k] ??= {};
        node = node[k] as Record<string, unknown>;
      }
      node[f.path[f.path.length - 1]!] = value;
    }
  return out;
}

/**
 * Checks the values with the API's own schema. A field out of range is marked by its dotted path; a
 * rule whose parts disagree (thresholds that do not rise) is marked on the rule's group.
 */
export function checkRules(values: RuleValues, t: TFunction): Checked<RiskRules> {
  const parsed = RiskRules.safeParse(rulesOfValues(values));
  if (parsed.success) return { ok: true, data: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join(".");
    const field = ruleGroups.flatMap((g) => g.fields).find((f) => fieldKey(f) === key);
    if (field) fields[key] ??= t("procurement.ruleEditor.range", { min: field.min, max: field.max });
    else fields[key] ??= t(`procurement.ruleEditor.groupErrors.${key}`, t("validation.invalid"));
  }
  return { ok: false, fields };
}
