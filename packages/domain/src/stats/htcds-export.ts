import { type HtcdsRecord, htcdsFields, htcdsMultiSeparator } from "./htcds-format.ts";
import { kAnonymiseBy } from "./k-anonymity.ts";

/** A case as the HTCDS export knows it: coded fields only. */
export interface CodedCaseForHtcds {
  gender: string | null;
  citizenship: string | null;
  forms: readonly string[];
  /** The case's lifecycle status in Ariadne. */
  status: string;
  /** The kind of the organisation that owns the case. */
  organisationKind: string;
  /** ISO 3166-1 alpha-2 of the municipality. */
  country: string;
}

// Ariadne's organisation kinds onto HTCDS org_Type; kinds HTCDS has no value for stay empty.
const organisationTypes: Record<string, string> = {
  municipal_department: "LocalGovernmentOrganisation",
  social_services: "LocalGovernmentOrganisation",
  health_care: "HealthServiceOrganisation",
  police: "LawEnforcement",
  labour_inspection: "CentralGovernmentOrganisation",
  migration_authority: "ImmigrationService",
  ngo: "NGO",
};
const genders: Record<string, string> = {
  female: "Female",
  male: "Male",
  non_binary: "Transgender/NonConforming",
  unknown: "Unknown",
};
// Forms of labour exploitation Ariadne codes, onto the standard's types of labour exploitation.
const labourTypes: [string, string][] = [
  ["forced_begging", "Begging"],
  ["domestic_servitude", "DomesticWork"],
  ["forced_criminality", "IllicitActivities"],
  ["forced_labour", "Other"],
];

/** One case as an HTCDS record (see docs/stats.md for the field-by-field mapping). */
export function htcdsRecordOf(c: CodedCaseForHtcds): HtcdsRecord {
  const labour = [...new Set(labourTypes.filter(([f]) => c.forms.includes(f)).map(([, t]) => t))];
  return {
    org_Type: organisationTypes[c.organisationKind] ?? "",
    org_ShippingCountry: c.country,
    prs_Gender: genders[c.gender ?? "unknown"] ?? "Unknown",
    prs_Nationality: c.citizenship ?? "",
    vic_TypeOfLabourExploitation: labour.join(htcdsMultiSeparator),
    cas_Status: c.status === "closed" ? "Closed" : "Active",
  };
}

/**
 * k-anonymity over the fields that could single a person out (nationality, gender, the owning
 * organisation's type): a combination seen fewer than k times is generalised one field at a time
 * (nationality first, to empty or "Unknown"); records still in a group below k are left out.
 */
export function kAnonymiseHtcds(records: readonly HtcdsRecord[], k: number) {
  return kAnonymiseBy(
    records,
    ["prs_Nationality", "prs_Gender", "org_Type", "org_ShippingCountry"],
    { prs_Nationality: "", prs_Gender: "Unknown", org_Type: "", org_ShippingCountry: "" },
    k,
  );
}

const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** HTCDS records as CSV with the standard's field names as the header. */
export function htcdsCsv(records: readonly HtcdsRecord[]): string {
  const lines = [htcdsFields.join(",")];
  for (const r of records) lines.push(htcdsFields.map((f) => cell(r[f])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
