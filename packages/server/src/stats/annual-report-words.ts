import type { cases, planning, referral } from "@ariadne/domain";

/** The annual report's own words; its figures' categories are coded, so each code has a label here. */
export const reportLanguages = ["en", "fi", "sv"] as const;
export type ReportLanguage = (typeof reportLanguages)[number];

/** The municipality's language by its country, when the reader does not ask for one. */
export function reportLanguageOf(country: string): ReportLanguage {
  return country === "FI" ? "fi" : country === "SE" ? "sv" : "en";
}

export interface ReportWords {
  title: (year: number) => string;
  subject: string;
  note: (k: number) => string;
  /** Said after the note when counts are rounded to a base. */
  rounding: (base: number) => string;
  hidden: string;
  total: string;
  count: string;
  charts: {
    byForm: string;
    byGender: string;
    byAgeBand: string;
    byCitizenship: string;
    timeToAssistance: string;
    referralsByStatus: string;
    plan: string;
  };
  unknown: string;
  forms: Record<(typeof cases.exploitationForms)[number] | "mixed" | "not_recorded", string>;
  genders: Record<(typeof cases.genders)[number], string>;
  tta: Record<"0-7" | "8-30" | "31-90" | "91+" | "not_yet", string>;
  referralStatuses: Record<referral.ReferralStatus, string>;
  chapters: Record<planning.Chapter, string>;
  actionStatuses: Record<planning.ActionStatus, string>;
  meanProgress: string;
}

