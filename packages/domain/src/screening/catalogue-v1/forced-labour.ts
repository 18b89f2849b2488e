/**
 * ILO Special Action Programme to Combat Forced Labour, "ILO indicators of forced labour" (2012):
 * the eleven indicators, each mapped to the ILO/EC concepts that evidence it. The mapping is
 * Ariadne's reading, not the ILO's.
 */
// Their labels are in locales/<lang>/catalogue.json under `forcedLabour`, by id (`ilo11.01` …).
export const forcedLabourDefinitions: readonly { concepts: readonly string[] }[] = [
  {
    concepts: [
      "abuse-difficult-family-situation",
      "abuse-irregular-status",
      "abuse-lack-of-education",
      "abuse-lack-of-information",
      "control-by-exploiters",
      "economic-reasons",
      "false-information-law",
      "false-information-migration",
      "family-situation",
      "personal-situation",
      "psychological-dependency",
      "relationship-with-authorities",
      "abuse-cultural-religious-beliefs",
      "difficulties-in-the-past",
      "difficulty-to-organise-travel",
      "general-context",
      "dependency-on-exploiters",
      "difficulty-unknown-area",
      "personal-characteristics",
    ],
  },
  {
    concepts: [
      "deceived-nature-of-job",
      "deceived-conditions-of-work",
      "deceived-contract",
      "deceived-family-reunification",
      "deceived-housing",
      "deceived-legal-documentation",
      "deceived-travel-recruitment",
      "deceived-wages",
      "deceived-marriage-adoption",
      "deceived-education",
    ],
  },
  {
    concepts: ["isolation-confinement-surveillance"],
  },
  {
    concepts: ["isolation-confinement-surveillance", "difficulty-unknown-area"],
  },
  {
    concepts: ["violence-on-victim", "violence-on-family", "abduction-forced-marriage-selling"],
  },
  {
    concepts: [
      "threats-of-violence",
      "threat-of-denunciation",
      "threat-to-inform-family",
      "threat-of-worse-conditions",
      "forced-to-act-against-peers",
      "forced-to-lie",
      "under-strong-influence",
    ],
  },
  {
    concepts: ["confiscation-of-documents"],
  },
  {
    concepts: ["withholding-money", "withholding-of-wages", "low-or-no-salary", "wage-manipulation"],
  },
  { concepts: ["debt-bondage"] },
  {
    concepts: [
      "bad-living-conditions",
      "hazardous-work",
      "very-bad-working-conditions",
      "no-respect-labour-law",
      "no-social-protection",
      "forced-tasks-or-clients",
      "forced-illicit-activities",
      "no-access-to-education",
    ],
  },
  {
    concepts: ["excessive-working-hours"],
  },
];
