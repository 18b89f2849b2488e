import { describe, expect, it } from "vitest";
import {
  countryName,
  iso639_1,
  languageName,
  languageNames,
  languagesByName,
  personValueText,
} from "./code-names.ts";

const t = (key: string) => key;

describe("stored codes by name in the reader's language", () => {
  it("names languages and countries in en, fi and sv through Intl.DisplayNames", () => {
    expect(languageNames(["uk", "ru"], "en")).toBe("Ukrainian, Russian");
    expect(languageNames(["uk", "ru"], "fi")).toBe("ukraina, venäjä");
    expect(languageNames(["uk", "ru"], "sv")).toBe("ukrainska, ryska");
    expect(countryName("UA", "sv")).toBe("Ukraina");
    expect(languageName("sv", "fi")).toBe("ruotsi");
  });

  it("lists languages by their names in the reader's alphabetical order, each once", () => {
    const codes = ["ar", "bg", "en", "et", "fa", "fi", "ro", "en"];
    // Polish: angielski, arabski, bułgarski, estoński, fiński, perski, rumuński (by name, not by code).
    expect(languagesByName(codes, "pl").map((l) => l.code)).toEqual([
      "en",
      "ar",
      "bg",
      "et",
      "fi",
      "fa",
      "ro",
    ]);
    expect(languagesByName(["sv", "ar"], "fi")).toEqual([
      { code: "ar", name: "arabia" },
      { code: "sv", name: "ruotsi" },
    ]);
  });

  it("offers every ISO 639-1 code once, each with a name", () => {
    expect(new Set(iso639_1).size).toBe(iso639_1.length);
    expect(iso639_1.length).toBeGreaterThan(180);
    for (const code of ["fi", "sv", "uk", "ru", "ro", "vi", "th"]) expect(iso639_1).toContain(code);
  });

  it("shows a person's coded fields as words, not codes", () => {
    expect(personValueText("gender", "female", t, "fi")).toBe("cases.genders.female");
    expect(personValueText("citizenship", "RO", t, "en")).toBe("Romania");
    expect(personValueText("dateOfBirth", "2001-04-05", t, "en")).toBe("5 Apr 2001");
    expect(personValueText("givenName", "Ana", t, "en")).toBeNull();
  });
});
