import { describe, expect, it } from "vitest";
import { consentLanguageOf } from "./consent-form.tsx";

describe("the language a consent form starts from when the person's is not recorded", () => {
  it("is the reader's, by its base language", () => {
    expect(consentLanguageOf("fi")).toBe("fi");
    expect(consentLanguageOf("sv-FI")).toBe("sv");
    expect(consentLanguageOf("et")).toBe("et");
    expect(consentLanguageOf("nb")).toBe("nb");
  });

  it("offers every language the app speaks", () => {
    for (const lang of ["da", "de", "en", "et", "fi", "is", "lt", "lv", "nb", "pl", "sv"])
      expect(consentLanguageOf(lang)).toBe(lang);
  });

  it("is English when the reader's language is not offered for consent", () => {
    expect(consentLanguageOf("zz")).toBe("en");
  });
});
