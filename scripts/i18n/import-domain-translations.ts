/**
 * Copies translators' domain and server texts into the domain package (issue 18):
 *
 *   node --import tsx scripts/i18n/import-domain-translations.ts [from]     (default: /work/i18n-out)
 *
 * reads `<from>/<lang>/{domain,server}/<area>.json` (an area English has) and `<from>/<lang>/STATUS.md`,
 * and writes `packages/domain/src/locales/<lang>/<area>.json` (an empty one for an area the translator
 * has not done, so that one loader reads the same areas of every language), the list of languages and
 * areas in `locales/loaders.ts`, and `locales/known-gaps.json`. A text is taken only if
 * it would pass the locale test: a path English has, the same placeholders, a plural with English's
 * placeholders. What is left out is printed and falls back to English (a listed gap).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  type LocaleGaps,
  localeGaps,
  placeholdersOf,
  stringPaths,
} from "../../packages/domain/src/i18n/coverage.ts";
import { builtInLocaleIds, localeIds } from "../../packages/domain/src/i18n/locales.ts";

const from = process.argv[2] ?? "/work/i18n-out";
const dir = join(import.meta.dirname, "../../packages/domain/src/locales");
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));
const areasOf = (locale: string): string[] =>
  existsSync(join(dir, locale))
    ? readdirSync(join(dir, locale))
        .filter((f) => f.endsWith(".json"))
        .map((f) => f.replace(/\.json$/, ""))
        .sort()
    : [];
const english = Object.fromEntries(areasOf("en").map((a) => [a, readJson(join(dir, "en", `${a}.json`))]));
const at = (bundle: unknown, path: readonly string[]) =>
  path.reduce<unknown>((x, k) => (x as Record<string, unknown> | undefined)?.[k], bundle);
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The translator's texts that pass: English's paths and placeholders. */
function accepted(area: string, bundle: unknown, locale: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of stringPaths(bundle)) {
    const text = at(bundle, path) as string;
    const plural = path.at(-1)?.match(/^(.+)_(zero|one|two|few|many|other)$/);
    const enPath = plural ? [...path.slice(0, -1), `${plural[1]}_other`] : path;
    const en = at(english[area], enPath);
    const ok =
      typeof en === "string" &&
      text.trim() !== "" &&
      (plural
        ? placeholdersOf(text).every((p) => placeholdersOf(en).includes(p))
        : same(placeholdersOf(text), placeholdersOf(en)));
    if (!ok) {
      console.log(`${locale}/${area}: left out ${path.join(".")}`);
      continue;
    }
    let node = out;
    for (const k of path.slice(0, -1)) {
      node[k] ??= {};
      node = node[k] as Record<string, unknown>;
    }
    node[path.at(-1) as string] = text;
  }
  return out;
}

const knownGaps: Record<string, "not started" | LocaleGaps> = {};
const loaded: string[] = [];
for (const locale of localeIds) {
  if ((builtInLocaleIds as readonly string[]).includes(locale)) continue;
  for (const kind of ["domain", "server"]) {
    const src = join(from, locale, kind);
    if (!existsSync(src)) continue;
    for (const file of readdirSync(src).filter((f) => f.endsWith(".json"))) {
      const area = file.replace(/\.json$/, "");
      if (!english[area]) continue;
      let bundle: unknown;
      try {
        bundle = readJson(join(src, file));
      } catch (e) {
        console.log(`${locale}/${area}: does not parse (${String(e)}), left out`);
        continue;
      }
      mkdirSync(join(dir, locale), { recursive: true });
      writeFileSync(join(dir, locale, file), `${JSON.stringify(accepted(area, bundle, locale), null, 2)}\n`);
    }
  }
  if (existsSync(join(from, locale, "STATUS.md")))
    copyFileSync(join(from, locale, "STATUS.md"), join(dir, locale, "STATUS.md"));
  if (areasOf(locale).length === 0) {
    knownGaps[locale] = "not started";
    continue;
  }
  loaded.push(locale);
  for (const area of Object.keys(english))
    if (!existsSync(join(dir, locale, `${area}.json`)))
      writeFileSync(join(dir, locale, `${area}.json`), "{}\n");
  const own = Object.fromEntries(areasOf(locale).map((a) => [a, readJson(join(dir, locale, `${a}.json`))]));
  const gaps = localeGaps(english, own);
  if (Object.keys(gaps).length > 0) knownGaps[locale] = gaps;
}
// Only the two lists of loaders.ts are written; its loader is the same for every language.
const loadersFile = join(dir, "loaders.ts");
const listOf = (items: readonly string[]) => `[${items.map((i) => `"${i}"`).join(", ")}]`;
writeFileSync(
  loadersFile,
  readFileSync(loadersFile, "utf8")
    .replace(/(export const loadedLocaleIds: readonly string\[\] = )\[[^\]]*\]/, `$1${listOf(loaded)}`)
    .replace(
      /(export const domainAreas: readonly string\[\] = )\[[^\]]*\]/,
      `$1${listOf(Object.keys(english))}`,
    ),
);
writeFileSync(join(dir, "known-gaps.json"), `${JSON.stringify(knownGaps, null, 2)}\n`);
console.log(`loaded when chosen: ${loaded.join(", ") || "none"}`);
for (const [l, g] of Object.entries(knownGaps))
  console.log(
    `${l}: ${
      typeof g === "string"
        ? g
        : Object.entries(g)
            .map(([a, p]) => `${a} ${typeof p === "string" ? p : p.length}`)
            .join(", ")
    }`,
  );
