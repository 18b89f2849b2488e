import { csvCell } from "../referral/index.ts";
import { type HtcdsRecord, htcdsFields, htcdsMultiSeparator } from "./htcds-format.ts";
import { kAnonymiseBy } from "./k-anonymity.ts";
import { labourTypeOf } from "./sector-labour.ts";

/**
 * Why person-level records leave the case team: the purpose a coordinator names for an HTCDS
 * export, kept as a code in the audit trail (which holds codes, never free text).
 */
export const htcdsExportPurposes = [
  "case_exchange_with_partner",
  "national_rapporteur",
  "national_referral_mechanism",
  "research_agreement",
] as const;
export type HtcdsExportPurpose = (typeof htcdsExportPurposes)[number];

/** A case as the HTCDS export knows it: coded fields only, and the names of organisations. */
export interface CodedCaseForHtcds {
  gender: string | null;
  citizenship: string | null;
  forms: readonly string[];
  /** The sector of exploitation (the local map's list), when recorded. */
  sector?: string | null;
  /** The case's lifecycle status in Ariadne. */
  status: string;
  /** Why a closed case was closed (Ariadne's close reason), else null. */
  closeReason?: string | null;
  /** The kind and name of the organisation that owns the case. */
  organisationKind: string;
  organisationName?: string;
  /** The municipality's name and ISO 3166-1 alpha-2 country. */
  municipalityName?: string;
  country: string;
  /** Whether a consent to process the person's data is on record and not withdrawn. */
  processingConsent?: boolean;
  /** The organisations the case's referrals were sent to, and the year of the first one sent. */
  referredOrganisations?: readonly string[];
  firstReferralYear?: number | null;
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

// Text cells must not carry the separators the CSV and the multiselects use.
const plain = (v: string) => v.replace(/[;\r\n]/g, " ").trim();

/** One case as an HTCDS record (see docs/stats.md for the field-by-field mapping). */
export function htcdsRecordOf(c: CodedCaseForHtcds): HtcdsRecord {
  // Forced labour alone says no type ("Other") unless the case's sector names one.
  const sectorType = labourTypeOf(c.sector);
  const fromForms = labourTypes.filter(([f]) => c.forms.includes(f)).map(([, t]) => t);
  const labour =
    fromForms.length === 0
      ? []
      : [...new Set(sectorType ? [...fromForms.filter((t) => t !== "Other"), sectorType] : fromForms)];
  const referred = [...new Set((c.referredOrganisations ?? []).map(plain))].sort();
  return {
    org_Name: plain(c.organisationName ?? ""),
    org_ShippingCity: plain(c.municipalityName ?? ""),
    org_ShippingCountry: c.country,
    org_Type: organisationTypes[c.organisationKind] ?? "",
    prs_Gender: genders[c.gender ?? "unknown"] ?? "Unknown",
    prs_Nationality: c.citizenship ?? "",
    vic_AgreementToManagePersonalData:
      c.processingConsent === undefined ? "" : c.processingConsent ? "true" : "false",
    vic_TypeOfLabourExploitation: labour.join(htcdsMultiSeparator),
    cas_Status: c.status === "closed" ? "Closed" : "Active",
    cas_ReferredOrganisation: referred.join(htcdsMultiSeparator),
    // ISO 8601 at the reduced precision of a year: a day would single a person out.
    cas_OutgoingReferralDate: c.firstReferralYear ? String(c.firstReferralYear).padStart(4, "0") : "",
    cas_ReasonForCaseClosure: c.status === "closed" ? (c.closeReason ?? "") : "",
  };
}

/**
 * The fields that could single a person out, in the order they are given up: the most specific
 * and least needed first (closure reason, referral year, organisation names), nationality, gender,
 * organisation type and place last.
 */
export const htcdsQuasiIdentifiers = [
  "cas_ReasonForCaseClosure",
  "cas_OutgoingReferralDate",
  "cas_ReferredOrganisation",
  "org_Name",
  "prs_Nationality",
  "prs_Gender",
  "org_Type",
  "org_ShippingCity",
  "org_ShippingCountry",
] as const;

/**
 * k-anonymity over the quasi-identifiers: a combination seen fewer than k times is generalised one
 * field at a time (to empty, or "Unknown" for gender); records still in a group below k are left out.
 */
export function kAnonymiseHtcds(records: readonly HtcdsRecord[], k: number) {
  return kAnonymiseBy(
    records,
    htcdsQuasiIdentifiers,
    {
      cas_ReasonForCaseClosure: "",
      cas_OutgoingReferralDate: "",
      cas_ReferredOrganisation: "",
      org_Name: "",
      prs_Nationality: "",
      prs_Gender: "Unknown",
      org_Type: "",
      org_ShippingCity: "",
      org_ShippingCountry: "",
    },
    k,
  );
}

/** HTCDS records as CSV with the standard's field names as the header; no cell is a spreadsheet formula. */
export function htcdsCsv(records: readonly HtcdsRecord[]): string {
  const lines = [htcdsFields.join(",")];
  for (const r of records) lines.push(htcdsFields.map((f) => csvCell(r[f])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
