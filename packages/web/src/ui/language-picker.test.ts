import { describe, expect, it } from "vitest";
import { matchLanguages, typedCodes } from "./language-picker.tsx";

describe("the language picker's search", () => {
  it("finds a language by its name in the reader's language, by its English name or by its code", () => {
    expect(matchLanguages("ukr", "fi", [])[0]).toBe("uk");
    expect(matchLanguages("venä", "fi", [])[0]).toBe("ru");
    expect(matchLanguages("rysk", "sv", [])[0]).toBe("ru");
    expect(matchLanguages("Russian", "fi", [])[0]).toBe("ru");
    expect(matchLanguages("ro", "en", [])[0]).toBe("ro");
  });

  it("leaves out what is already chosen and offers a short list", () => {
    expect(matchLanguages("ukr", "en", ["uk"])).not.toContain("uk");
    expect(matchLanguages("", "en", []).length).toBeLessThanOrEqual(12);
  });

  it("takes codes typed as such, and nothing else", () => {
    expect(typedCodes("lt, ru")).toEqual(["lt", "ru"]);
    expect(typedCodes("Lithuanian")).toBeNull();
    expect(typedCodes("")).toBeNull();
  });
});
