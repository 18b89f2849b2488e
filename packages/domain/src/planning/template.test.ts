import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chapters } from "./chapters.ts";
import { actionPlanTemplate } from "./template.ts";
import { templateV1 } from "./template-v1.ts";

const seed = readFileSync(new URL("./seed-guidelines-2016.txt", import.meta.url), "utf8");
const normalise = (s: string) => s.replace(/[➤\s]+/g, " ").trim();

describe("action plan template", () => {
  it("holds the guidelines' chapters in order: mapping, identification, referral and assistance, prevention, cooperation", () => {
    expect(actionPlanTemplate().chapters.map((c) => c.chapter)).toEqual([
      "mapping",
      "identification",
      "referral_and_assistance",
      "prevention",
      "cooperation",
    ]);
  });

  it("seeds every chapter with at least two recommended actions", () => {
    for (const c of actionPlanTemplate().chapters)
      expect(c.actions.length, c.chapter).toBeGreaterThanOrEqual(2);
  });

  it("quotes the seed text verbatim for every action, under the heading it names", () => {
    const text = normalise(seed);
    for (const a of templateV1) {
      const quote = normalise(a.citation.quote);
      expect(text, a.id).toContain(quote);
      const headingAt = text.indexOf(normalise(a.citation.heading));
      expect(headingAt, a.id).toBeGreaterThanOrEqual(0);
      expect(text.indexOf(quote), a.id).toBeGreaterThan(headingAt);
    }
  });

  it("keeps no word broken by a PDF ligature (ﬁ, ﬂ) lost in extraction", () => {
    const texts = [seed, ...templateV1.flatMap((a) => [a.title, a.citation.quote, a.citation.heading])];
    for (const text of texts) {
      expect(text).not.toMatch(/[\uFB00-\uFB06]/);
      expect(text).not.toMatch(
        /\b(identication|identied|signicant|specic|ofcials?|benet|conict|inuence|rst|eld)\b/i,
      );
    }
  });

  it("covers the guidelines' three mapping questions", () => {
    const quotes = templateV1.filter((a) => a.chapter === "mapping").map((a) => a.citation.quote);
    expect(quotes).toEqual(
      expect.arrayContaining([
        "Who are the vulnerable groups?",
        "What are the relevant locations?",
        "Who can identify victims?",
      ]),
    );
  });

  it("gives every action a unique id prefixed by its chapter's area", () => {
    const ids = templateV1.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of templateV1) expect(chapters).toContain(a.chapter);
  });
});
