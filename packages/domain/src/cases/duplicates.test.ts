import { describe, expect, it } from "vitest";
import { duplicateCandidates } from "./duplicates.ts";

describe("duplicate candidates", () => {
  it("ranks name with date of birth as strong and a name alone as possible", () => {
    const found = duplicateCandidates({ name: "n1", dateOfBirth: "d1" }, [
      { personId: "a", name: "n1" },
      { personId: "b", name: "n1", dateOfBirth: "d1" },
      { personId: "c", name: "n2", dateOfBirth: "d2" },
    ]);
    expect(found).toEqual([
      { personId: "b", matched: ["name", "dateOfBirth"], strength: "strong" },
      { personId: "a", matched: ["name"], strength: "possible" },
    ]);
  });

  it("treats a shared document number as strong on its own", () => {
    expect(
      duplicateCandidates({ documentNumber: "x" }, [{ personId: "a", documentNumber: "x" }])[0]?.strength,
    ).toBe("strong");
  });

  it("never matches on missing fields", () => {
    expect(duplicateCandidates({ name: null }, [{ personId: "a", name: null }])).toEqual([]);
  });
});
