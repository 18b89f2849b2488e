import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compareLocale, type LocaleReport, type Tree } from "./coverage.ts";

/**
 * The message files on disk (Node only: the locale test and `npm run i18n:coverage`; the app loads
 * them through Vite). `locales/<lang>/<ns>.json`; files starting with `_` are about the language.
 */
export const localesDir = join(import.meta.dirname, "../locales");

export function localeFolders(dir = localesDir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)));
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** A language's messages of every module, each file under its top-level key. */
export function readMessages(lang: string, dir = localesDir): Tree {
  const tree: Tree = {};
  for (const file of readdirSync(join(dir, lang)).sort()) {
    if (!file.endsWith(".json") || file.startsWith("_")) continue;
    tree[file.replace(/\.json$/, "")] = readJson<Tree>(join(dir, lang, file));
  }
  return tree;
}

/** What `_coverage.json` holds: the figures and the known gaps (English messages shown instead). */
export interface CoverageFile {
  translated: number;
  total: number;
  missing: string[];
}

export function coverageFile(report: LocaleReport): CoverageFile {
  return { translated: report.translated, total: report.total, missing: report.missing };
}

export function reportFor(lang: string, dir = localesDir): LocaleReport {
  return compareLocale(lang, readMessages("en", dir), readMessages(lang, dir));
}

export function writeCoverage(lang: string, report: LocaleReport, dir = localesDir): void {
  writeFileSync(join(dir, lang, "_coverage.json"), `${JSON.stringify(coverageFile(report), null, 2)}\n`);
}

export function readCoverage(lang: string, dir = localesDir): CoverageFile | null {
  const path = join(dir, lang, "_coverage.json");
  return existsSync(path) ? readJson<CoverageFile>(path) : null;
}
