/** Messages of the screening module, under `screening.*`; the locale test checks all three. */
export const screeningLocales = {
  en: { title: "Screening" },
  fi: { title: "Seulonta" },
  sv: { title: "Screening" },
};
