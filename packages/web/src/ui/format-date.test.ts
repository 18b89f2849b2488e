import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatLongDate,
  formatTime,
  localDayOf,
  localToday,
} from "./format-date.ts";

const day = "2026-12-04";
const moment = "2026-12-04T13:05:00.000Z";
const zone = "Europe/Helsinki"; // 15:05 there

describe("formatDate and friends: every kind of date in the reader's language", () => {
  it("shows a calendar date as that day in en, fi and sv, never as the raw ISO text", () => {
    expect(formatDate(day, "en")).toBe("4 Dec 2026");
    expect(formatDate(day, "fi")).toBe("4.12.2026");
    expect(formatDate(day, "sv")).toBe("4 dec. 2026");
    // A day is a day wherever the reader is: no shift to the 3rd west of Greenwich.
    expect(formatDate(day, "en", "America/Los_Angeles")).toBe("4 Dec 2026");
  });

  it("shows a moment with its time in the reader's time zone", () => {
    expect(formatDateTime(moment, "en", zone)).toBe("4 Dec 2026, 15:05");
    expect(formatDateTime(moment, "fi", zone)).toBe("4.12.2026 klo 15.05");
    expect(formatDateTime(moment, "sv", zone)).toBe("4 dec. 2026 15:05");
    expect(formatTime(moment, "fi", zone)).toBe("15.05");
    expect(formatTime(moment, "en", zone)).toBe("15:05");
    expect(formatDate(new Date(moment), "sv", zone)).toBe("4 dec. 2026");
  });

  it("writes the unambiguous long form for exports and print", () => {
    expect(formatLongDate(day, "en")).toBe("4 December 2026");
    expect(formatLongDate(day, "fi")).toBe("4. joulukuuta 2026");
    expect(formatLongDate(day, "sv")).toBe("4 december 2026");
    expect(formatLongDate(moment, "en", zone)).toBe("4 December 2026");
  });

  it("says nothing was given with a dash and leaves an unreadable value as it is", () => {
    expect(formatDate(null, "en")).toBe("—");
    expect(formatDateTime(undefined, "fi")).toBe("—");
    expect(formatDate("soon", "sv")).toBe("soon");
  });
});

describe("localToday", () => {
  it("is the reader's calendar day, not UTC's (just after midnight in Helsinki is still yesterday in UTC)", () => {
    vi.useFakeTimers();
    try {
      // 00:30 local time on 5 Dec in whatever zone the test runs in.
      vi.setSystemTime(new Date(2026, 11, 5, 0, 30));
      expect(localToday()).toBe("2026-12-05");
    } finally {
      vi.useRealTimers();
    }
  });

  it("gives an instant's day where the reader is, from a stored ISO string too", () => {
    const justAfterMidnight = new Date(2026, 11, 5, 0, 30);
    expect(localDayOf(justAfterMidnight)).toBe("2026-12-05");
    expect(localDayOf(justAfterMidnight.toISOString())).toBe("2026-12-05");
  });
});

/** Every source file of the app, tests excluded. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("one formatter for every date on screen", () => {
  it("no screen formats a date itself or shows a sliced ISO string", () => {
    const root = join(import.meta.dirname, "..");
    const raw =
      /toLocaleDateString\(|toLocaleTimeString\(|new Date\([^)]*\)\.toLocaleString\(|(At|On|date|Date)\.slice\(0, 10\)|toISOString\(\)\.slice\(0, 10\)|[>·] *\{[\w.?]+\.(\w*At|\w*On|date|deadline)\}/;
    const offenders = sources(root)
      .filter((path) => !path.endsWith("format-date.ts"))
      .flatMap((path) =>
        readFileSync(path, "utf8")
          .split("\n")
          .flatMap((line, i) =>
            raw.test(line) ? [`${path.slice(root.length + 1)}:${i + 1}: ${line.trim()}`] : [],
          ),
      );
    expect(offenders).toEqual([]);
  });
});
