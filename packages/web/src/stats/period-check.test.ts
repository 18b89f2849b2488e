import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { checkPeriodFilter, yearBounds } from "./period-check.ts";

const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;
const filter = (from: string, to: string) => checkPeriodFilter({ from, to, form: "", sector: "" }, t);

describe("the statistics period, checked before the server is asked", () => {
  it("takes the allowed years from the API's schema", () => {
    expect(yearBounds).toEqual({ min: 1990, max: 2100 });
  });

  it("passes a good period through as numbers", () => {
    expect(filter("2023", "2026")).toEqual({ ok: true, data: { from: 2023, to: 2026 } });
  });

  it("says which years are allowed, and what is wrong with a period of good years", () => {
    expect(filter("1900", "2020")).toEqual({
      ok: false,
      fields: { from: 'stats.yearRange {"min":1990,"max":2100}' },
    });
    expect(filter("2030", "2020")).toEqual({ ok: false, fields: { to: "stats.periodOrder" } });
    expect(filter("1990", "2025")).toEqual({
      ok: false,
      fields: { from: 'stats.periodTooLong {"years":30}' },
    });
    expect(filter("", "2020")).toEqual({ ok: false, fields: { from: "validation.required" } });
  });
});
