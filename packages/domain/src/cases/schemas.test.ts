import { describe, expect, it } from "vitest";
import { AttachmentCreate, CaseCreate, ConsentCreate, caseHasMinimum, TransitionRequest } from "./schemas.ts";

const pdf = btoa("%PDF-1.4\n%minimal\n");

describe("case schemas", () => {
  it("accepts a PDF whose bytes are a PDF and refuses a script declared as one", () => {
    expect(
      AttachmentCreate.safeParse({ fileName: "a.pdf", mediaType: "application/pdf", contentBase64: pdf })
        .success,
    ).toBe(true);
    const script = AttachmentCreate.safeParse({
      fileName: "a.pdf",
      mediaType: "application/pdf",
      contentBase64: btoa("<script>alert(1)</script>"),
    });
    expect(script.success).toBe(false);
    expect(script.error?.issues[0]?.path).toEqual(["contentBase64"]);
  });

  it("refuses a type outside the whitelist", () => {
    expect(
      AttachmentCreate.safeParse({ fileName: "a.html", mediaType: "text/html", contentBase64: pdf }).success,
    ).toBe(false);
  });

  it("refuses an unknown state and closing as a merged duplicate by hand", () => {
    expect(TransitionRequest.safeParse({ to: "rescued", version: 1 }).success).toBe(false);
    expect(
      TransitionRequest.safeParse({ to: "closed", reason: "duplicate_merged", version: 1 }).success,
    ).toBe(false);
  });

  it("asks consent to sharing to name the organisation", () => {
    const base = { givenOn: "2026-11-01", form: "written", language: "fi", interpreter: false };
    expect(ConsentCreate.safeParse({ ...base, purpose: "sharing" }).success).toBe(false);
    expect(ConsentCreate.safeParse({ ...base, purpose: "processing" }).success).toBe(true);
  });
});

describe("a new case's minimum", () => {
  it("refuses a case of nothing, naming the pseudonym field", () => {
    for (const body of [{ person: {} }, { person: { aliases: [], givenName: null }, forms: [] }]) {
      const parsed = CaseCreate.safeParse(body);
      expect(parsed.success, JSON.stringify(body)).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(["person", "aliases"]);
    }
  });

  it("opens a case with a pseudonym, one identifying or coded field, a form or a reason", () => {
    for (const body of [
      { person: { aliases: ["Mira"] } },
      { person: { phone: "+358 40 123" } },
      { person: { gender: "female" } },
      { person: { languages: ["uk"] } },
      { person: { unaccompaniedMinor: true } },
      { person: {}, forms: ["forced_labour"] },
      { person: {}, why: "Seen at the berry farm" },
    ]) {
      expect(CaseCreate.safeParse(body).success, JSON.stringify(body)).toBe(true);
      expect(caseHasMinimum(CaseCreate.parse(body))).toBe(true);
    }
  });
});
