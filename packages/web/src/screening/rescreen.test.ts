import { describe, expect, it } from "vitest";
import { toScreeningInput } from "./draft.ts";
import { draftFromSaved } from "./rescreen.ts";

describe("re-screening from a saved screening", () => {
  it("starts from each question's last answer, keeping its date, source and note", () => {
    const draft = draftFromSaved(
      {
        profiles: ["adult_labour"],
        observations: [
          { indicator: "alx.dec.01", status: "present", observedAt: "2026-10-01", source: "interview" },
          { indicator: "alx.dec.01", status: "absent", observedAt: "2026-10-20" },
          { indicator: "alx.cod.01", status: "present", observedAt: "2026-10-20", note: "passport kept" },
          { indicator: "sup.dom.03", status: "unknown", observedAt: "2026-10-20" },
        ],
        barriers: ["fear_of_authorities"],
        mode: "full",
      },
      "2026-12-04",
    );
    expect(draft.observedOn).toBe("2026-12-04");
    expect(draft.forms).toEqual(["domestic_servitude"]);
    expect(draft.barriers).toEqual(["fear_of_authorities"]);
    expect(draft.mode).toBe("full");
    expect(draft.savedTo).toBeNull();
    const input = toScreeningInput(draft);
    expect(input.observations).toContainEqual({
      indicator: "alx.dec.01",
      status: "absent",
      observedAt: "2026-10-20",
    });
    expect(input.observations).toContainEqual({
      indicator: "alx.cod.01",
      status: "present",
      observedAt: "2026-10-20",
      note: "passport kept",
    });
  });
});
