import type { SupplementaryFormId } from "../types.ts";

/**
 * Supplementary, form-specific indicators. They point to a form that the ILO/EC lists do not
 * cover on their own and never feed the ILO/EC rule. Drawn from UNODC "Human trafficking
 * indicators" (general, domestic servitude, begging and petty crime) and, for forced and sham
 * marriage and benefit fraud, from the forms named in CBSS/HEUNI (2016) and Directive
 * 2011/36/EU as amended by (EU) 2024/1712. Paraphrased for Ariadne, not quoted.
 * Concepts in order; each one's id is `sup.<form>.<nn>` and its texts are in
 * locales/<lang>/catalogue.json under `indicators.<id>`.
 */
export const supplementaryConcepts: Record<SupplementaryFormId, readonly string[]> = {
  forced_begging: [
    "begging-hands-over-takings",
    "begging-quota",
    "begging-transported-watched",
    "begging-child-disabled-elderly",
  ],
  forced_criminality: [
    "crime-for-others",
    "crime-quota-punishment",
    "crime-debt-or-confinement",
    "crime-fear-of-punishment",
  ],
  forced_marriage: [
    "marriage-against-will",
    "marriage-for-payment",
    "marriage-control",
    "marriage-forced-labour-or-sex",
    "marriage-honour-threats",
  ],
  benefit_fraud: [
    "benefit-account-controlled",
    "benefit-registered-address",
    "benefit-accompanied",
    "benefit-loans-in-name",
  ],
  domestic_servitude: [
    "domestic-lives-with-employer",
    "domestic-never-alone-outside",
    "domestic-on-call",
    "domestic-degrading-treatment",
  ],
};
