import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { accountLocales } from "../auth/locales.ts";
import { casesLocales } from "../cases/locales.ts";
import { mapLocales } from "../map/locales.ts";
import { notificationsLocales } from "../notifications/locales.ts";
import { planLocales } from "../plan/locales.ts";
import { preventionLocales } from "../prevention/locales.ts";
import { procurementLocales } from "../procurement/locales.ts";
import { referralLocales } from "../referral/locales.ts";
import { screeningLocales } from "../screening/locales.ts";
import { screeningRecordLocales } from "../screening/locales-record.ts";
import { statsLocales } from "../stats/locales.ts";
import { trainingLocales } from "../training/locales.ts";
import { en } from "./en.ts";
import { fi } from "./fi.ts";
import { sv } from "./sv.ts";

export const locales = ["en", "fi", "sv"] as const;
export type Locale = (typeof locales)[number];

// Each module keeps its own messages beside its code, under its own top-level key.
const withModules = <T extends object>(base: T, l: Locale) => ({
  ...base,
  // A saved screening opened from a case (its own file: the screening messages change often).
  screening: { ...screeningLocales[l], record: screeningRecordLocales[l] },
  cases: casesLocales[l],
  map: mapLocales[l],
  plan: planLocales[l],
  prevention: preventionLocales[l],
  procurement: procurementLocales[l],
  referral: referralLocales[l],
  notifications: notificationsLocales[l],
  account: accountLocales[l],
  stats: statsLocales[l],
  training: trainingLocales[l],
});
export const messages = {
  en: withModules(en, "en"),
  fi: withModules(fi, "fi"),
  sv: withModules(sv, "sv"),
} as const;

const storageKey = "ariadne.locale";

function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The stored choice, else the browser's first supported language, else English. */
export function initialLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage may be disabled (private mode); the browser language is then the best guess.
  }
  for (const tag of globalThis.navigator?.languages ?? []) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLocale(base)) return base;
  }
  return "en";
}

/** Sets `<html lang dir>`: a right-to-left language added later mirrors the logical-property layout. */
function applyLocale(locale: string) {
  if (typeof document === "undefined") return;
  document.documentElement.lang = locale;
  document.documentElement.dir = i18next.dir(locale);
}

export async function setupI18n(): Promise<typeof i18next> {
  const lng = initialLocale();
  await i18next.use(initReactI18next).init({
    resources: {
      en: { translation: messages.en },
      fi: { translation: messages.fi },
      sv: { translation: messages.sv },
    },
    lng,
    fallbackLng: "en",
    supportedLngs: [...locales],
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
  });
  applyLocale(lng);
  i18next.on("languageChanged", applyLocale);
  return i18next;
}

/** Switches the language, remembers it on this device, and sets `<html lang>`. */
export async function changeLocale(locale: Locale): Promise<void> {
  try {
    globalThis.localStorage?.setItem(storageKey, locale);
  } catch {
    // Not remembered, but still switched for this visit.
  }
  await i18next.changeLanguage(locale);
}

export function currentLocale(): Locale {
  const lng = i18next.resolvedLanguage ?? i18next.language;
  return isLocale(lng) ? lng : "en";
}
