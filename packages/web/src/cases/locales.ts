/** Messages of the cases module, under `cases.*`; the locale test checks all three. */
export const casesLocales = {
  en: { title: "Cases" },
  fi: { title: "Asiakkuudet" },
  sv: { title: "Ärenden" },
};
