import { describe, expect, it } from "vitest";
import { countryName, languageName, longDate } from "./pdf-words.ts";

describe("the words a PDF prints for dates and codes", () => {
  it("dates in the unambiguous long form in en, fi and sv", () => {
    expect(longDate("2026-12-04", "en")).toBe("4 December 2026");
    expect(longDate("2026-12-04", "fi")).toBe("4. joulukuuta 2026");
    expect(longDate("2026-12-04", "sv")).toBe("4 december 2026");
    expect(longDate("2026-12-04T22:30:00.000Z", "en")).toBe("4 December 2026");
    expect(longDate(null, "en")).toBe("");
  });

  it("names languages and countries in the reader's language", () => {
    expect(languageName("uk", "en")).toBe("Ukrainian");
    expect(languageName("ru", "fi")).toBe("venäjä");
    expect(languageName("uk", "sv")).toBe("ukrainska");
    expect(countryName("UA", "en")).toBe("Ukraine");
    expect(countryName("se", "fi")).toBe("Ruotsi");
  });
});
