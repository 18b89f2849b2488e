import type { DimensionId, Strength } from "../types.ts";

/** [concept key, the brochure's label] */
export type Entry = readonly [string, string];
export type ProfileList = Record<DimensionId, Partial<Record<Strength, readonly Entry[]>>>;

// ILO & European Commission, "Operational indicators of trafficking in human beings", Sept. 2009,
// list "Trafficking of adults for labour exploitation". Order within a strength as in the list.
// Counts per dimension (10, 10, 16, 9, 15, 7 = 67) checked against the published summary.
//
// Verification of 2026-11-29 (see docs/screening-format.md, "Sources"): the brochure's full text
// could not be reached (the ILO, EC, studylib and vdocuments copies gave only its opening pages).
// Checked instead against (a) the ILO and EC publication pages (four lists, six dimensions, title
// and "revised September 2009"), (b) the Seafish TESS summary of the adult labour list (the six
// counts above, which match), and (c) a secondary reproduction of the adult and child labour lists
// with strengths in a public GitHub reference table. (c) agrees with every label and strength
// below except two in "recruitment by abuse of vulnerability": it has "Difficulties in the past"
// and "Difficulty to organize the travel" as medium, where this list (as recalled from the
// brochure) has them weak. (c) is an unreviewed synthesis, not the brochure, so v1 is left as is;
// if the brochure confirms (c), that change goes into a catalogue-v2.
export const adultLabour: ProfileList = {
  deceptive_recruitment: {
    strong: [["deceived-nature-of-job", "Deceived about the nature of the job, location or employer"]],
    medium: [
      ["deceived-conditions-of-work", "Deceived about conditions of work"],
      ["deceived-contract", "Deceived about content or legality of work contract"],
      ["deceived-family-reunification", "Deceived about family reunification"],
      ["deceived-housing", "Deceived about housing and living conditions"],
      [
        "deceived-legal-documentation",
        "Deceived about legal documentation or obtaining legal migrant status",
      ],
      ["deceived-travel-recruitment", "Deceived about travel and recruitment conditions"],
      ["deceived-wages", "Deceived about wages/earnings"],
      ["deceived-marriage-adoption", "Deceived through promises of marriage or adoption"],
    ],
    weak: [["deceived-education", "Deceived about access to education opportunities"]],
  },
  coercive_recruitment: {
    strong: [["violence-on-victim", "Violence on victims"]],
    medium: [
      [
        "abduction-forced-marriage-selling",
        "Abduction, forced marriage, forced adoption or selling of victim",
      ],
      ["confiscation-of-documents", "Confiscation of documents"],
      ["debt-bondage", "Debt bondage"],
      ["isolation-confinement-surveillance", "Isolation, confinement or surveillance"],
      ["threat-of-denunciation", "Threat of denunciation to authorities"],
      ["threats-of-violence", "Threats of violence against victim"],
      ["threat-to-inform-family", "Threat to inform family, community or public"],
      ["violence-on-family", "Violence on family (threats or effective)"],
      ["withholding-money", "Withholding of money"],
    ],
  },
  recruitment_abuse_of_vulnerability: {
    medium: [
      ["abuse-difficult-family-situation", "Abuse of difficult family situation"],
      ["abuse-irregular-status", "Abuse of illegal status"],
      ["abuse-lack-of-education", "Abuse of lack of education (language)"],
      ["abuse-lack-of-information", "Abuse of lack of information"],
      ["control-by-exploiters", "Control of exploiters"],
      ["economic-reasons", "Economic reasons"],
      ["false-information-law", "False information about law, attitude of authorities"],
      ["false-information-migration", "False information about successful migration"],
      ["family-situation", "Family situation"],
      ["personal-situation", "Personal situation"],
      ["psychological-dependency", "Psychological and emotional dependency"],
      ["relationship-with-authorities", "Relationship with authorities/legal status"],
    ],
    weak: [
      ["abuse-cultural-religious-beliefs", "Abuse of cultural/religious beliefs"],
      ["difficulties-in-the-past", "Difficulties in the past"],
      ["difficulty-to-organise-travel", "Difficulty to organize the travel"],
      ["general-context", "General context"],
    ],
  },
  exploitative_conditions: {
    strong: [["excessive-working-hours", "Excessive working days or hours"]],
    medium: [
      ["bad-living-conditions", "Bad living conditions"],
      ["hazardous-work", "Hazardous work"],
      ["low-or-no-salary", "Low or no salary"],
      ["no-respect-labour-law", "No respect of labour laws or contract signed"],
      ["no-social-protection", "No social protection (contract, social insurance, etc.)"],
      ["very-bad-working-conditions", "Very bad working conditions"],
      ["wage-manipulation", "Wage manipulation"],
    ],
    weak: [["no-access-to-education", "No access to education"]],
  },
  coercion_at_destination: {
    strong: [
      ["confiscation-of-documents", "Confiscation of documents"],
      ["debt-bondage", "Debt bondage"],
      ["isolation-confinement-surveillance", "Isolation, confinement or surveillance"],
      ["violence-on-victim", "Violence on victims"],
    ],
    medium: [
      ["forced-illicit-activities", "Forced into illicit/criminal activities"],
      ["forced-tasks-or-clients", "Forced tasks or clients"],
      ["forced-to-act-against-peers", "Forced to act against peers"],
      ["forced-to-lie", "Forced to lie to authorities, family, etc."],
      ["threat-of-denunciation", "Threat of denunciation to authorities"],
      ["threat-of-worse-conditions", "Threat to impose even worse working conditions"],
      ["threats-of-violence", "Threats of violence against victim"],
      ["under-strong-influence", "Under strong influence"],
      ["violence-on-family", "Violence on family (threats or effective)"],
      ["withholding-of-wages", "Withholding of wages"],
    ],
    weak: [["threat-to-inform-family", "Threats to inform family, community or public"]],
  },
  abuse_of_vulnerability_at_destination: {
    medium: [
      ["dependency-on-exploiters", "Dependency on exploiters"],
      ["difficulty-unknown-area", "Difficulty to live in an unknown area"],
      ["economic-reasons", "Economic reasons"],
      ["family-situation", "Family situation"],
      ["relationship-with-authorities", "Relationship with authorities/legal status"],
    ],
    weak: [
      ["difficulties-in-the-past", "Difficulties in the past"],
      ["personal-characteristics", "Personal characteristics"],
    ],
  },
};

// List "Trafficking of adults for sexual exploitation". NOT checked against the brochure: no
// copy of this list was reachable while this was written, nor in the verification of 2026-11-29
// (searches of public pages, documentation and code found no copy of the sexual lists; the only
// point found, in the secondary reproduction named above, is "forced tasks or clients" strong). Reconstructed from the adult labour
// list, with "forced tasks or clients" strong (as a secondary source reports for the sexual
// lists). Marked `reconstructed` in the catalogue; replace by a v2 once checked.
export const adultSexual: ProfileList = {
  ...adultLabour,
  coercion_at_destination: {
    strong: [
      ["confiscation-of-documents", "Confiscation of documents"],
      ["debt-bondage", "Debt bondage"],
      ["forced-tasks-or-clients", "Forced tasks or clients"],
      ["isolation-confinement-surveillance", "Isolation, confinement or surveillance"],
      ["violence-on-victim", "Violence on victims"],
    ],
    medium: (adultLabour.coercion_at_destination.medium ?? []).filter(
      ([c]) => c !== "forced-tasks-or-clients",
    ),
    weak: adultLabour.coercion_at_destination.weak ?? [],
  },
};
