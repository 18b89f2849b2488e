import { screening } from "@ariadne/domain";
import { describe, expect, it } from "vitest";
import {
  answeredKeys,
  clearAnswer,
  type Draft,
  draftToKeep,
  emptyDraft,
  indicatorIdsOf,
  parseDraft,
  questionKeyOf,
  questionSections,
  setAnswer,
  setDetails,
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
    // One stored before notes of unanswered questions, the pseudonym and the step were kept.
    const { details: _d, pseudonym: _p, step: _s, ...older } = draft;
    expect(parseDraft(JSON.stringify(older), today)).toEqual(draft);
    const typed = {
      ...setDetails(draft, "k", { source: "", note: "n" }),
      pseudonym: "Mira",
      step: "questions",
    };
    expect(parseDraft(JSON.stringify(typed), today)).toEqual(typed);
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

  it("keeps the source and note typed for an unanswered question until it is answered, then in the answer's place", () => {
    const key = questionKeyOf("alx.dec.01")!;
    let draft: Draft = { ...emptyDraft(today), profiles: ["adult_labour"] };
    draft = setDetails(draft, key, { source: "", note: "said the job was not as promised" });
    expect(draft.details).toEqual({ [key]: { source: "", note: "said the job was not as promised" } });
    expect(setDetails(draft, key, { source: "", note: "" }).details).toEqual({});
    const answered = setAnswer(draft, key, answer("present", { note: "said the job was not as promised" }));
    expect(answered.details).toEqual({});
    expect(answered.answers[key]?.note).toBe("said the job was not as promised");
  });

  it("keeps nothing on the device once saved to a case, until something is changed or typed again", () => {
    const key = questionKeyOf("alx.dec.01")!;
    const blank = emptyDraft(today);
    expect(draftToKeep(blank)).toBeNull();
    const answered = setAnswer({ ...blank, profiles: ["adult_labour"] }, key, answer("present"));
    expect(draftToKeep(answered)).toBe(answered);
    const typing = { ...answered, pseudonym: "Mira at the car wash" };
    expect(draftToKeep(typing)).toBe(typing);
    const saved = { ...answered, savedTo: { caseId: "c", caseCode: "C-1", savedAt: "2026-11-01T10:00:00Z" } };
    expect(draftToKeep(saved)).toBeNull();
    expect(draftToKeep({ ...saved, step: "questions" })).toBeNull();
    const noteSince = setDetails(saved, questionKeyOf("alx.exp.01")!, { source: "", note: "more" });
    expect(draftToKeep(noteSince)).toBe(noteSince);
    const changed = setAnswer(saved, key, answer("absent"));
    expect(draftToKeep(changed)).toBe(changed);
  });

  it("starts on the setup, and keeps nothing for a blank pseudonym alone", () => {
    expect(emptyDraft(today).step).toBe("setup");
    expect(draftToKeep({ ...emptyDraft(today), pseudonym: " " })).toBeNull();
  });
});
