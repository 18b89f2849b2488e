/**
 * IOM's Human Trafficking Case Data Standard (HTCDS, `UNMigration/HTCDS`, "HTCDS Field Reference"):
 * every field of the standard by entity, with its own field names, so that an export can be checked
 * against the list. (The reference writes one field as "Labour Industry", with a space; we write
 * `vic_LabourIndustry` as every other field name is written.)
 */
export const htcdsFieldReference = {
  Organisation: [
    "org_Name",
    "org_ShippingCity",
    "org_ShippingCountry",
    "org_ShippingState",
    "org_ShippingStreet",
    "org_ShippingPostalCode",
    "org_ShippingLongitude",
    "org_ShippingLatitude",
    "org_Phone",
    "org_Type",
  ],
  Person: [
    "prs_Salutation",
    "prs_FirstName",
    "prs_MiddleName",
    "prs_SecondName",
    "prs_Birthdate",
    "prs_Gender",
    "prs_Deceased",
    "prs_Nationality",
    "prs_Title",
    "prs_Email",
    "prs_HomePhone",
    "prs_MobilePhone",
    "prs_MailingCity",
    "prs_MailingCountry",
    "prs_MailingState",
    "prs_MailingStreet",
    "prs_MailingPostalCode",
    "prs_MailingLongitude",
    "prs_MailingLatitude",
  ],
  "Person Victim Context": [
    "vic_AgreementToManagePersonalData",
    "vic_RecruitmentWebsitesAndApps",
    "vic_MethodOfRecruitment",
    "vic_LocationOfRecruitment",
    "vic_MethodsOfControl",
    "vic_TypeOfLabourExploitation",
    "vic_LabourIndustry",
    "vic_TypeOfSexExploitation",
    "vic_LocationOfExploitation",
    "vic_ExploitationWebsitesAndApps",
    "vic_Vulnerabilities",
    "vic_DetailsOfVulnerabilities",
  ],
  "Person Perpetrator Context": ["per_RoleInProcess", "per_RoleDetails", "per_Organisation"],
  "Historic Trafficking Events": [
    "hte_Longitude",
    "hte_Latitude",
    "hte_City",
    "hte_Country",
    "hte_State",
    "hte_Street",
    "hte_PostalCode",
    "hte_Date",
    "hte_Type",
    "hte_Description",
  ],
  Case: [
    "cas_Status",
    "cas_ReferringOrganisation",
    "cas_IncomingReferralDate",
    "cas_ReferringPrimaryCaseWorker",
    "cas_ReasonForIncomingReferral",
    "cas_IncomingReferralDetails",
    "cas_ReferredOrganisation",
    "cas_ReferredPrimaryCaseWorker",
    "cas_ReasonForOutgoingReferral",
    "cas_OutgoingReferralDate",
    "cas_OutgoingReferralDetails",
    "cas_ReasonForCaseClosure",
  ],
} as const;

/** Every field name of the standard, in the reference's order. */
export const htcdsAllFields: readonly string[] = Object.values(htcdsFieldReference).flat();

/**
 * The fields a partner export fills from what Ariadne holds, in the reference's order. Identifying
 * fields (names, birthdate, contacts, addresses) and free text never leave; what Ariadne does not
 * record as codes is left out (docs/stats.md lists every field and why).
 */
export const htcdsFields = [
  "org_Name",
  "org_ShippingCity",
  "org_ShippingCountry",
  "org_Type",
  "prs_Gender",
  "prs_Nationality",
  "vic_AgreementToManagePersonalData",
  "vic_TypeOfLabourExploitation",
  "cas_Status",
  "cas_ReferredOrganisation",
  "cas_OutgoingReferralDate",
  "cas_ReasonForCaseClosure",
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
