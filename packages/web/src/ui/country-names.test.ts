import { describe, expect, it } from "vitest";
import { countriesByName, iso3166_1 } from "./code-names.ts";

describe("countries for citizenship", () => {
  it("lists the 249 ISO 3166-1 countries and Kosovo, each once, each with a name the browser knows", () => {
    expect(new Set(iso3166_1).size).toBe(250);
    for (const lang of ["en", "fi", "sv"]) {
      const named = countriesByName(lang);
      expect(named).toHaveLength(250);
      // Every code has a real name, not the code echoed back.
      expect(named.filter((c) => c.name === c.code)).toEqual([]);
    }
  });

  it("names and orders them in the reader's language", () => {
    const fi = countriesByName("fi");
    expect(fi.find((c) => c.code === "DE")?.name).toBe("Saksa");
    const sv = countriesByName("sv").map((c) => c.name);
    // Swedish collation puts Å and Ö after Z.
    expect(sv.indexOf("Österrike")).toBeGreaterThan(sv.indexOf("Zimbabwe"));
    expect(countriesByName("en")[0]?.name).toBe("Afghanistan");
  });
});
