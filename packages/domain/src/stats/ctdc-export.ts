import {
  type CtdcRow,
  ctdcColumns,
  ctdcMissing,
  type ctdcQuasiIdentifiers,
  emptyCtdcRow,
} from "./ctdc-format.ts";
import { kAnonymiseBy } from "./k-anonymity.ts";
import { labourTypeOf } from "./sector-labour.ts";

/** A case as statistics know it (coded fields only), to be written as one CTDC row. */
export interface CodedCaseForExport {
  year: number;
  gender: string | null;
  ageBand: string | null;
  citizenship: string | null;
  forms: readonly string[];
  /** The sector of exploitation (the local map's list), when recorded. */
  sector?: string | null;
  /** ISO 3166-1 alpha-2 of the municipality: where the exploitation came to light. */
  country: string;
}

const minorBands = new Set(["0-8", "9-17"]);

/**
 * One case as a CTDC row. Ariadne's forms map onto CTDC's types of exploitation and labour (see
 * docs/stats.md); what Ariadne does not record as a code (means of control, recruiter relation)
 * is written as missing, never guessed.
 */
export function ctdcRowOf(c: CodedCaseForExport): CtdcRow {
  const row = emptyCtdcRow();
  const has = (f: string) => c.forms.includes(f);
  const flag = (v: boolean) => (v ? "1" : "0");
  row.yearOfRegistration = String(c.year);
  row.Datasource = "Case Management";
  row.gender = c.gender === "female" ? "Female" : c.gender === "male" ? "Male" : ctdcMissing;
  row.ageBroad = c.ageBand ? c.ageBand.replace("-", "--") : ctdcMissing;
  row.majorityStatus = c.ageBand ? (minorBands.has(c.ageBand) ? "Minor" : "Adult") : ctdcMissing;
  row.citizenship = c.citizenship ?? ctdcMissing;
  row.CountryOfExploitation = c.country;
  if (c.forms.length === 0) return row;
  const labour = ["forced_labour", "forced_begging", "forced_criminality", "domestic_servitude"].some(has);
  const sexual = has("sexual_exploitation");
  row.isForcedLabour = flag(labour && !sexual);
  row.isSexualExploit = flag(sexual && !labour);
  row.isSexAndLabour = flag(sexual && labour);
  row.isForcedMarriage = flag(has("forced_marriage"));
  row.isOrganRemoval = flag(has("organ_removal"));
  row.isForcedMilitary = "0";
  row.isSlaveryAndPractices = "0";
  row.isOtherExploit = flag(
    ["sham_marriage", "benefit_fraud", "surrogacy_exploitation", "illegal_adoption", "other"].some(has),
  );
  const types = [
    labour && !sexual ? "Forced labour" : null,
    sexual && !labour ? "Sexual exploitation" : null,
    sexual && labour ? "Sexual and labour exploitation" : null,
    has("forced_marriage") ? "Forced marriage" : null,
    has("organ_removal") ? "Organ removal" : null,
    row.isOtherExploit === "1" ? "Other" : null,
  ].filter((t): t is string => t !== null);
  row.typeOfExploitConcatenated = types.join(";") || ctdcMissing;
  if (labour) {
    row.typeOfLabourBegging = flag(has("forced_begging"));
    row.typeOfLabourDomesticWork = flag(has("domestic_servitude"));
    row.typeOfLabourIllicitActivities = flag(has("forced_criminality"));
    // The sector says where the labour was, when it was recorded (sector-labour.ts).
    const sectorType = labourTypeOf(c.sector);
    if (sectorType) row[`typeOfLabour${sectorType}` as keyof CtdcRow] = "1";
    row.typeOfLabourNotSpecified = flag(has("forced_labour") && c.forms.length === 1 && !sectorType);
  }
  return row;
}

/**
 * k-anonymity over the quasi-identifiers, as CTDC publishes: rows whose combination occurs fewer
 * than k times have their quasi-identifiers generalised to missing one at a time (the most
 * identifying first); rows still in a group below k are left out. Deterministic for its input.
 */
export function kAnonymise(rows: readonly CtdcRow[], k: number): { rows: CtdcRow[]; suppressed: number } {
  return kAnonymiseBy(rows, generalisationOrder, missingQuasiIdentifiers, k);
}
const generalisationOrder = [
  "citizenship",
  "ageBroad",
  "majorityStatus",
  "gender",
  "yearOfRegistration",
  "CountryOfExploitation",
] as const satisfies readonly (typeof ctdcQuasiIdentifiers)[number][];
const missingQuasiIdentifiers = Object.fromEntries(
  generalisationOrder.map((c) => [c, ctdcMissing]),
) as Record<(typeof generalisationOrder)[number], string>;

// CTDC's missing code starts with a minus, so the directory's formula guard would spoil it; every
// value written here is a code or a label of ours (never user text), so only quoting is needed.
const ctdcCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** Rows as a CTDC-format CSV (comma-separated, the published header, -99 for missing). */
export function ctdcCsv(rows: readonly CtdcRow[]): string {
  const lines = [ctdcColumns.join(",")];
  for (const r of rows) lines.push(ctdcColumns.map((c) => ctdcCell(r[c])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
