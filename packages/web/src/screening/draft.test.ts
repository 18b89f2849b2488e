import { screening } from "@ariadne/domain";
import { describe, expect, it } from "vitest";
import {
  answeredKeys,
  clearAnswer,
  emptyDraft,
  indicatorIdsOf,
  parseDraft,
  questionKeyOf,
  questionSections,
  setAnswer,
  toScreeningInput,
} from "./draft.ts";

const today = "2026-11-01";
const answer = (
  status: "present" | "absent" | "unknown",
  extra: Partial<{ source: string; note: string }> = {},
) => ({
  status,
  observedAt: today,
  source: "",
  note: "",
  ...extra,
});

describe("screening draft", () => {
  it("records one answer for every chosen list that holds the question", () => {
    const key = questionKeyOf("alx.dec.01")!;
    expect(key).toBe("deceptive_recruitment:deceived-nature-of-job");
    const draft = setAnswer(
      { ...emptyDraft(today), profiles: ["adult_labour", "adult_sexual"] },
      key,
      answer("present"),
    );
    const input = toScreeningInput(draft);
    expect(input.observations.map((o) => o.indicator).sort()).toEqual(["alx.dec.01", "asx.dec.01"]);
    // The engine accepts what the draft produces.
    expect(screening.parseScreeningInput(input).ok).toBe(true);
  });

  it("keeps an answer when the lists change, counting it only in the lists chosen", () => {
    const key = questionKeyOf("alx.dec.01")!;
    let draft = setAnswer({ ...emptyDraft(today), profiles: ["adult_labour"] }, key, answer("present"));
    draft = { ...draft, profiles: ["child_labour"] };
    expect(toScreeningInput(draft).observations.map((o) => o.indicator)).toEqual(["clx.dec.01"]);
    draft = { ...draft, profiles: [] };
    expect(toScreeningInput(draft).observations).toEqual([]);
    expect(answeredKeys(draft)).toEqual([]);
  });

  it("sends source and note only when given, trimmed", () => {
    const key = questionKeyOf("sup.beg.01")!;
    const draft = setAnswer(emptyDraft(today), key, answer("present", { source: " outreach ", note: "  " }));
    expect(indicatorIdsOf(key, [])).toEqual(["sup.beg.01"]);
    expect(toScreeningInput(draft).observations).toEqual([
      { indicator: "sup.beg.01", status: "present", observedAt: today, source: "outreach" },
    ]);
  });

  it("forgets the case it was saved to once an answer changes or is cleared", () => {
    const key = questionKeyOf("alx.dec.01")!;
    const saved = {
      ...setAnswer({ ...emptyDraft(today), profiles: ["adult_labour"] as const }, key, answer("present")),
      savedTo: { caseId: "c", caseCode: "C-1", savedAt: "2026-11-01T10:00:00Z" },
    };
    expect(setAnswer(saved, key, answer("absent")).savedTo).toBeNull();
    const cleared = clearAnswer(saved, key);
    expect(cleared.savedTo).toBeNull();
    expect(cleared.answers).toEqual({});
  });

  it("reads back what it stored, and starts afresh from an unreadable or older draft", () => {
    const key = questionKeyOf("alx.exp.01")!;
    const draft = setAnswer({ ...emptyDraft(today), profiles: ["adult_labour"] }, key, answer("unknown"));
    expect(parseDraft(JSON.stringify(draft), "2026-12-01")).toEqual(draft);
    // A draft stored before the as-of date existed still reads, as of the latest observation.
    const { asOf: _, ...withoutAsOf } = draft;
    expect(parseDraft(JSON.stringify(withoutAsOf), today)).toEqual(draft);
    expect(parseDraft("{not json", today)).toEqual(emptyDraft(today));
    expect(
      parseDraft(JSON.stringify({ profiles: ["adult_labour"], answers: { "alx.dec.01": "present" } }), today),
    ).toEqual(emptyDraft(today));
    expect(parseDraft(JSON.stringify({ ...draft, observedOn: "2026-02-30" }), today)).toEqual(
      emptyDraft(today),
    );
  });

  it("lists every question of the chosen lists and forms once, grouped by dimension, form, then Ariadne's additions", () => {
    const sections = questionSections(["adult_labour", "child_labour"], ["forced_begging"]);
    expect(
      sections.map((s) => (s.kind === "dimension" ? s.dimension : s.kind === "form" ? s.form : s.kind)),
    ).toEqual([...screening.dimensionIds, "forced_begging", "additions"]);
    const keys = sections.flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
    // Adult labour's 67 questions, none added by the child list (its indicators are a subset).
    expect(keys.filter((k) => !k.startsWith("forced_begging:") && !k.startsWith("ariadne:"))).toHaveLength(
      67,
    );
    expect(sections.at(-2)!.keys).toHaveLength(4);
    expect(sections.at(-1)!.keys).toHaveLength(9);
    expect(questionSections([], [])).toEqual([]);
  });

  it("evaluates as of the chosen date", () => {
    const key = questionKeyOf("alx.exp.01")!;
    const draft = setAnswer({ ...emptyDraft(today), profiles: ["adult_labour"] }, key, answer("present"));
    expect(toScreeningInput(draft).asOf).toBeUndefined();
    const earlier = { ...draft, asOf: "2026-10-01" };
    expect(toScreeningInput(earlier).asOf).toBe("2026-10-01");
    expect(screening.evaluateScreening(toScreeningInput(earlier)).observationsConsidered).toBe(0);
    expect(screening.evaluateScreening(toScreeningInput(draft)).observationsConsidered).toBe(1);
  });
});
