import { describe, expect, it } from "vitest";
import * as planning from "./index.ts";
import { recommendedActionTitle, templateLocales, templateTitle } from "./template-titles.ts";

describe("recommended actions in the reader's language", () => {
  it("has every template action in en, fi and sv, English as the template words it", () => {
    for (const id of planning.recommendedActionIds) {
      expect(templateLocales.en.actions[id], id).toBe(planning.recommendedAction(id)?.title);
      expect(templateLocales.fi.actions[id], id).toBeTruthy();
      expect(templateLocales.sv.actions[id], id).toBeTruthy();
    }
  });

  it("reads a stored canonical title back to its key and shows it in the reader's language", () => {
    const stored = planning.recommendedAction("referral.scheme-of-assistance")!.title;
    expect(templateTitle("referral.scheme-of-assistance", stored, "fi")).toBe(
      "Sovi paikallinen auttamisjärjestelmä",
    );
    expect(templateTitle("referral.scheme-of-assistance", `Strengthen: ${stored}`, "sv")).toBe(
      "Stärk: Kom överens om en lokal stödordning",
    );
    expect(recommendedActionTitle("cooperation.partnership", "fi")).toBe("Rakenna monialainen kumppanuus");
  });

  it("shows a title the user changed as written, and a point of the user's own as stored", () => {
    expect(templateTitle("referral.scheme-of-assistance", "Our own wording", "fi")).toBe("Our own wording");
    expect(templateTitle(null, "A point of our own", "sv")).toBe("A point of our own");
  });
});
