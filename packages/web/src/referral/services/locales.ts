/** Messages of the service directory, matching and gaps, under `referral.services.*`. */
export const servicesLocales = {
  en: {
    title: "Service directory",
    gapsTitle: "Gaps in services",
  },
  fi: {
    title: "Palveluhakemisto",
    gapsTitle: "Puutteet palveluissa",
  },
  sv: {
    title: "Tjänstekatalog",
    gapsTitle: "Luckor i tjänsterna",
  },
} as const;
