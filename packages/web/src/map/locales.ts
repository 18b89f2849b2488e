/** Messages of the local map module, under `map.*`; the locale test checks all three. */
export const mapLocales = {
  en: { title: "Local map" },
  fi: { title: "Paikallinen kartta" },
  sv: { title: "Lokal karta" },
};
