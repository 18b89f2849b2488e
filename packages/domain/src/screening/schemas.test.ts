import { describe, expect, it } from "vitest";
import { evaluateScreening } from "./evaluate.ts";
import { parseScreeningInput, ScreeningInput } from "./schemas.ts";

const good = {
  profiles: ["adult_labour"],
  observations: [
    { indicator: "alx.dec.01", status: "present", observedAt: "2026-01-01" },
    {
      indicator: "alx.exp.01",
      status: "unknown",
      observedAt: "2026-01-02",
      source: "interview",
      note: "hesitant",
    },
    { indicator: "sup.beg.01", status: "absent", observedAt: "2026-01-02" },
  ],
  asOf: "2026-02-01",
  barriers: ["shame"],
};

function issuesOf(data: unknown) {
  const r = parseScreeningInput(data);
  return r.ok ? [] : r.issues;
}

describe("ScreeningInput", () => {
  it("accepts a valid screening, typed for the engine", () => {
    const parsed = parseScreeningInput(good);
    expect(parsed).toEqual({ ok: true, value: good });
    if (parsed.ok) expect(evaluateScreening(parsed.value).asOf).toBe("2026-02-01");
  });

  it("rejects an unknown indicator id, naming the item", () => {
    const data = {
      ...good,
      observations: [
        ...good.observations,
        { indicator: "alx.dec.99", status: "present", observedAt: "2026-01-03" },
      ],
    };
    expect(issuesOf(data)).toEqual([
      { path: "observations.3.indicator", message: expect.stringContaining("unknown indicator alx.dec.99") },
    ]);
  });

  it("rejects an indicator of a profile that is not screened", () => {
    const data = {
      ...good,
      observations: [{ indicator: "csx.exp.01", status: "present", observedAt: "2026-01-03" }],
    };
    expect(issuesOf(data)).toEqual([
      { path: "observations.0.indicator", message: expect.stringContaining("child_sexual") },
    ]);
  });

  it.each(["2026-02-30", "2025-02-29", "2026-13-01", "2026-1-1", "01.02.2026", "2026-01-01T00:00:00Z", ""])(
    "rejects the date %j",
    (date) => {
      const data = {
        ...good,
        observations: [{ indicator: "alx.dec.01", status: "present", observedAt: date }],
      };
      expect(issuesOf(data).map((i) => i.path)).toEqual(["observations.0.observedAt"]);
      expect(issuesOf({ ...good, asOf: date }).map((i) => i.path)).toEqual(["asOf"]);
    },
  );

  it("accepts a leap day", () => {
    expect(ScreeningInput.safeParse({ ...good, asOf: "2024-02-29" }).success).toBe(true);
  });

  it("rejects a wrong profile", () => {
    expect(issuesOf({ ...good, profiles: ["adult_organ_removal"] }).map((i) => i.path)).toContain(
      "profiles.0",
    );
  });

  it("rejects a missing or empty list of profiles", () => {
    expect(issuesOf({ ...good, profiles: [] }).map((i) => i.path)).toContain("profiles");
    const { profiles: _omit, ...rest } = good;
    expect(issuesOf(rest).map((i) => i.path)).toContain("profiles");
  });

  it("rejects a profile listed twice", () => {
    expect(issuesOf({ ...good, profiles: ["adult_labour", "adult_labour"] }).map((i) => i.path)).toEqual([
      "profiles.1",
    ]);
  });

  it("rejects a duplicate observation of the same indicator on the same date, naming the second", () => {
    const dup = { indicator: "alx.dec.01", status: "absent", observedAt: "2026-01-01" };
    expect(issuesOf({ ...good, observations: [...good.observations, dup] })).toEqual([
      { path: "observations.3.indicator", message: expect.stringContaining("also observations.0") },
    ]);
  });

  it("accepts the same indicator on different dates", () => {
    const again = { indicator: "alx.dec.01", status: "absent", observedAt: "2026-01-05" };
    expect(parseScreeningInput({ ...good, observations: [...good.observations, again] }).ok).toBe(true);
  });

  it("rejects a bad status, unknown keys and an unknown barrier", () => {
    const badStatus = {
      ...good,
      observations: [{ indicator: "alx.dec.01", status: "maybe", observedAt: "2026-01-01" }],
    };
    expect(issuesOf(badStatus).map((i) => i.path)).toEqual(["observations.0.status"]);
    expect(issuesOf({ ...good, extra: 1 }).map((i) => i.path)).toEqual([""]);
    const extraInItem = { ...good, observations: [{ ...good.observations[0], severity: "high" }] };
    expect(issuesOf(extraInItem).map((i) => i.path)).toEqual(["observations.0"]);
    expect(issuesOf({ ...good, barriers: ["embarrassment"] }).map((i) => i.path)).toEqual(["barriers.0"]);
  });

  it("rejects input that is not an object", () => {
    expect(parseScreeningInput("screen me").ok).toBe(false);
    expect(parseScreeningInput(null).ok).toBe(false);
  });
});
