import { cases } from "@ariadne/domain";

// The same words as on the case pages, from one place.
const { personFieldLabels } = cases;

/**
 * The person export's words in the languages Ariadne speaks (GDPR art. 12: information in clear
 * and plain language the person understands): headings, the person's fields, statuses and
 * timeline kinds. Codes without a word here print as the code.
 */
export const exportLabels = {
  en: {
    title: "Personal data held by the municipality",
    intro: "Everything recorded about you in this case, as of the date below (GDPR art. 15).",
    exportedAt: "Exported",
    caseCode: "Case code",
    person: "Person",
    status: "Status",
    history: "Steps of the case",
    timeline: "Timeline",
    consents: "Consent",
    versions: "Changes",
    withdrawn: "withdrawn",
    none: "none",
    yes: "yes",
    no: "no",
    done: "done",
    version: "version",
    fields: {
      caseCode: "Case code",
      ...personFieldLabels.en,
      anonymised: "Anonymised",
      version: "Version",
    },
    statuses: {
      concern_raised: "Concern raised",
      screening: "Screening",
      potential_victim: "Potential victim",
      presumed_victim: "Presumed victim",
      in_assistance: "In assistance",
      closed: "Closed",
    },
    kinds: {
      note: "Note",
      contact: "Contact",
      meeting: "Meeting",
      task: "Task",
      attachment: "Attachment",
      screening: "Screening",
    },
    purposes: {
      processing: "Processing of personal data",
      sharing: "Sharing with an organisation",
      contact: "Being contacted",
    },
    genders: { female: "Female", male: "Male", non_binary: "Non-binary", unknown: "Unknown" },
    forms: { oral: "oral", written: "written" },
  },
  fi: {
    title: "Kunnan hallussa olevat henkilötiedot",
    intro: "Kaikki sinusta tähän asiaan kirjattu alla olevan päivän tilanteen mukaan (GDPR 15 art.).",
    exportedAt: "Viety",
    caseCode: "Asiatunnus",
    person: "Henkilö",
    status: "Tila",
    history: "Asian vaiheet",
    timeline: "Aikajana",
    consents: "Suostumus",
    versions: "Muutokset",
    withdrawn: "peruttu",
    none: "ei mitään",
    yes: "kyllä",
    no: "ei",
    done: "tehty",
    version: "versio",
    fields: {
      caseCode: "Asiatunnus",
      ...personFieldLabels.fi,
      anonymised: "Anonymisoitu",
      version: "Versio",
    },
    statuses: {
      concern_raised: "Huoli herännyt",
      screening: "Seulonnassa",
      potential_victim: "Mahdollinen uhri",
      presumed_victim: "Oletettu uhri",
      in_assistance: "Auttamisen piirissä",
      closed: "Päättynyt",
    },
    kinds: {
      note: "Muistiinpano",
      contact: "Yhteydenotto",
      meeting: "Tapaaminen",
      task: "Tehtävä",
      attachment: "Liite",
      screening: "Seulonta",
    },
    purposes: {
      processing: "Henkilötietojen käsittely",
      sharing: "Tietojen jakaminen organisaatiolle",
      contact: "Yhteydenpito",
    },
    genders: { female: "Nainen", male: "Mies", non_binary: "Muunsukupuolinen", unknown: "Ei tiedossa" },
    forms: { oral: "suullinen", written: "kirjallinen" },
  },
  sv: {
    title: "Personuppgifter som kommunen behandlar",
    intro: "Allt som registrerats om dig i detta ärende per datumet nedan (GDPR art. 15).",
    exportedAt: "Exporterad",
    caseCode: "Ärendekod",
    person: "Person",
    status: "Status",
    history: "Ärendets steg",
    timeline: "Tidslinje",
    consents: "Samtycke",
    versions: "Ändringar",
    withdrawn: "återkallat",
    none: "inget",
    yes: "ja",
    no: "nej",
    done: "klar",
    version: "version",
    fields: {
      caseCode: "Ärendekod",
      ...personFieldLabels.sv,
      anonymised: "Anonymiserad",
      version: "Version",
    },
    statuses: {
      concern_raised: "Oro väckt",
      screening: "Under kartläggning",
      potential_victim: "Potentiellt offer",
      presumed_victim: "Förmodat offer",
      in_assistance: "Får stöd",
      closed: "Avslutat",
    },
    kinds: {
      note: "Anteckning",
      contact: "Kontakt",
      meeting: "Möte",
      task: "Uppgift",
      attachment: "Bilaga",
      screening: "Kartläggning",
    },
    purposes: {
      processing: "Behandling av personuppgifter",
      sharing: "Delning med en organisation",
      contact: "Att bli kontaktad",
    },
    genders: { female: "Kvinna", male: "Man", non_binary: "Icke-binär", unknown: "Okänt" },
    forms: { oral: "muntligt", written: "skriftligt" },
  },
} as const;

export type ExportLanguage = keyof typeof exportLabels;
export type ExportLabels = (typeof exportLabels)[ExportLanguage];

/** The word for a code in one of the label groups, or the code itself. */
export function wordFor(group: Record<string, string>, code: string): string {
  return group[code] ?? code;
}
