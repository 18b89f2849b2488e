/**
 * Copies translators' domain and server texts into the domain package (issue 18):
 *
 *   node --import tsx scripts/i18n/import-domain-translations.ts [from]     (default: /work/i18n-out)
 *
 * reads `<from>/<lang>/{domain,server}/<area>.json` (an area English has) and `<from>/<lang>/STATUS.md`,
 * and writes `packages/domain/src/locales/<lang>/<area>.json`, the language's `index.ts` (what
 * `loadLocale` imports), `locales/loaders.ts` and `locales/known-gaps.json`. A text is taken only if
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
  const areas = areasOf(locale);
  if (areas.length === 0) {
    knownGaps[locale] = "not started";
    continue;
  }
  loaded.push(locale);
  const name = (a: string) => a.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  writeFileSync(
    join(dir, locale, "index.ts"),
    `// Written by scripts/i18n/import-domain-translations.ts: this language's domain texts, loaded together.\n${areas
      .map((a) => `import ${name(a)} from "./${a}.json";\n`)
      .join("")}\nexport default { ${areas.map(name).join(", ")} };\n`,
  );
  const own = Object.fromEntries(areas.map((a) => [a, readJson(join(dir, locale, `${a}.json`))]));
  const gaps = localeGaps(english, own);
  if (Object.keys(gaps).length > 0) knownGaps[locale] = gaps;
}
writeFileSync(
  join(dir, "loaders.ts"),
  `/**
 * The languages whose domain texts are loaded when chosen, each one folder of JSON files
 * (\`<lang>/<area>.json\`) gathered by its \`index.ts\`. English, Finnish and Swedish are built in.
 * Written by scripts/i18n/import-domain-translations.ts.
 */
export const localeLoaders: Record<string, () => Promise<Record<string, unknown>>> = {
${loaded.map((l) => `  ${l}: () => import("./${l}/index.ts").then((m) => m.default),`).join("\n")}
};
`,
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
