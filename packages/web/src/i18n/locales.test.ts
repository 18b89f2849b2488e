import { readdirSync } from "node:fs";
import { join } from "node:path";
import { localeCodes } from "@ariadne/domain/admin/index.ts";
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { leaves, pluralCategories } from "./coverage.ts";
import { changeLocale, loadNamespaces, localeMeta, locales, setupI18n } from "./index.ts";
import {
  coverageFile,
  localeFolders,
  localesDir,
  readCoverage,
  readJson,
  readMessages,
  reportFor,
} from "./locale-files.ts";

const folders = localeFolders();
const others = folders.filter((l) => l !== "en");
const english = readMessages("en");
const namespaces = Object.keys(english);

describe("the message files", () => {
  it("offer every language folder, English first, each with a status note naming it in itself", () => {
    expect([...locales]).toEqual(folders);
    for (const lang of folders) {
      const meta = localeMeta[lang]!;
      expect(meta.name.length, lang).toBeGreaterThan(1);
      expect(["complete", "partial"], lang).toContain(meta.status);
      expect(meta.translatedBy.trim(), lang).not.toBe("");
    }
  });

  it("exist for exactly the languages the server accepts as a user's or municipality's choice", () => {
    expect([...folders].sort()).toEqual([...localeCodes].sort());
  });

  it("have one file per module in every language, and no file of a module English lacks", () => {
    for (const lang of folders) {
      const files = readdirSync(join(localesDir, lang)).filter((f) => !f.startsWith("_"));
      for (const file of files) expect(namespaces, `${lang}/${file}`).toContain(file.replace(/\.json$/, ""));
    }
  });

  it.each(others)(
    "%s: every gap is a known one (listed in _coverage.json; English is shown for it)",
    (lang) => {
      const report = reportFor(lang);
      // A new gap fails here: translate it, or record it with `npm run i18n:coverage -- --write`.
      expect(coverageFile(report)).toEqual(readCoverage(lang));
      if (localeMeta[lang]?.status === "complete") expect(report.missing).toEqual([]);
    },
  );

  it.each(others)("%s: no key English lacks, no empty message", (lang) => {
    const report = reportFor(lang);
    expect(report.extra).toEqual([]);
    expect(report.empty).toEqual([]);
  });

  it.each(others)("%s: every message fills in the same {{placeholders}} as English", (lang) => {
    expect(reportFor(lang).wrongPlaceholders).toEqual([]);
  });

  it.each(others)("%s: every plural message has a form for each plural category of the language", (lang) => {
    expect(reportFor(lang).missingPluralForms).toEqual([]);
  });

  it("reads English's plural messages in CLDR's categories (the test of the rule itself)", () => {
    const plural = leaves(english).filter(([key]) => /_(one|other)$/.test(key));
    expect(plural.length).toBeGreaterThan(0);
    expect(pluralCategories("pl").sort()).toEqual(["few", "many", "one", "other"]);
    expect(pluralCategories("lt").sort()).toEqual(["few", "many", "one", "other"]);
    expect(pluralCategories("lv").sort()).toEqual(["one", "other", "zero"]);
  });
});

describe("messages on screen", () => {
  beforeAll(async () => {
    await setupI18n("en");
  });

  it.each(folders)("%s: shows every English key as a message, never the raw key", async (lang) => {
    await changeLocale(lang);
    // Every module, as a page of each would ask for them.
    await loadNamespaces(namespaces);
    const raw = leaves(english)
      .map(([key]) => key.replace(/_(zero|one|two|few|many|other)$/, ""))
      .filter((key) => {
        const text = i18next.t(key, { count: 1 });
        return text === key || text === "…";
      });
    expect(raw).toEqual([]);
  });

  it("falls back to English message by message, for a key a language lacks", async () => {
    await changeLocale("fi");
    i18next.addResource("en", "translation", "common.onlyInEnglish", "Only in English");
    expect(i18next.t("common.onlyInEnglish")).toBe("Only in English");
    expect(i18next.t("common.save")).toBe(
      readJson<{ save: string }>(join(localesDir, "fi/common.json")).save,
    );
  });

  it.each(others)("%s: shows English for each known gap", async (lang) => {
    await changeLocale(lang);
    for (const key of readCoverage(lang)?.missing ?? []) {
      expect(i18next.t(key, { count: 2 }), key).toBe(i18next.t(key, { count: 2, lng: "en" }));
    }
  });
});
