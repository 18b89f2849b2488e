// Written by scripts/i18n/import-domain-translations.ts: this language's domain texts, loaded together.
import cases from "./cases.json";
import catalogue from "./catalogue.json";
import notifications from "./notifications.json";
import planning from "./planning.json";
import procurement from "./procurement.json";
import referral from "./referral.json";
import screening from "./screening.json";
import stats from "./stats.json";
import training from "./training.json";

export default {
  cases,
  catalogue,
  notifications,
  planning,
  procurement,
  referral,
  screening,
  stats,
  training,
};
