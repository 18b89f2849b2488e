/**
 * The person's fields in the languages Ariadne speaks: one wording for the case pages and for the
 * export the person receives (GDPR art. 12: clear and plain language the person understands).
 */
export const personFieldLabels = {
  en: {
    givenName: "Given name",
    familyName: "Family name",
    aliases: "Other names",
    dateOfBirth: "Date of birth",
    documentNumbers: "Document numbers",
    phone: "Phone",
    address: "Address",
    gender: "Gender",
    ageBand: "Age band",
    citizenship: "Citizenship",
    languages: "Languages",
    unaccompaniedMinor: "Unaccompanied minor",
  },
  fi: {
    givenName: "Etunimi",
    familyName: "Sukunimi",
    aliases: "Muut nimet",
    dateOfBirth: "Syntymäaika",
    documentNumbers: "Asiakirjojen numerot",
    phone: "Puhelin",
    address: "Osoite",
    gender: "Sukupuoli",
    ageBand: "Ikäryhmä",
    citizenship: "Kansalaisuus",
    languages: "Kielet",
    unaccompaniedMinor: "Ilman huoltajaa oleva alaikäinen",
  },
  sv: {
    givenName: "Förnamn",
    familyName: "Efternamn",
    aliases: "Andra namn",
    dateOfBirth: "Födelsedatum",
    documentNumbers: "Dokumentnummer",
    phone: "Telefon",
    address: "Adress",
    gender: "Kön",
    ageBand: "Åldersgrupp",
    citizenship: "Medborgarskap",
    languages: "Språk",
    unaccompaniedMinor: "Ensamkommande minderårig",
  },
} as const;
