import { fill } from "../i18n/fill.ts";
import { procurementTexts } from "./texts.ts";

/**
 * The questionnaire mail: the municipality's name, the single-use link and its last day, nothing
 * more (no contract facts, no names), as the link is the only thing the supplier needs from it;
 * in the link's language, English where that language has none.
 */
export function questionnaireEmail(
  language: string,
  p: { municipalityName: string; url: string; expiresOn: string },
): { subject: string; text: string } {
  const w = procurementTexts.in(language).questionnaireMail;
  const params = { municipality: p.municipalityName, url: p.url, until: p.expiresOn };
  return { subject: fill(w.subject, params), text: fill(w.body, params) };
}
