/** Messages of referrals between organisations, under `referral.referrals.*`. */
export const referralsLocales = {
  en: {
    title: "Referrals",
    notBuilt: "Referrals between organisations are not built yet.",
  },
  fi: {
    title: "Ohjaukset",
    notBuilt: "Organisaatioiden välisiä ohjauksia ei ole vielä rakennettu.",
  },
  sv: {
    title: "Hänvisningar",
    notBuilt: "Hänvisningar mellan organisationer är inte byggda ännu.",
  },
} as const;