export const reportWords: Record<ReportLanguage, ReportWords> = {
  en: {
    title: (year) => `Human trafficking: annual figures ${year}`,
    subject: "Annual report for the council and the national rapporteur",
    note: (k) =>
      `Disclosure control: no figure identifies a person. Every count below ${k} is hidden, and so are enough other counts that a hidden one cannot be worked out from the totals. A hidden count is shown as "hidden", never as zero.`,
    rounding: (base) =>
      ` Counts are rounded to the nearest multiple of ${base}, so parts may not add up to the total.`,
    hidden: "hidden",
    total: "Total",
    count: "Count",
    charts: {
      byForm: "Cases by form of exploitation",
      byGender: "Cases by gender",
      byAgeBand: "Cases by age band",
      byCitizenship: "Cases by citizenship",
      timeToAssistance: "Days from first contact to first assistance",
      referralsByStatus: "Referrals by status",
      plan: "Action plan: points per chapter and status",
    },
    unknown: "Unknown",
    forms: {
      sexual_exploitation: "Sexual exploitation",
      forced_labour: "Forced labour",
      forced_begging: "Forced begging",
      forced_criminality: "Forced criminality",
      forced_marriage: "Forced marriage",
      sham_marriage: "Sham marriage",
      benefit_fraud: "Benefit fraud",
      domestic_servitude: "Domestic servitude",
      organ_removal: "Organ removal",
      surrogacy_exploitation: "Exploitation of surrogacy",
      illegal_adoption: "Illegal adoption",
      other: "Other",
      mixed: "Mixed forms",
      not_recorded: "Not recorded",
    },
    genders: { female: "Female", male: "Male", non_binary: "Non-binary", unknown: "Unknown" },
    tta: {
      "0-7": "0–7 days",
      "8-30": "8–30 days",
      "31-90": "31–90 days",
      "91+": "91 days or more",
      not_yet: "Not yet",
    },
    referralStatuses: {
      draft: "Draft",
      sent: "Sent",
      accepted: "Accepted",
      declined: "Declined",
      in_progress: "In progress",
      completed: "Completed",
      ended: "Ended",
      withdrawn: "Withdrawn",
    },
    chapters: {
      mapping: "Mapping the local situation",
      identification: "Identification of victims",
      referral_and_assistance: "Referral and assistance",
      prevention: "Prevention",
      cooperation: "Cooperation and partnership",
    },
    actionStatuses: { planned: "Planned", in_progress: "In progress", done: "Done", cancelled: "Cancelled" },
    meanProgress: "mean progress",
  },
  fi: {
    title: (year) => `Ihmiskauppa: vuoden ${year} luvut`,
    subject: "Vuosiraportti valtuustolle ja kansalliselle raportoijalle",
    note: (k) =>
      `Tietosuojakäsittely: mikään luku ei tunnista henkilöä. Jokainen alle ${k}:n luku piilotetaan, samoin niin monta muuta lukua, ettei piilotettua voi päätellä summista. Piilotettu luku näkyy sanana "piilotettu", ei koskaan nollana.`,
    rounding: (base) =>
      ` Luvut on pyöristetty lähimpään ${base}:n monikertaan, joten osien summa voi poiketa kokonaismäärästä.`,
    hidden: "piilotettu",
    total: "Yhteensä",
    count: "Määrä",
    charts: {
      byForm: "Tapaukset hyväksikäytön muodon mukaan",
      byGender: "Tapaukset sukupuolen mukaan",
      byAgeBand: "Tapaukset ikäryhmän mukaan",
      byCitizenship: "Tapaukset kansalaisuuden mukaan",
      timeToAssistance: "Päiviä ensikontaktista ensimmäiseen apuun",
      referralsByStatus: "Ohjaukset tilan mukaan",
      plan: "Toimintasuunnitelma: toimenpiteet luvuittain ja tiloittain",
    },
    unknown: "Ei tiedossa",
    forms: {
      sexual_exploitation: "Seksuaalinen hyväksikäyttö",
      forced_labour: "Pakkotyö",
      forced_begging: "Pakotettu kerjääminen",
      forced_criminality: "Pakotettu rikollisuus",
      forced_marriage: "Pakkoavioliitto",
      sham_marriage: "Lumeavioliitto",
      benefit_fraud: "Etuuspetos",
      domestic_servitude: "Kotiorjuus",
      organ_removal: "Elinten poisto",
      surrogacy_exploitation: "Sijaissynnytyksen hyväksikäyttö",
      illegal_adoption: "Laiton adoptio",
      other: "Muu",
      mixed: "Useita muotoja",
      not_recorded: "Ei kirjattu",
    },
    genders: { female: "Nainen", male: "Mies", non_binary: "Muunsukupuolinen", unknown: "Ei tiedossa" },
    tta: {
      "0-7": "0–7 päivää",
      "8-30": "8–30 päivää",
      "31-90": "31–90 päivää",
      "91+": "91 päivää tai enemmän",
      not_yet: "Ei vielä",
    },
    referralStatuses: {
      draft: "Luonnos",
      sent: "Lähetetty",
      accepted: "Hyväksytty",
      declined: "Hylätty",
      in_progress: "Käynnissä",
      completed: "Valmis",
      ended: "Päättynyt",
      withdrawn: "Peruttu",
    },
    chapters: {
      mapping: "Paikallisen tilanteen kartoitus",
      identification: "Uhrien tunnistaminen",
      referral_and_assistance: "Ohjaus ja auttaminen",
      prevention: "Ennaltaehkäisy",
      cooperation: "Yhteistyö ja kumppanuus",
    },
    actionStatuses: {
      planned: "Suunniteltu",
      in_progress: "Käynnissä",
      done: "Valmis",
      cancelled: "Peruttu",
    },
    meanProgress: "keskimääräinen eteneminen",
  },
  sv: {
    title: (year) => `Människohandel: årets siffror ${year}`,
    subject: "Årsrapport till fullmäktige och den nationella rapportören",
    note: (k) =>
      `Röjandeskydd: ingen siffra identifierar en person. Varje tal under ${k} döljs, liksom så många andra tal att ett dolt tal inte kan räknas ut ur summorna. Ett dolt tal visas som "dold", aldrig som noll.`,
    rounding: (base) =>
      ` Talen är avrundade till närmaste multipel av ${base}, så delarna summerar inte alltid till totalen.`,
    hidden: "dold",
    total: "Totalt",
    count: "Antal",
    charts: {
      byForm: "Ärenden efter form av exploatering",
      byGender: "Ärenden efter kön",
      byAgeBand: "Ärenden efter åldersgrupp",
      byCitizenship: "Ärenden efter medborgarskap",
      timeToAssistance: "Dagar från första kontakt till första stöd",
      referralsByStatus: "Hänvisningar efter status",
      plan: "Handlingsplan: åtgärder per kapitel och status",
    },
    unknown: "Okänt",
    forms: {
      sexual_exploitation: "Sexuell exploatering",
      forced_labour: "Tvångsarbete",
      forced_begging: "Tvingat tiggeri",
      forced_criminality: "Tvingad brottslighet",
      forced_marriage: "Tvångsäktenskap",
      sham_marriage: "Skenäktenskap",
      benefit_fraud: "Bidragsbedrägeri",
      domestic_servitude: "Hushållsslaveri",
      organ_removal: "Organavlägsnande",
      surrogacy_exploitation: "Exploatering av surrogatmödraskap",
      illegal_adoption: "Olaglig adoption",
      other: "Annat",
      mixed: "Flera former",
      not_recorded: "Inte registrerad",
    },
    genders: { female: "Kvinna", male: "Man", non_binary: "Icke-binär", unknown: "Okänt" },
    tta: {
      "0-7": "0–7 dagar",
      "8-30": "8–30 dagar",
      "31-90": "31–90 dagar",
      "91+": "91 dagar eller mer",
      not_yet: "Ännu inte",
    },
    referralStatuses: {
      draft: "Utkast",
      sent: "Skickad",
      accepted: "Godkänd",
      declined: "Avböjd",
      in_progress: "Pågår",
      completed: "Slutförd",
      ended: "Avslutad",
      withdrawn: "Återtagen",
    },
    chapters: {
      mapping: "Kartläggning av den lokala situationen",
      identification: "Identifiering av offer",
      referral_and_assistance: "Hänvisning och stöd",
      prevention: "Förebyggande",
      cooperation: "Samarbete och partnerskap",
    },
    actionStatuses: { planned: "Planerad", in_progress: "Pågår", done: "Klar", cancelled: "Inställd" },
    meanProgress: "genomsnittligt framsteg",
  },
};
