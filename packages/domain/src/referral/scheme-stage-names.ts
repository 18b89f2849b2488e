import type { SchemeStage } from "./scheme-of-assistance.ts";

/**
 * The pathway's stages in the app's languages: one source for the web app and the printable
 * (PDF) scheme, so a stage is named the same on screen and on paper.
 */
export const schemeStageNames: Record<"en" | "fi" | "sv", Record<SchemeStage, string>> = {
  en: {
    first_contact_safety: "First contact and immediate safety",
    needs_assessment: "Needs assessment",
    accommodation: "Accommodation",
    health: "Health",
    legal_status_rights: "Legal status and rights",
    long_term_support: "Long-term support",
    closure_or_return: "Closure or return",
  },
  fi: {
    first_contact_safety: "Ensikontakti ja välitön turvallisuus",
    needs_assessment: "Palvelutarpeen arviointi",
    accommodation: "Majoitus",
    health: "Terveys",
    legal_status_rights: "Oikeudellinen asema ja oikeudet",
    long_term_support: "Pitkäaikainen tuki",
    closure_or_return: "Päättäminen tai paluu",
  },
  sv: {
    first_contact_safety: "Första kontakt och omedelbar säkerhet",
    needs_assessment: "Bedömning av behov",
    accommodation: "Boende",
    health: "Hälsa",
    legal_status_rights: "Rättslig ställning och rättigheter",
    long_term_support: "Långsiktigt stöd",
    closure_or_return: "Avslut eller återvändande",
  },
};
