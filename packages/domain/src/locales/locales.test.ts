import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { localeGaps, placeholdersOf, stringPaths } from "../i18n/coverage.ts";
import { loadLocale } from "../i18n/index.ts";
import { builtInLocaleIds, localeIds } from "../i18n/locales.ts";
import { clauseLibrary } from "../procurement/clauses.ts";
import { cpvDivisions, cpvGroups } from "../procurement/cpv-2008.ts";
import { cpvTexts, cpvTitleIn } from "../procurement/cpv-texts.ts";
import { questions } from "../procurement/follow-up.ts";
import { procurementTexts } from "../procurement/texts.ts";
import { catalogueTexts } from "../screening/catalogue-texts.ts";
import { catalogues } from "../screening/catalogues.ts";
import { indicatorTextIn } from "../screening/indicator-text.ts";
import { courseLanguages } from "../training/course.ts";
import { scenarioSituationIn, scenarios } from "../training/scenarios/index.ts";
import { trainingTexts } from "../training/texts.ts";
import { domainAreas, loadDomainTexts, loadedLocaleIds } from "./loaders.ts";

const dir = import.meta.dirname;
const areasOf = (locale: string): string[] =>
  existsSync(join(dir, locale))
    ? readdirSync(join(dir, locale))
        .filter((f) => f.endsWith(".json"))
        .map((f) => f.replace(/\.json$/, ""))
        .sort()
    : [];
const read = (locale: string, area: string): unknown =>
  JSON.parse(readFileSync(join(dir, locale, `${area}.json`), "utf8"));
const englishAreas = areasOf("en");

/** A locale's gaps: `not started`, or per area `missing` or the dotted paths without a text. */
type Gaps = string | Record<string, string | string[]>;
const knownGaps = JSON.parse(readFileSync(join(dir, "known-gaps.json"), "utf8")) as Record<string, Gaps>;

const areasIn = (locale: string) => Object.fromEntries(areasOf(locale).map((a) => [a, read(locale, a)]));

function gapsOf(locale: string): Gaps | undefined {
  if (areasOf(locale).length === 0) return "not started";
  const gaps = localeGaps(areasIn("en"), areasIn(locale));
  return Object.keys(gaps).length > 0 ? gaps : undefined;
}

