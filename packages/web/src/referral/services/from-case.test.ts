import { describe, expect, it } from "vitest";
import { youngestAgeOf } from "./from-case.tsx";

describe("youngestAgeOf", () => {
  it("takes the youngest age of a case's age band", () => {
    expect(youngestAgeOf("24-26")).toBe("24");
    expect(youngestAgeOf("48+")).toBe("48");
    expect(youngestAgeOf("0-8")).toBe("0");
    expect(youngestAgeOf(null)).toBe("");
  });
});
