import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { CalendarDate, DateTime, multiLineText, singleLineText } from "./text.ts";

const reasonOf = (r: z.ZodSafeParseResult<string>) => {
  const issue = r.error?.issues[0];
  return issue?.code === "custom" ? (issue.params as { reason?: string } | undefined)?.reason : issue?.code;
};

describe("stored text", () => {
  it("refuses NUL and other control characters in single-line text", () => {
    for (const bad of ["a\u0000b", "a\u0007b", "a\u007fb", "a\u009bb", "a\u2028b"]) {
      expect(reasonOf(singleLineText(50).safeParse(bad)), JSON.stringify(bad)).toBe("control_characters");
    }
  });

  it("refuses line breaks and tabs inside single-line text, trims them at the ends", () => {
    expect(reasonOf(singleLineText(50).safeParse("a\nb"))).toBe("line_breaks");
    expect(reasonOf(singleLineText(50).safeParse("a\tb"))).toBe("line_breaks");
    expect(singleLineText(50).parse(" Anna Virtanen\n")).toBe("Anna Virtanen");
  });

  it("keeps a password as typed when asked not to trim", () => {
    expect(singleLineText(50, { trim: false }).parse(" pass word ")).toBe(" pass word ");
  });

  it("allows tabs and line breaks in multi-line text but not NUL", () => {
    expect(multiLineText(50).parse("first line\r\n\tsecond")).toBe("first line\r\n\tsecond");
    expect(reasonOf(multiLineText(50).safeParse("a\u0000b"))).toBe("control_characters");
  });

  it("keeps letters of every script, emoji and non-breaking spaces", () => {
    expect(singleLineText(50).parse("Åsa Šimić 李 🙂\u00a0x")).toBe("Åsa Šimić 李 🙂\u00a0x");
  });
});

describe("calendar dates", () => {
  it("takes real dates in 1900–2200", () => {
    for (const d of ["1900-01-01", "2024-02-29", "2200-12-31"]) expect(CalendarDate.parse(d)).toBe(d);
  });

  it("refuses a date that is not on the calendar", () => {
    for (const d of ["2026-02-29", "2026-13-01", "2026-1-1", "20260101", ""]) {
      expect(reasonOf(CalendarDate.safeParse(d)), d).toBe("date_format");
    }
  });

  it("refuses years outside 1900–2200, year 0 first of all", () => {
    for (const d of ["0000-01-01", "1899-12-31", "2201-01-01", "9999-12-31"]) {
      expect(reasonOf(CalendarDate.safeParse(d)), d).toBe("date_range");
    }
  });

  it("refuses an instant in year 0", () => {
    expect(DateTime.safeParse("2026-11-01T10:00:00Z").success).toBe(true);
    expect(reasonOf(DateTime.safeParse("0000-01-01T00:00:00Z"))).toBe("date_range");
  });
});
