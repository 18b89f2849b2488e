/**
 * Copies translators' files into the web app (issue 18):
 *
 *   node --import tsx scripts/i18n/import-translations.ts [from] [lang …]   (default: /work/i18n-out, all)
 *
 * reads `<from>/<lang>/web/<ns>.json` and `<from>/<lang>/STATUS.md`, and writes
 * `packages/web/src/locales/<lang>/<ns>.json`, the language's `_meta.json` (kept if it exists, so a
 * reviewer's name written there stays) and `_coverage.json`. A message is taken only if it would
 * pass the locale test: a key English has, the same {{placeholders}}, a plural message with a form
 * for each of the language's plural categories. What is left out is printed and falls back to
 * English (a recorded gap), so one wrong message never blocks a language.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compareLocale, leaves, messageOf, type Tree } from "../../packages/web/src/i18n/coverage.ts";
import { localesDir, readJson, reportFor, writeCoverage } from "../../packages/web/src/i18n/locale-files.ts";

const from = process.argv[2] ?? "/work/i18n-out";
const only = process.argv.slice(3);
/** Each language's name in itself, for the switcher. */
const names: Record<string, string> = {
  da: "Dansk",
  de: "Deutsch",
  et: "Eesti",
  is: "Íslenska",
  lt: "Lietuvių",
  lv: "Latviešu",
  nb: "Norsk bokmål",
  pl: "Polski",
};

function setPath(tree: Tree, key: string, text: string) {
  const parts = key.split(".");
  let node = tree;
  for (const part of parts.slice(0, -1)) {
    if (typeof node[part] !== "object") node[part] = {};
    node = node[part] as Tree;
  }
  node[parts.at(-1)!] = text;
}

/** The messages of one file that pass the locale test's rules, in English's key order. */
function acceptable(
  lang: string,
  ns: string,
  english: Tree,
  translated: Tree,
): { kept: Tree; dropped: string[] } {
  const report = compareLocale(lang, { [ns]: english }, { [ns]: translated });
  const bad = new Set([
    ...report.extra,
    ...report.wrongPlaceholders,
    ...report.empty,
    ...report.missingPluralForms.map((m) => m.replace(/ \(.*$/, "")),
  ]);
  const own = new Map(leaves({ [ns]: translated }));
  const kept: Tree = {};
  const dropped = new Set<string>();
  for (const [key, text] of own) {
    const { base } = messageOf(key);
    if (bad.has(key) || bad.has(base)) dropped.add(bad.has(key) ? key : base);
    else setPath(kept, key.slice(ns.length + 1), text);
  }
  // Keep English's order, so files diff well against English.
  const ordered: Tree = {};
  const order = (ref: Tree, src: Tree, out: Tree) => {
    for (const [k, v] of Object.entries(ref)) {
      for (const form of [
        k,
        ...["zero", "one", "two", "few", "many", "other"].map((f) => `${messageOf(k).base}_${f}`),
      ]) {
        if (form in src && !(form in out)) {
          const value = src[form]!;
          out[form] = typeof value === "string" ? value : {};
          if (typeof value !== "string" && typeof v !== "string") order(v, value, out[form] as Tree);
        }
      }
    }
  };
  order(english, kept, ordered);
  return { kept: ordered, dropped: [...dropped].sort() };
}

function statusNote(text: string): string {
  const bold = /\*\*([^*]+)\*\*/.exec(text);
  return (bold?.[1] ?? "").trim();
}

for (const lang of readdirSync(from).sort()) {
  const web = join(from, lang, "web");
  if (lang === "en" || !existsSync(web) || (only.length > 0 && !only.includes(lang))) continue;
  const out = join(localesDir, lang);
  mkdirSync(out, { recursive: true });
  let files = 0;
  for (const file of readdirSync(web).filter((f) => f.endsWith(".json"))) {
    const ns = file.replace(/\.json$/, "");
    const englishFile = join(localesDir, "en", file);
    if (!existsSync(englishFile)) {
      console.log(`${lang}/${file}: no such English file, skipped`);
      continue;
    }
    let translated: Tree;
    try {
      translated = JSON.parse(readFileSync(join(web, file), "utf8")) as Tree;
    } catch (e) {
      console.log(`${lang}/${file}: not valid JSON, skipped (${(e as Error).message})`);
      continue;
    }
    const { kept, dropped } = acceptable(lang, ns, readJson<Tree>(englishFile), translated);
    if (dropped.length > 0) console.log(`${lang}/${file}: left out (English shown): ${dropped.join(", ")}`);
    writeFileSync(join(out, file), `${JSON.stringify(kept, null, 2)}\n`);
    files += 1;
  }
  const report = reportFor(lang);
  const metaPath = join(out, "_meta.json");
  const status = existsSync(join(from, lang, "STATUS.md"))
    ? readFileSync(join(from, lang, "STATUS.md"), "utf8")
    : "";
  const previous = existsSync(metaPath) ? readJson<Record<string, unknown>>(metaPath) : {};
  const meta = {
    name: names[lang] ?? lang,
    translatedBy: "AI translator (draft)",
    reviewedBy: null,
    ...previous,
    status: report.missing.length === 0 ? "complete" : "partial",
    note:
      statusNote(status) ||
      (previous.note as string | undefined) ||
      "No status note from the translator yet.",
  };
  writeFileSync(metaPath, `${JSON.stringify(meta, null, 2)}\n`);
  writeCoverage(lang, report);
  console.log(`${lang}: ${files} files, ${report.translated}/${report.total} messages`);
}
