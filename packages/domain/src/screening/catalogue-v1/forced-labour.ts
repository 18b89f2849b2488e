import type { Localised } from "../types.ts";

/**
 * ILO Special Action Programme to Combat Forced Labour, "ILO indicators of forced labour" (2012):
 * the eleven indicators, each mapped to the ILO/EC concepts that evidence it. The mapping is
 * Ariadne's reading, not the ILO's.
 */
export const forcedLabourDefinitions: readonly { label: Localised<string>; concepts: readonly string[] }[] = [
  {
    label: {
      en: "Abuse of vulnerability",
      fi: "Haavoittuvan aseman hyväksikäyttö",
      sv: "Utnyttjande av utsatthet",
    },
    concepts: [
      "abuse-difficult-family-situation",
      "abuse-irregular-status",
      "abuse-lack-of-education",
      "abuse-lack-of-information",
      "control-by-exploiters",
      "economic-reasons",
      "false-information-law",
      "false-information-migration",
      "family-situation",
      "personal-situation",
      "psychological-dependency",
      "relationship-with-authorities",
      "abuse-cultural-religious-beliefs",
      "difficulties-in-the-past",
      "difficulty-to-organise-travel",
      "general-context",
      "dependency-on-exploiters",
      "difficulty-unknown-area",
      "personal-characteristics",
    ],
  },
  {
    label: { en: "Deception", fi: "Harhaanjohtaminen", sv: "Vilseledning" },
    concepts: [
      "deceived-nature-of-job",
      "deceived-conditions-of-work",
      "deceived-contract",
      "deceived-family-reunification",
      "deceived-housing",
      "deceived-legal-documentation",
      "deceived-travel-recruitment",
      "deceived-wages",
      "deceived-marriage-adoption",
      "deceived-education",
    ],
  },
  {
    label: {
      en: "Restriction of movement",
      fi: "Liikkumisvapauden rajoittaminen",
      sv: "Begränsad rörelsefrihet",
    },
    concepts: ["isolation-confinement-surveillance"],
  },
  {
    label: { en: "Isolation", fi: "Eristäminen", sv: "Isolering" },
    concepts: ["isolation-confinement-surveillance", "difficulty-unknown-area"],
  },
  {
    label: {
      en: "Physical and sexual violence",
      fi: "Fyysinen ja seksuaalinen väkivalta",
      sv: "Fysiskt och sexuellt våld",
    },
    concepts: ["violence-on-victim", "violence-on-family", "abduction-forced-marriage-selling"],
  },
  {
    label: { en: "Intimidation and threats", fi: "Pelottelu ja uhkailu", sv: "Hot och skrämsel" },
    concepts: [
      "threats-of-violence",
      "threat-of-denunciation",
      "threat-to-inform-family",
      "threat-of-worse-conditions",
      "forced-to-act-against-peers",
      "forced-to-lie",
      "under-strong-influence",
    ],
  },
  {
    label: {
      en: "Retention of identity documents",
      fi: "Henkilöasiakirjojen pidättäminen",
      sv: "Kvarhållande av identitetshandlingar",
    },
    concepts: ["confiscation-of-documents"],
  },
  {
    label: { en: "Withholding of wages", fi: "Palkan pidättäminen", sv: "Innehållen lön" },
    concepts: ["withholding-money", "withholding-of-wages", "low-or-no-salary", "wage-manipulation"],
  },
  { label: { en: "Debt bondage", fi: "Velkaorjuus", sv: "Skuldslaveri" }, concepts: ["debt-bondage"] },
  {
    label: {
      en: "Abusive working and living conditions",
      fi: "Kohtuuttomat työ- ja elinolot",
      sv: "Ovärdiga arbets- och levnadsvillkor",
    },
    concepts: [
      "bad-living-conditions",
      "hazardous-work",
      "very-bad-working-conditions",
      "no-respect-labour-law",
      "no-social-protection",
      "forced-tasks-or-clients",
      "forced-illicit-activities",
      "no-access-to-education",
    ],
  },
  {
    label: { en: "Excessive overtime", fi: "Kohtuuton ylityö", sv: "Orimlig övertid" },
    concepts: ["excessive-working-hours"],
  },
];
