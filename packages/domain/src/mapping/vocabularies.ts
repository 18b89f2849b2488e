/**
 * The words of the guidelines' local question tables (CBSS, Guidelines for municipalities, 2016,
 * "Mapping the local situation": who are the vulnerable groups, what are the relevant locations,
 * who can identify victims) as closed lists, so entries can be counted and compared.
 * Version 1; extend by adding values, never by renaming one.
 */

/** Who are the vulnerable groups? */
export const vulnerableGroupKinds = [
  "undocumented_migrants",
  "seasonal_and_posted_workers",
  "asylum_seekers",
  "unaccompanied_minors",
  "homeless_people",
  "people_who_use_drugs",
  "begging_communities",
  "people_in_prostitution",
  "children_in_care",
  "other",
] as const;
export type VulnerableGroupKind = (typeof vulnerableGroupKinds)[number];

/** What are the relevant locations? The sectors where exploitation is met. */
export const sectors = [
  "agriculture_seasonal_berry_picking",
  "construction",
  "cleaning",
  "hospitality",
  "beauty_and_nail_salons",
  "massage_parlours",
  "car_washes",
  "transport_and_logistics",
  "domestic_work",
  "shipping_and_fishing",
  "street_begging",
  "prostitution_venues",
  "online",
  "other",
] as const;
export type Sector = (typeof sectors)[number];

/** "Huge variety in forms of exploitation" (seed text, Mapping the local situation). */
export const exploitationForms = [
  "sexual_exploitation",
  "forced_labour",
  "forced_begging_and_criminality",
  "sham_and_forced_marriage",
  "benefit_fraud",
  "mixed",
] as const;
export type ExploitationForm = (typeof exploitationForms)[number];

/** How strongly the sources support an observed or suspected form of exploitation. */
export const evidenceStrengths = ["suspected", "indicated", "confirmed"] as const;
export type EvidenceStrength = (typeof evidenceStrengths)[number];

/** Where a mapping entry's knowledge comes from; every entry cites one. */
export const sourceKinds = [
  "case_statistics",
  "partner_report",
  "inspection",
  "outreach_log",
  "research",
  "media",
  "other",
] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** How often an actor meets vulnerable groups. */
export const contactFrequencies = ["daily", "weekly", "monthly", "rarely", "never"] as const;
export type ContactFrequency = (typeof contactFrequencies)[number];

/**
 * The kinds of mapping entry: one per local question table, and outreach (the outreach logs the
 * guidelines name as a source, placed on the map).
 */
export const mappingEntryKinds = [
  "vulnerable_group",
  "location",
  "identifying_actor",
  "exploitation_form",
  "outreach",
] as const;
export type MappingEntryKind = (typeof mappingEntryKinds)[number];
