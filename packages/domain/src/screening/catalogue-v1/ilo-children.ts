import type { ProfileList } from "./ilo-adults.ts";
import { adultLabour } from "./ilo-adults.ts";

const adultMedium = (d: keyof ProfileList) => adultLabour[d].medium ?? [];
const adultWeak = (d: keyof ProfileList) => adultLabour[d].weak ?? [];

// ILO & European Commission (2009), list "Trafficking of children for labour exploitation".
// Taken from a secondary reproduction of the list (65 indicators, no weak tier: the experts
// weighted the adults' weak indicators higher for children); not checked line by line against
// the brochure. Differences from adults: see each dimension. Verification of 2026-11-29: a second,
// independent secondary reproduction (a public GitHub reference table of the adult and child
// labour lists) agrees with all 65 labels and strengths here, including the two adult indicators
// left out of the child list; the brochure itself could not be reached.
export const childLabour: ProfileList = {
  deceptive_recruitment: {
    strong: [
      ["deceived-nature-of-job", "Deceived about the nature of the job, location or employer"],
      ["deceived-education", "Deceived about access to education opportunities"],
    ],
    medium: adultMedium("deceptive_recruitment"),
  },
  coercive_recruitment: {
    strong: [
      [
        "abduction-forced-marriage-selling",
        "Abduction, forced marriage, forced adoption or selling of victim",
      ],
      ["debt-bondage", "Debt bondage"],
      ["threats-of-violence", "Threats of violence against victim"],
      ["violence-on-victim", "Violence on victims"],
    ],
    medium: [
      ["confiscation-of-documents", "Confiscation of documents"],
      ["isolation-confinement-surveillance", "Isolation, confinement or surveillance"],
      ["threat-of-denunciation", "Threat of denunciation to authorities"],
      ["threat-to-inform-family", "Threat to inform family, community or public"],
      ["violence-on-family", "Violence on family (threats or effective)"],
      ["withholding-money", "Withholding of money"],
    ],
  },
  recruitment_abuse_of_vulnerability: {
    // The adults' "False information about law, attitude of authorities" is not in the child list.
    medium: [
      ...adultMedium("recruitment_abuse_of_vulnerability").filter(([c]) => c !== "false-information-law"),
      ...adultWeak("recruitment_abuse_of_vulnerability"),
    ],
  },
  exploitative_conditions: {
    strong: [["excessive-working-hours", "Excessive working days or hours"]],
    // "No social protection" is not in the child list.
    medium: [
      ...adultMedium("exploitative_conditions").filter(([c]) => c !== "no-social-protection"),
      ...adultWeak("exploitative_conditions"),
    ],
  },
  coercion_at_destination: {
    strong: [
      ["confiscation-of-documents", "Confiscation of documents"],
      ["debt-bondage", "Debt bondage"],
      ["forced-illicit-activities", "Forced into illicit/criminal activities"],
      ["forced-tasks-or-clients", "Forced tasks or clients"],
      ["isolation-confinement-surveillance", "Isolation, confinement or surveillance"],
      ["threats-of-violence", "Threats of violence against victim"],
      ["under-strong-influence", "Under strong influence"],
      ["violence-on-victim", "Violence on victims"],
    ],
    medium: [
      ["forced-to-act-against-peers", "Forced to act against peers"],
      ["forced-to-lie", "Forced to lie to authorities, family, etc."],
      ["threat-of-denunciation", "Threat of denunciation to authorities"],
      ["threat-of-worse-conditions", "Threat to impose even worse working conditions"],
      ["violence-on-family", "Violence on family (threats or effective)"],
      ["withholding-of-wages", "Withholding of wages"],
      ["threat-to-inform-family", "Threats to inform family, community or public"],
    ],
  },
  abuse_of_vulnerability_at_destination: {
    medium: [
      ...adultMedium("abuse_of_vulnerability_at_destination"),
      ...adultWeak("abuse_of_vulnerability_at_destination"),
    ],
  },
};

// List "Trafficking of children for sexual exploitation". NOT checked against the brochure (no
// copy reachable, again not in the verification of 2026-11-29): reconstructed from the child
// labour list with "hazardous work" strong, as the secondary reproduction reports for this list. Marked `reconstructed` in the catalogue.
export const childSexual: ProfileList = {
  ...childLabour,
  exploitative_conditions: {
    strong: [
      ["excessive-working-hours", "Excessive working days or hours"],
      ["hazardous-work", "Hazardous work"],
    ],
    medium: (childLabour.exploitative_conditions.medium ?? []).filter(([c]) => c !== "hazardous-work"),
  },
};
