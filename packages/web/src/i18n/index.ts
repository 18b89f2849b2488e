/// <reference types="vite/client" />
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { formatNumber } from "../ui/format-number.ts";
import { firstLoadNamespaces, isFirstLoadNamespace } from "./namespaces.ts";

/**
 * The app's messages (issue 18): one folder per language, one JSON file per module,
 * `locales/<lang>/<ns>.json`, each file holding the messages under the top-level key `<ns>` (so
 * a key `<ns>.title` is `title` in `locales/<lang>/<ns>.json`). A language is offered when its
 * folder has a `_meta.json` (its own name and the status of its translation), so adding one is
 * adding a folder. Only the chosen language's files are fetched, a module's when a page of it first
 * needs them; English is the fallback, and only its first-load files are in the first load.
 */
export interface LocaleMeta {
  /** The language's name in itself ("Eesti"), so a reader who cannot read the current one finds it. */
  name: string;
  status: "complete" | "partial";
  translatedBy: string;
  reviewedBy: string | null;
  note?: string;
}

const metas = import.meta.glob<LocaleMeta>("../locales/*/_meta.json", { eager: true, import: "default" });
const langOf = (path: string) => path.split("/")[2] ?? "";

export type Locale = string;
export const localeMeta: Readonly<Record<Locale, LocaleMeta>> = Object.fromEntries(
  Object.entries(metas).map(([path, meta]) => [langOf(path), meta]),
);
/** Every offered language, English first, then by code. */
export const locales: readonly Locale[] = Object.keys(localeMeta).sort((a, b) =>
  a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b),
);

type Bundle = Record<string, unknown>;
// The English files the first load needs are part of it; everything else is its own chunk.
const englishFirstLoad = import.meta.glob<Bundle>(
  "../locales/en/{account,app,auth,common,errors,language,modules,notFound,notifications,shell,users,validation}.json",
  { eager: true, import: "default" },
);
const lazyBundles = import.meta.glob<Bundle>([
  "../locales/*/*.json",
  "!../locales/*/_*.json",
  "!../locales/en/{account,app,auth,common,errors,language,modules,notFound,notifications,shell,users,validation}.json",
]);
const bundlePath = (lng: Locale, ns: string) => `../locales/${lng}/${ns}.json`;

const loaded = new Set<string>();
const loading = new Map<string, Promise<void>>();
/** Namespaces a page has asked for: a language switch loads these before it switches. */
const wanted = new Set<string>(firstLoadNamespaces);

function addBundle(lng: Locale, ns: string, data: Bundle) {
  i18next.addResourceBundle(lng, "translation", { [ns]: data }, true, true);
  loaded.add(`${lng}/${ns}`);
}

function loadBundle(lng: Locale, ns: string): Promise<void> {
  const key = `${lng}/${ns}`;
  if (loaded.has(key)) return Promise.resolve();
  const pending = loading.get(key);
  if (pending) return pending;
  const load = lazyBundles[bundlePath(lng, ns)];
  // A language without this module's file falls back to English for all of it.
  if (!load) {
    loaded.add(key);
    return Promise.resolve();
  }
  const promise = load()
    .then((data) => addBundle(lng, ns, data))
    // Not fetched (offline, before the device kept it): the page shows English, asked again later.
    .catch(() => undefined)
    .finally(() => loading.delete(key));
  loading.set(key, promise);
  return promise;
}

function loadFor(lng: Locale, namespaces: Iterable<string>): Promise<void> {
  const langs = lng === "en" ? ["en"] : [lng, "en"];
  return Promise.all(langs.flatMap((l) => [...namespaces].map((ns) => loadBundle(l, ns)))).then(() => {});
}

/** Loads the current language's (and English's) messages of these modules; a page awaits it. */
export function loadNamespaces(namespaces: readonly string[]): Promise<void> {
  for (const ns of namespaces) wanted.add(ns);
  return loadFor(currentLocale(), namespaces);
}

/** Loads one language's (and English's) messages of these modules, whatever the reader's language. */
export function loadNamespacesIn(lng: Locale, namespaces: readonly string[]): Promise<void> {
  return loadFor(lng, namespaces);
}

/** A lazy page that renders only once its modules' messages are there (no raw keys, no flash). */
export function withMessages<T>(namespaces: readonly string[], importer: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([loadNamespaces(namespaces), importer()]).then(([, page]) => page);
}

