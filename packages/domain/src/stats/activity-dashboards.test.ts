import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  countScreenings,
  outreachDashboard,
  type ScreeningTally,
  screeningDashboard,
  serviceGapsChart,
  trainingDashboard,
} from "./activity-dashboards.ts";
import { referralsDashboard, responseTimeBandOf, type Series } from "./dashboards.ts";

const aScreening = (o: Partial<ScreeningTally> = {}): ScreeningTally => ({
  caseId: "c1",
  at: "2025-03-01T10:00:00.000Z",
  year: 2025,
  form: "forced_labour",
  outcome: "indicated",
  signal: "offer_assistance",
  ...o,
});

/** Every published count is 0 or at least k; hidden ones are null, never 0. */
const expectControlled = (s: Series, k: number) => {
  for (const v of [...s.values, s.total]) if (v !== null) expect(v === 0 || v >= k).toBe(true);
};

describe("persons screened", () => {
  it("counts a case once a year, by its latest screening of that year", () => {
    const rows = countScreenings([
      aScreening({ outcome: "not_indicated_yet", signal: "keep_asking" }),
      aScreening({ at: "2025-06-01T10:00:00.000Z" }),
      aScreening({ at: "2024-06-01T10:00:00.000Z", year: 2024, outcome: "not_indicated" }),
      aScreening({ caseId: "c2" }),
    ]);
    expect(rows).toContainEqual({
      year: 2025,
      form: "forced_labour",
      outcome: "indicated",
      signal: "offer_assistance",
      count: 2,
    });
    expect(rows).toContainEqual({
      year: 2024,
      form: "forced_labour",
      outcome: "not_indicated",
      signal: "offer_assistance",
      count: 1,
    });
    expect(rows.reduce((a, r) => a + r.count, 0)).toBe(3);
  });

  it("hides small cells as null, filters by form from the same protected tables", () => {
    const counts = [
      { year: 2025, form: "forced_labour", outcome: "indicated", signal: "offer_assistance", count: 30 },
      {
        year: 2025,
        form: "forced_labour",
        outcome: "not_indicated",
        signal: "no_concern_recorded",
        count: 14,
      },
      { year: 2025, form: "sexual_exploitation", outcome: "indicated", signal: "offer_assistance", count: 3 },
    ];
    const all = screeningDashboard(counts, { from: 2025, to: 2025 }, 11);
    for (const s of [all.perYear, all.byOutcome, all.bySignal]) expectControlled(s, 11);
    expect(all.byOutcome.values).toEqual([33, 0, 14]);
    // The three cases of sexual exploitation are hidden in every chart of that form, never shown as 0.
    const se = screeningDashboard(counts, { from: 2025, to: 2025, form: "sexual_exploitation" }, 11);
    expect(se.perYear.values).toEqual([null]);
    expect(se.byOutcome.values[0]).toBeNull();
    const fl = screeningDashboard(counts, { from: 2025, to: 2025, form: "forced_labour" }, 11);
    expect(fl.form).toBe("forced_labour");
    const i = fl.byOutcome.categories.indexOf("not_indicated");
    expect(fl.byOutcome.values[i]).toBe(14);
  });
});

describe("training and outreach", () => {
  it("counts each trained person once a year in the group of their latest completion", () => {
    const people = Array.from({ length: 12 }, (_, i) => ({
      personKey: `p${i}`,
      group: "police",
      completedOn: "2025-02-01",
    }));
    const d = trainingDashboard(
      [...people, { personKey: "p0", group: "social_care", completedOn: "2025-09-01" }],
      { from: 2025, to: 2025 },
      11,
    );
    const police = d.byGroup.categories.indexOf("police");
    const social = d.byGroup.categories.indexOf("social_care");
    // p0 moved to social care: 12 people, not 13 completions; the 1 social care worker is hidden
    // (not 0), and so is police, which would give it away from the total.
    expect(d.perYear.values).toEqual([12]);
    expect(d.byGroup.values[social]).toBeNull();
    expect(d.byGroup.values[police]).toBeNull();
    expectControlled(d.perYear, 11);
  });

  it("sums the people met by group on visits done, hiding groups below k", () => {
    const d = outreachDashboard(
      [
        { on: "2025-04-02", peopleMet: { begging_communities: 9, homeless_people: 2 } },
        { on: "2025-05-02", peopleMet: { begging_communities: 6 } },
        { on: "2024-05-02", peopleMet: { homeless_people: 20 } },
      ],
      { from: 2024, to: 2025 },
      11,
      5,
    );
    const begging = d.byGroup.categories.indexOf("begging_communities");
    expect(d.perYear.values[0]).toBe(20);
    expect(d.byGroup.values[d.byGroup.categories.indexOf("homeless_people")]).toBeNull();
    // Rounded to base 5 after suppression: 15 stays 15.
    expect(d.byGroup.values[begging] === null || d.byGroup.values[begging] === 15).toBe(true);
    expect(d.roundingBase).toBe(5);
  });

  it("never publishes a count of persons between 1 and k − 1 (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            personKey: fc.integer({ min: 0, max: 60 }).map(String),
            group: fc.constantFrom("police", "schools", "health_care"),
            completedOn: fc.constantFrom("2024-03-01", "2025-03-01", "2025-10-01"),
          }),
          { maxLength: 120 },
        ),
        fc.integer({ min: 5, max: 11 }),
        (completions, k) => {
          const d = trainingDashboard(completions, { from: 2024, to: 2025 }, k);
          expectControlled(d.perYear, k);
          expectControlled(d.byGroup, k);
        },
      ),
    );
  });
});

describe("referral response time and the overdue share", () => {
  it("bands hours from sending to the answer", () => {
    expect([null, 1, 24, 25, 72, 100, 168, 169].map(responseTimeBandOf)).toEqual([
      "not_answered",
      "within_1_day",
      "within_1_day",
      "within_3_days",
      "within_3_days",
      "within_7_days",
      "within_7_days",
      "over_7_days",
    ]);
  });

  it("gives the overdue share only from published figures", () => {
    const row = (overdue: boolean, count: number) => ({
      year: 2025,
      serviceType: "shelter",
      status: "accepted",
      overdue,
      response: overdue ? ("over_7_days" as const) : ("within_1_day" as const),
      count,
    });
    const shown = referralsDashboard([row(true, 12), row(false, 36)], { from: 2025, to: 2025 }, 11);
    expect(shown.overdueSharePercent).toBe(25);
    expect(shown.responseTime.values[0]).toBe(36);
    const hidden = referralsDashboard([row(true, 3), row(false, 36)], { from: 2025, to: 2025 }, 11);
    expect(hidden.overdue.values[0]).toBeNull();
    expect(hidden.overdueSharePercent).toBeNull();
  });
});

describe("service gaps", () => {
  it("counts active services and unmet needs per type, unsuppressed (about offers, not persons)", () => {
    const chart = serviceGapsChart(["shelter", "health_care"], ["shelter"], {
      checkedGroups: 2,
      checkedLanguages: 3,
      gapTypes: ["shelter", "health_care", "health_care"],
    });
    expect(chart.services).toEqual({ categories: ["shelter", "health_care"], values: [1, 0], total: 1 });
    expect(chart.unmetNeeds.values).toEqual([1, 2]);
  });
});
