import { referralsLocales } from "./referrals/locales.ts";
import { schemeLocales } from "./scheme/locales.ts";
import { servicesLocales } from "./services/locales.ts";

/** Messages of the referral module, under `referral.*`; each part keeps its own sub-object. */
export const referralLocales = {
  en: {
    sections: "Referral sections",
    tabs: {
      services: "Directory",
      gaps: "Gaps",
      scheme: "Scheme of assistance",
      inbox: "Referrals",
    },
    services: servicesLocales.en,
    scheme: schemeLocales.en,
    referrals: referralsLocales.en,
  },
  fi: {
    sections: "Ohjauksen osiot",
    tabs: {
      services: "Palveluhakemisto",
      gaps: "Puutteet",
      scheme: "Auttamisjärjestelmä",
      inbox: "Ohjaukset",
    },
    services: servicesLocales.fi,
    scheme: schemeLocales.fi,
    referrals: referralsLocales.fi,
  },
  sv: {
    sections: "Hänvisningens avsnitt",
    tabs: {
      services: "Tjänstekatalog",
      gaps: "Luckor",
      scheme: "Stödsystem",
      inbox: "Hänvisningar",
    },
    services: servicesLocales.sv,
    scheme: schemeLocales.sv,
    referrals: referralsLocales.sv,
  },
} as const;
