/**
 * The short first-contact question set (catalogue-v2): 16 questions that, for every profile, can
 * settle each element of the assistance signal — purpose (work and living conditions, proceeds
 * and identity taken), means (the ILO 2012 coercion indicators: documents, debt, isolation,
 * threats, violence, money held) and act (deception at recruitment, a recruitment or travel
 * debt, the reason for leaving home; or harbouring, shown by the others). Modelled on validated
 * intake screeners that ask a short version first and the full one when the person is ready
 * (Vera Institute of Justice, Trafficking Victim Identification Tool, 2014: 16 core questions).
 * Ordered as a frontline worker can ask them safely: the work first, money next, control and
 * violence last.
 */
export const firstContactQuestions: readonly string[] = [
  "exploitative_conditions:excessive-working-hours",
  "exploitative_conditions:low-or-no-salary",
  "exploitative_conditions:bad-living-conditions",
  "coercion_at_destination:forced-tasks-or-clients",
  "ariadne:proceeds-taken",
  "ariadne:identity-used-in-name",
  "ariadne:employer-holds-bank-account",
  "ariadne:deceived-about-work",
  "ariadne:recruitment-fee-or-travel-debt",
  "recruitment_abuse_of_vulnerability:economic-reasons",
  "coercion_at_destination:debt-bondage",
  "coercion_at_destination:confiscation-of-documents",
  "coercion_at_destination:isolation-confinement-surveillance",
  "ariadne:threat-sent-home-or-reported",
  "coercion_at_destination:threats-of-violence",
  "coercion_at_destination:violence-on-victim",
];
