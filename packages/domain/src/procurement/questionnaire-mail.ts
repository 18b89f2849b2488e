/** The words of the mail that brings a supplier's contact the questionnaire link, in the link's language. */
const words = {
  en: {
    subject: (m: string) => `${m}: self-assessment on working conditions`,
    body: (m: string, url: string, until: string) =>
      `${m} asks your company to answer a short self-assessment on working conditions in a public contract.\n\nThe link works once, until ${until}:\n${url}\n\nNo account is needed. If you did not expect this, ask ${m}'s procurement office.`,
  },
  fi: {
    subject: (m: string) => `${m}: itsearviointi työoloista`,
    body: (m: string, url: string, until: string) =>
      `${m} pyytää yritystänne vastaamaan lyhyeen itsearviointiin työoloista julkisessa hankintasopimuksessa.\n\nLinkki toimii kerran, ${until} asti:\n${url}\n\nTunnuksia ei tarvita. Jos et odottanut tätä viestiä, ota yhteyttä: ${m}, hankinnat.`,
  },
  sv: {
    subject: (m: string) => `${m}: självskattning om arbetsvillkor`,
    body: (m: string, url: string, until: string) =>
      `${m} ber ert företag att besvara en kort självskattning om arbetsvillkoren i ett offentligt avtal.\n\nLänken fungerar en gång, till ${until}:\n${url}\n\nInget konto behövs. Om du inte väntade dig detta, kontakta ${m}, upphandlingen.`,
  },
} as const;

/**
 * The questionnaire mail: the municipality's name, the single-use link and its last day, nothing
 * more (no contract facts, no names), as the link is the only thing the supplier needs from it.
 */
export function questionnaireEmail(
  language: "en" | "fi" | "sv",
  p: { municipalityName: string; url: string; expiresOn: string },
): { subject: string; text: string } {
  const w = words[language];
  return { subject: w.subject(p.municipalityName), text: w.body(p.municipalityName, p.url, p.expiresOn) };
}
