/** Messages of the action plan module, under `plan.*`; the locale test checks all three. */
export const planLocales = {
  en: { title: "Action plan" },
  fi: { title: "Toimintasuunnitelma" },
  sv: { title: "Handlingsplan" },
};
