import { describe, expect, it } from "vitest";
import { addMonths, type CoverageCompletion, computeCoverage, coverageGaps } from "./coverage.ts";

const orgA = "a0000000-0000-4000-8000-000000000001";
const orgB = "b0000000-0000-4000-8000-000000000002";
const actors = [
  { id: "actor-social", title: "Social services", organisationId: orgA },
  { id: "actor-police", title: "Police", organisationId: orgB },
  { id: "actor-taxi", title: "Taxi drivers", organisationId: null },
];
const courses = [
  { id: "basic", groups: ["social_care", "police"] as const, refresherMonths: 24 },
  { id: "taxi", groups: ["taxi_drivers"] as const, refresherMonths: 12 },
];
const done = (over: Partial<CoverageCompletion>): CoverageCompletion => ({
  courseId: "basic",
  personKey: "p1",
  organisationId: orgA,
  group: "social_care",
  completedOn: "2026-03-01",
  ...over,
});

describe("training coverage", () => {
  it("adds months, clamping to the month's end", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-11-15", 14)).toBe("2028-01-15");
  });

  it("counts people trained per actor and group, with the last day and the refresher due", () => {
    const c = computeCoverage({
      actors,
      courses,
      completions: [
        done({}),
        done({ personKey: "p2", completedOn: "2026-05-10" }),
        done({ personKey: "p1", completedOn: "2026-04-01" }),
      ],
      asOf: "2026-12-01",
    });
    expect(c.actors[0]).toMatchObject({
      status: "current",
      people: 2,
      peopleCurrent: 2,
      lastTrainedOn: "2026-05-10",
      refresherDueOn: "2028-04-01",
    });
    expect(c.groups.find((g) => g.group === "social_care")).toMatchObject({
      status: "current",
      people: 2,
      courses: 1,
    });
  });

  it("shows an actor without any training as never trained, and as a gap", () => {
    const c = computeCoverage({ actors, courses, completions: [done({})], asOf: "2026-12-01" });
    expect(c.actors[1]).toMatchObject({ status: "never_trained", people: 0, lastTrainedOn: null });
    expect(c.actors[2]).toMatchObject({ status: "never_trained" });
    const gaps = coverageGaps(c);
    expect(gaps.map((g) => g.key)).toEqual(["actor-police", "actor-taxi", "police", "taxi_drivers"]);
  });

  it("makes the refresher due once the course's interval has passed, per person", () => {
    const completions = [
      done({ courseId: "taxi", organisationId: orgB, group: "taxi_drivers", completedOn: "2025-06-01" }),
    ];
    const before = computeCoverage({ actors, courses, completions, asOf: "2026-05-31" });
    expect(before.actors[1]).toMatchObject({ status: "current", refresherDueOn: "2026-06-01" });
    const after = computeCoverage({ actors, courses, completions, asOf: "2026-06-01" });
    expect(after.actors[1]).toMatchObject({ status: "refresher_due", people: 1, peopleCurrent: 0 });
    expect(coverageGaps(after).find((g) => g.key === "actor-police")?.status).toBe("refresher_due");
  });

  it("ignores completions after the day asked about and of courses not given", () => {
    const c = computeCoverage({
      actors,
      courses,
      completions: [done({ completedOn: "2027-01-01" }), done({ courseId: "gone" })],
      asOf: "2026-12-01",
    });
    expect(c.actors[0]!.status).toBe("never_trained");
  });

  it("credits an actor with the people recorded as it, not its organisation's other actors", () => {
    const reception = {
      id: "actor-reception",
      title: "Social workers at the reception centre",
      organisationId: orgA,
    };
    const childWelfare = { id: "actor-child", title: "Child welfare", organisationId: orgA };
    const c = computeCoverage({
      actors: [reception, childWelfare],
      courses,
      completions: [
        done({ personKey: "rūta", actorId: "actor-reception", completedOn: "2026-11-20" }),
        // Self-study, no actor named: the organisation's actors all count the person.
        done({ personKey: "frida", completedOn: "2026-11-21" }),
        // The same person recorded both ways is one person, with their latest day.
        done({ personKey: "frida", actorId: "actor-reception", completedOn: "2026-11-01" }),
      ],
      asOf: "2026-12-01",
    });
    expect(c.actors[0]).toMatchObject({ people: 2, lastTrainedOn: "2026-11-21" });
    expect(c.actors[1]).toMatchObject({ people: 1, lastTrainedOn: "2026-11-21" });
    expect(c.groups.find((g) => g.group === "social_care")).toMatchObject({ people: 2 });
  });
});
