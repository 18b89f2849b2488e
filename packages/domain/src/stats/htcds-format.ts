/**
 * The fields of IOM's Human Trafficking Case Data Standard (HTCDS, `UNMigration/HTCDS`, "HTCDS
 * Field Reference": Organisation `org_`, Person `prs_`, Person Victim Context `vic_`, Case `cas_`)
 * that a de-identified export can fill from Ariadne's coded fields, with the standard's own field
 * names and picklist value names. Identifying fields (names, birthdate, contacts, addresses,
 * free text) are never exported here; the export is k-anonymised like the CTDC one.
 */
export const htcdsFields = [
  "org_Type",
  "org_ShippingCountry",
  "prs_Gender",
  "prs_Nationality",
  "vic_TypeOfLabourExploitation",
  "cas_Status",
] as const;
export type HtcdsField = (typeof htcdsFields)[number];
export type HtcdsRecord = Record<HtcdsField, string>;

/** The standard's picklist value names for the fields above (ISO 3166-1 alpha-2 for countries). */
export const htcdsValues = {
  org_Type: [
    "NGO",
    "LawEnforcement",
    "HealthServiceOrganisation",
    "CentralGovernmentOrganisation",
    "LocalGovernmentOrganisation",
    "ImmigrationService",
    "LegalService",
    "CorporateBusiness",
  ],
  prs_Gender: ["Male", "Female", "Transgender/NonConforming", "Unknown"],
  vic_TypeOfLabourExploitation: [
    "Agriculture",
    "Aquafarming",
    "Begging",
    "Construction",
    "DomesticWork",
    "Hospitality",
    "IllicitActivities",
    "Manufacturing",
    "MiningOrDrilling",
    "Peddling",
    "Transportation",
    "Other",
  ],
  cas_Status: ["Active", "FollowUp", "Closed", "ClosedReferred"],
} as const;

/** Multiselect picklists are written with their value names joined by ";". */
export const htcdsMultiSeparator = ";";
