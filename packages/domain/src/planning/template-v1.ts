import type { Chapter } from "./chapters.ts";

/** Where a recommended action comes from: the seed text's heading and its words, verbatim. */
export interface Citation {
  source: "CBSS Task Force against Trafficking in Human Beings & HEUNI, Guidelines for municipalities (2016)";
  heading: string;
  quote: string;
}

export interface RecommendedAction {
  /** Stable id; action points seeded from the template keep it. */
  id: string;
  chapter: Chapter;
  title: string;
  citation: Citation;
}

const source =
  "CBSS Task Force against Trafficking in Human Beings & HEUNI, Guidelines for municipalities (2016)" as const;
const cite = (heading: string, quote: string): Citation => ({ source, heading, quote });
const mapping = "Mapping the local situation";
const identification = "Identification of victims";
const referral = "Referring persons to assistance";
const prevention = "Prevention of human trafficking";
const conclusions = "Conclusions";

/**
 * Template version 1 of the action plan: the guidelines' recommended actions, one a line, each
 * quoting the seed text (seed-guidelines-2016.txt beside this file). Published: never edit in
 * place; add template-v2 instead. (A letter lost to the PDF's "fi" ligature in extraction, "identication",
 * was corrected: the source reads "identification"; migration 0046 corrects seeded copies.)
 */
export const templateV1: readonly RecommendedAction[] = [
  {
    id: "mapping.vulnerable-groups",
    chapter: "mapping",
    title: "Map the vulnerable groups in the municipality",
    citation: cite(mapping, "Who are the vulnerable groups?"),
  },
  {
    id: "mapping.locations",
    chapter: "mapping",
    title: "Map the relevant locations and sectors",
    citation: cite(mapping, "What are the relevant locations?"),
  },
  {
    id: "mapping.identifying-actors",
    chapter: "mapping",
    title: "Map the actors who can identify victims",
    citation: cite(mapping, "Who can identify victims?"),
  },
  {
    id: "mapping.forms",
    chapter: "mapping",
    title: "Record the forms of exploitation seen locally",
    citation: cite(
      mapping,
      "Trafficking as a local phenomenon - huge variety in forms of exploitation (sexual exploitation, forced labour, forced begging & criminality, sham & forced marriages, benefit fraud etc.)",
    ),
  },
  {
    id: "mapping.priorities",
    chapter: "mapping",
    title: "Set local priorities and target resources from the mapping",
    citation: cite(
      mapping,
      "The mapping is the basis for setting local priorities, targeting resources and thus improving identification, assistance and prevention.",
    ),
  },
  {
    id: "identification.early",
    chapter: "identification",
    title: "Focus on early identification",
    citation: cite(
      identification,
      "Cities should focus on early identification, as this serves the needs of the victims best -> also cost effective!",
    ),
  },
  {
    id: "identification.training",
    chapter: "identification",
    title: "Train the professional groups who work with migrants and other vulnerable groups",
    citation: cite(
      identification,
      "Training of professional groups working with migrants and other vulnerable groups -> eg. sosial and health care sectors",
    ),
  },
  {
    id: "identification.outreach",
    chapter: "identification",
    title: "Do outreach work and offer services that support and empower vulnerable groups",
    citation: cite(
      identification,
      "Outreach work and offering services to support and empower vulnerable groups is very important.",
    ),
  },
  {
    id: "identification.joint-services",
    chapter: "identification",
    title:
      "Offer services together with NGOs, churches, trade unions, local associations and migrants' own organisations",
    citation: cite(
      identification,
      "To respond to the needs of most vulnerable groups (e.g. undocumented migrants) it is important to offer services together with NGOS, churches, trade unions or local associations and migrants’ own organisations.",
    ),
  },
  {
    id: "referral.map-services",
    chapter: "referral_and_assistance",
    title: "Map the services for (potential) victims and the actors who provide or could provide them",
    citation: cite(
      referral,
      "Map out services available for (potential) victims within the municipality and actors providing or actors who could provide these services (considering person’s background, gender, age, ethnicity etc.)",
    ),
  },
  {
    id: "referral.responsibilities",
    chapter: "referral_and_assistance",
    title: "Assign clear areas of responsibility in identification and referral",
    citation: cite(
      referral,
      "Assign clear areas of responsibilities on actors taking part in the process of identification and referral, flexible cooperation with NGOs and authorities.",
    ),
  },
  {
    id: "referral.unconditional-assistance",
    chapter: "referral_and_assistance",
    title: "Provide unconditional, rights-based assistance also to potential victims",
    citation: cite(
      referral,
      "Provide unconditional and rights based assistance not only to formally identified victims of human trafficking, but also to potential victims in vulnerable and unprotected situations",
    ),
  },
  {
    id: "referral.scheme-of-assistance",
    chapter: "referral_and_assistance",
    title: "Agree a local scheme of assistance",
    citation: cite(referral, "Scheme of assistance"),
  },
  {
    id: "prevention.awareness",
    chapter: "prevention",
    title: "Raise awareness with general and targeted initiatives",
    citation: cite(prevention, "Awareness raising (general and targeted initiatives)"),
  },
  {
    id: "prevention.new-target-groups",
    chapter: "prevention",
    title: "Extend prevention work to new target groups (taxi drivers, librarians, health inspectors)",
    citation: cite(
      prevention,
      "Expanding the target groups for prevention work beyond the conventional ones, for example to taxi drivers, librarians, health inspectors etc.",
    ),
  },
  {
    id: "prevention.outreach",
    chapter: "prevention",
    title: "Offer outreach activities to populations at risk",
    citation: cite(
      prevention,
      "Offering and implementing outreach activities to support and engage with populations at risk",
    ),
  },
  {
    id: "prevention.procurement",
    chapter: "prevention",
    title: "Include ethical criteria and social clauses in public procurement",
    citation: cite(
      prevention,
      "Including ethical criteria and social clauses in public procurement to prevent exploitation when purchasing goods and services",
    ),
  },
  {
    id: "cooperation.focus-resources",
    chapter: "cooperation",
    title: "Set priorities and focus actions where resources are scarce",
    citation: cite(
      conclusions,
      "Resources are often limited or scarce -> set priorities and focus actions accordingly",
    ),
  },
  {
    id: "cooperation.strategies",
    chapter: "cooperation",
    title:
      "Build the topic into crime prevention strategies and policies on social exclusion, violence against women and integration",
    citation: cite(
      conclusions,
      "Include the diagnosis of trafficking situation into existing crime prevention strategies, or make sure the topic is covered in policies that address e.g., social exclusion, violence against women or integration of migrants",
    ),
  },
  {
    id: "cooperation.partnership",
    chapter: "cooperation",
    title: "Build a multidisciplinary partnership",
    citation: cite(conclusions, "Cooperation & multidisciplinary partnerships are the key to success!"),
  },
];
