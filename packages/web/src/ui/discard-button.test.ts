import { describe, expect, it } from "vitest";
import { wouldLoseWork } from "./discard-button.tsx";

describe("wouldLoseWork: a discard asks only when something would be lost", () => {
  it("asks nothing of an untouched form, or one changed back", () => {
    expect(wouldLoseWork({ name: "Shelter", active: true }, { name: "Shelter", active: true })).toBe(false);
    expect(wouldLoseWork({ name: "", tags: [] }, { name: null, tags: [] })).toBe(false);
  });

  it("asks when any value differs", () => {
    expect(wouldLoseWork({ name: "Shelter" }, { name: "Shelter 2" })).toBe(true);
    expect(wouldLoseWork({ role: "frontline", active: true }, { role: "frontline", active: false })).toBe(
      true,
    );
    expect(wouldLoseWork({ languages: ["fi"] }, { languages: ["fi", "ru"] })).toBe(true);
  });
});