const storageKey = "ariadne.locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && locales.includes(value);
}

/** The stored choice, else the browser's first supported language, else English. */
export function initialLocale(): Locale {
  // Storage may be disabled (private mode); the browser language is then the best guess.
  const stored = storedLocale();
  if (stored) return stored;
  for (const tag of globalThis.navigator?.languages ?? []) {
    const lower = tag.toLowerCase();
    // Norwegian is often sent as "no" or "nn"; Bokmål is the written standard we offer.
    const base = /^n[bno]\b/.test(lower) ? "nb" : lower.slice(0, 2);
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

/**
 * A key of a module whose messages are not loaded yet (a page that forgot to ask for them) loads
 * them and shows an ellipsis until then, never the raw key; react-i18next re-renders when they come.
 */
function missingKey(key: string, defaultValue?: string): string {
  const ns = key.split(".")[0] ?? "";
  const lng = currentLocale();
  if (ns && (!loaded.has(`${lng}/${ns}`) || !loaded.has(`en/${ns}`)) && !isFirstLoadNamespace(ns)) {
    void loadNamespaces([ns]);
    return defaultValue ?? "…";
  }
  return defaultValue ?? key;
}

export async function setupI18n(lng: Locale = initialLocale()): Promise<typeof i18next> {
  const english: Bundle = {};
  for (const [path, data] of Object.entries(englishFirstLoad)) {
    const ns = path.split("/")[3]?.replace(/\.json$/, "") ?? "";
    english[ns] = data;
    loaded.add(`en/${ns}`);
  }
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: english } },
    lng,
    fallbackLng: "en",
    supportedLngs: [...locales],
    partialBundledLanguages: true,
    // React escapes. Every value goes through `format` (see formatCounts below).
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
    parseMissingKeyHandler: missingKey,
    // Re-render when a module's messages arrive.
    react: { bindI18nStore: "added" },
  });
  formatCounts();
  await loadFor(lng, wanted);
  // Resolved again now that the language has messages (at init it had none and resolved to English).
  await i18next.changeLanguage(lng);
  applyLocale(lng);
  i18next.on("languageChanged", applyLocale);
  return i18next;
}

type Format = (
  value: unknown,
  format: string | undefined,
  lng: string | undefined,
  options?: object,
) => unknown;

/**
 * A message's `{{count}}` (always a quantity; it picks the plural form) is written as the reader's
 * language writes numbers: "1 234 tapausta", "1.234 Fälle". Other values are left as they are (a
 * year or a code is not a quantity); a `{{value, number}}` in a message formats as i18next does.
 */
function formatCounts() {
  const interpolator = i18next.services.interpolator as unknown as { format: Format };
  const base = interpolator.format;
  interpolator.format = (value, format, lng, options) =>
    !format &&
    typeof value === "number" &&
    (options as { interpolationkey?: string })?.interpolationkey === "count"
      ? formatNumber(value, lng ?? "en")
      : base(value, format, lng, options);
}

/**
 * Switches the language without a reload: first fetches the new language's files of every module
 * shown so far, then switches, so the page never shows a half-translated state. Remembered on this
 * device and sets `<html lang>`.
 */
export async function changeLocale(locale: Locale, remember = true): Promise<void> {
  if (remember) {
    try {
      globalThis.localStorage?.setItem(storageKey, locale);
    } catch {
      // Not remembered, but still switched for this visit.
    }
  }
  await loadFor(locale, wanted);
  await i18next.changeLanguage(locale);
}

function storedLocale(): Locale | null {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

/**
 * After sign-in, the language the server keeps for this user (issue 18): their own choice wins;
 * without one, a choice made on this device stays, else the municipality's default applies.
 */
export function followSignedInLocale(user: { ownLocale: string | null; municipalityLocale: string | null }) {
  const wanted = isLocale(user.ownLocale)
    ? user.ownLocale
    : storedLocale() === null && isLocale(user.municipalityLocale)
      ? user.municipalityLocale
      : null;
  if (wanted && wanted !== currentLocale()) void changeLocale(wanted, isLocale(user.ownLocale));
}

/** The chosen language (not i18next's resolved one, which is English until a file of it is loaded). */
export function currentLocale(): Locale {
  const lng = i18next.language;
  return isLocale(lng) ? lng : "en";
}