describe("domain locales", () => {
  it("lists every locale's gaps in known-gaps.json, so a new gap fails (and a closed one is struck off)", () => {
    const found: Record<string, Gaps> = {};
    for (const locale of localeIds) {
      const gaps = gapsOf(locale);
      if (gaps !== undefined) found[locale] = gaps;
    }
    expect(found).toEqual(knownGaps);
  });

  it("never has a gap in English or in the built-in languages", () => {
    for (const locale of builtInLocaleIds) expect(gapsOf(locale), locale).toBeUndefined();
  });

  it("has only English's keys and English's placeholders in every locale's files", () => {
    const at = (bundle: unknown, path: readonly string[]) =>
      path.reduce<unknown>((x, k) => (x as Record<string, unknown> | undefined)?.[k], bundle);
    for (const locale of localeIds) {
      for (const area of areasOf(locale)) {
        expect(englishAreas, `${locale}/${area}.json has no English file`).toContain(area);
        const english = read("en", area);
        const own = read(locale, area);
        for (const path of stringPaths(own)) {
          const where = `${locale}/${area}: ${path.join(".")}`;
          const text = at(own, path) as string;
          const plural = path.at(-1)?.match(/^(.+)_(zero|one|two|few|many|other)$/);
          if (plural) {
            // A plural form of the locale's own categories: English's `_other` says its placeholders.
            const other = at(english, [...path.slice(0, -1), `${plural[1]}_other`]);
            expect(typeof other, `${where} is no plural in English`).toBe("string");
            const allowed = placeholdersOf(other as string);
            for (const p of placeholdersOf(text)) expect(allowed, where).toContain(p);
            if (plural[2] === "other") expect(placeholdersOf(text), where).toEqual(allowed);
            continue;
          }
          const en = at(english, path);
          expect(typeof en, `${where} is not in English`).toBe("string");
          expect(placeholdersOf(text), where).toEqual(placeholdersOf(en as string));
        }
      }
    }
  });

  it("has every plural form of a locale's categories where English has a plural", () => {
    for (const locale of localeIds) {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const area of areasOf(locale)) {
        const own = new Set(stringPaths(read(locale, area)).map((p) => p.join(".")));
        for (const path of stringPaths(read("en", area))) {
          const key = path.join(".");
          if (!key.endsWith("_other") || !own.has(key)) continue;
          const base = key.slice(0, -"_other".length);
          for (const c of categories)
            expect(own.has(`${base}_${c}`), `${locale}/${area}: ${base}_${c}`).toBe(true);
        }
      }
    }
  });

  it("loads every locale that has files, and only those, each with every area English has", async () => {
    const withFiles = localeIds.filter(
      (l) => !(builtInLocaleIds as readonly string[]).includes(l) && areasOf(l).length > 0,
    );
    expect([...loadedLocaleIds].sort()).toEqual([...withFiles].sort());
    expect([...domainAreas].sort()).toEqual(englishAreas);
    for (const locale of loadedLocaleIds) {
      expect(areasOf(locale), locale).toEqual(englishAreas);
      // One loader for every language: what it reads is the language's files as they are.
      expect(await loadDomainTexts(locale), locale).toEqual(areasIn(locale));
    }
  });

  it("gives every indicator of every catalogue its wording, what to look for and how to ask in every locale", async () => {
    for (const locale of localeIds) {
      await loadLocale(locale);
      const gaps = gapsOf(locale);
      const catalogueGaps = typeof gaps === "string" ? gaps : gaps?.catalogue;
      for (const catalogue of Object.values(catalogues)) {
        for (const indicator of catalogue.indicators) {
          const t = indicatorTextIn(indicator, locale);
          for (const field of ["wording", "lookFor", "ask"] as const) {
            // English always has the text; a locale shows English only where its gap is listed.
            expect(t[field].trim().length, `${indicator.id} ${locale} ${field}`).toBeGreaterThan(3);
            const english = indicatorTextIn(indicator, "en")[field];
            if (catalogueGaps === undefined && locale !== "en")
              expect(t[field], `${indicator.id} ${locale} ${field} is English`).not.toBe(english);
          }
          if (locale === "en") {
            const path =
              indicator.kind === "ilo" ? ["concepts", indicator.concept] : ["indicators", indicator.id];
            for (const field of ["wording", "lookFor", "ask"])
              expect(catalogueTexts.has("en", [...path, field]), `${indicator.id} ${field}`).toBe(true);
          }
        }
      }
    }
  });

  it("gives every training text (the certificate's words, every scenario) its own text in every locale", async () => {
    // What a course's learner reads and their certificate prints, in any of the course languages.
    const paths = stringPaths(trainingTexts.builtIn.en);
    expect(paths.map((p) => p[0])).toEqual(expect.arrayContaining(["certificate", "scenarios"]));
    for (const locale of courseLanguages) {
      await loadLocale(locale);
      for (const path of paths) {
        const where = `${locale}: training.${path.join(".")}`;
        expect(trainingTexts.has(locale, path), where).toBe(true);
        expect(trainingTexts.text(locale, path).trim(), where).not.toBe("");
        if (locale !== "en")
          expect(trainingTexts.text(locale, path), `${where} is English`).not.toBe(
            trainingTexts.text("en", path),
          );
      }
      expect(trainingTexts.in(locale).certificate, locale).toEqual(
        Object.fromEntries(
          paths.filter((p) => p[0] === "certificate").map((p) => [p[1], trainingTexts.text(locale, p)]),
        ),
      );
    }
  });

  it("gives every procurement clause, supplier question and training scenario its own text in every locale", async () => {
    // The texts a tender, a supplier and a trainee read: English is the fallback, never the text.
    const texts = [
      ...clauseLibrary.flatMap((c) =>
        (["title", "purpose", "wording"] as const).map((part) => ({
          area: procurementTexts,
          path: ["clauses", c.id, part],
        })),
      ),
      ...questions.map((q) => ({ area: procurementTexts, path: ["questions", q.id] })),
      ...scenarios.map((s) => ({ area: trainingTexts, path: ["scenarios", s.id] })),
    ];
    expect(texts.length).toBeGreaterThan(60);
    for (const locale of localeIds) {
      await loadLocale(locale);
      for (const { area, path } of texts) {
        const where = `${locale}: ${path.join(".")}`;
        expect(area.has(locale, path), where).toBe(true);
        expect(area.text(locale, path).trim().length, where).toBeGreaterThan(10);
        if (locale !== "en")
          expect(area.text(locale, path), `${where} is English`).not.toBe(area.text("en", path));
      }
    }
    // The scenario as a reader sees it: the library's in their language, English before it loads.
    const berries = scenarios.find((s) => s.id === "agri-berry-fee")!;
    expect(scenarioSituationIn(berries, "pl")).toMatch(/^Sezonowi zbieracze jagód/);
    expect(scenarioSituationIn(berries, "fi")).toBe(berries.situation.fi);
  });

  it("gives every CPV 2008 division and group a title in every locale, its own unless its gap is listed", async () => {
    // English's file is the vocabulary of cpv-2008.ts, code for code and title for title.
    const vocabulary = [...cpvDivisions, ...cpvGroups];
    expect(vocabulary).toHaveLength(317);
    expect(read("en", "cpv")).toEqual(Object.fromEntries(vocabulary.map((e) => [e.code, e.title])));
    for (const locale of localeIds) {
      await loadLocale(locale);
      const gaps = gapsOf(locale);
      const listed = typeof gaps === "string" ? gaps : gaps?.cpv;
      // A locale has the whole vocabulary or none of it yet (then listed as missing, English shown).
      const own = vocabulary.filter((e) => cpvTexts.has(locale, [e.code]));
      expect([vocabulary.length, 0], locale).toContain(own.length);
      expect(listed === undefined, `${locale}: its gap is listed exactly when it has no titles`).toBe(
        own.length === vocabulary.length,
      );
      for (const { code, title } of vocabulary) {
        const text = cpvTitleIn(code, locale);
        expect(text?.trim().length, `${locale} ${code}`).toBeGreaterThan(2);
        if (listed !== undefined) expect(text, `${locale} ${code} falls back to English`).toBe(title);
      }
      // Each locale's titles are its own: no two codes share one, and none is left in English.
      if (locale !== "en" && listed === undefined) {
        const titles = vocabulary.map((e) => cpvTitleIn(e.code, locale));
        const english = vocabulary.filter((e) => cpvTitleIn(e.code, locale) === e.title).map((e) => e.code);
        expect(english, `${locale}: titles left in English`).toEqual([]);
        expect(new Set(titles).size, `${locale}: titles repeated`).toBe(titles.length);
      }
    }
    expect(cpvTitleIn("999", "fi")).toBeNull();
  });
});
