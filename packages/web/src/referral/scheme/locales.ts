/** Messages of the scheme of assistance, under `referral.scheme.*`. */
export const schemeLocales = {
  en: {
    title: "Scheme of assistance",
    notBuilt: "The municipality's referral pathway is not built yet.",
  },
  fi: {
    title: "Auttamisjärjestelmä",
    notBuilt: "Kunnan ohjauspolkua ei ole vielä rakennettu.",
  },
  sv: {
    title: "Stödsystem",
    notBuilt: "Kommunens hänvisningsväg är inte byggd ännu.",
  },
} as const;
