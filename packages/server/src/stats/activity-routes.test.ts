import { randomUUID } from "node:crypto";
import { withTenant } from "@ariadne/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";

// k = 5 so that a handful of records made through the API reach a published cell.
let t: TestApp;
let frontline: Agent;
let coordinator: Agent;
let analyst: Agent;
const year = new Date().getUTCFullYear();

const indicated = {
  catalogueVersion: "catalogue-v2",
  profiles: ["adult_labour"],
  observations: [
    { indicator: "alx.dec.01", status: "present", observedAt: `${year}-01-02`, source: "interview" },
    { indicator: "alx.exp.01", status: "present", observedAt: `${year}-01-02` },
  ],
};

beforeAll(async () => {
  t = await createTestApp({ ARIADNE_MIN_CELL_SIZE: "5" });
  frontline = await t.signIn("frontline");
  coordinator = await t.signIn("coordinator");
  analyst = await t.signIn("analyst");
  // Six persons screened; one of them twice (counted once, by the latest screening).
  for (let i = 0; i < 6; i++) {
    const c = await frontline.request("POST", "/api/v1/cases", { person: { aliases: [`Screened ${i}`] } });
    expect(c.status, c.body).toBe(201);
    const id = c.json().case.id as string;
    const times = i === 0 ? 2 : 1;
    for (let n = 0; n < times; n++) {
      const s = await frontline.request("POST", `/api/v1/cases/${id}/screenings`, indicated);
      expect(s.status, s.body).toBe(201);
    }
  }
}, 300_000);
afterAll(async () => {
  await t.close();
});

const issuePaths = (res: { json: () => { error: { issues: { path: string }[] } } }) =>
  res.json().error.issues.map((i) => i.path);

describe("persons screened", () => {
  it("counts each person once a year with the ILO/EC outcome and the assistance signal", async () => {
    const res = await analyst.request("GET", `/api/v1/stats/screenings?from=${year}&to=${year}`);
    expect(res.status, res.body).toBe(200);
    const d = res.json();
    expect(d.minCellSize).toBe(5);
    expect(d.perYear.values).toEqual([6]);
    expect(d.byOutcome.categories).toEqual(["indicated", "not_indicated_yet", "not_indicated"]);
    expect(d.byOutcome.total).toBe(6);
    expect(d.bySignal.total).toBe(6);
    // Nothing of the answers leaves: no indicator id, no alias.
    expect(res.body).not.toMatch(/alx\.|Screened/);
  });

  it("hides a form's figures below k instead of showing 0, and refuses an unknown form naming it", async () => {
    const d = (
      await coordinator.request("GET", `/api/v1/stats/screenings?from=${year}&to=${year}&form=not_recorded`)
    ).json();
    expect(d.perYear.values).toEqual([6]);
    const none = (
      await coordinator.request(
        "GET",
        `/api/v1/stats/screenings?from=${year}&to=${year}&form=forced_marriage`,
      )
    ).json();
    expect(none.perYear.values).toEqual([0]);
    const bad = await analyst.request("GET", `/api/v1/stats/screenings?from=${year}&to=${year}&form=nope`);
    expect(bad.status).toBe(400);
    expect(issuePaths(bad)).toContain("querystring.form");
  });
});

describe("training coverage and outreach reach", () => {
  it("counts professionals trained per year and group, small groups hidden", async () => {
    const m = t.seed.municipalityId;
    const course = randomUUID();
    await withTenant(t.db, m, async (tx) => {
      await tx.query("insert into training_courses (id, municipality_id, content) values ($1, $2, '{}')", [
        course,
        m,
      ]);
      const groups = [...Array(7).fill("police"), "schools", "schools"];
      for (const [i, group] of groups.entries())
        await tx.query(
          `insert into training_completions (id, municipality_id, course_id, course_version, completed_on, source,
             name_enc, organisation_name_enc, person_key, professional_group, language)
           values ($1, $2, $3, 1, $4, 'self_study', 'x', 'x', $5, $6, 'fi')`,
          [randomUUID(), m, course, `${year}-03-0${1 + (i % 5)}`, `person-${i}`, group],
        );
    });
    const d = (await analyst.request("GET", `/api/v1/stats/training?from=${year}&to=${year}`)).json();
    expect(d.perYear.values).toEqual([9]);
    const at = (g: string) => d.byGroup.values[d.byGroup.categories.indexOf(g)];
    expect(at("police")).toBeNull();
    expect(at("schools")).toBeNull();
    expect(at("housing")).toBe(0);
  });

  it("sums the people met on visits done by group", async () => {
    for (const [on, met] of [
      [`${year}-02-03`, { begging_communities: 4, homeless_people: 1 }],
      [`${year}-02-10`, { begging_communities: 5 }],
    ] as const) {
      const res = await frontline.request("POST", "/api/v1/outreach-visits", {
        title: "Station square",
        plannedOn: on,
        status: "done",
        visitedOn: on,
        point: { type: "Point", coordinates: [24.94, 60.17] },
        peopleMet: met,
      });
      expect(res.status, res.body).toBe(201);
    }
    const d = (await analyst.request("GET", `/api/v1/stats/outreach?from=${year}&to=${year}`)).json();
    expect(d.perYear.values).toEqual([10]);
    const at = (g: string) => d.byGroup.values[d.byGroup.categories.indexOf(g)];
    expect(at("homeless_people")).toBeNull();
    expect(at("begging_communities")).toBeNull();
    expect(JSON.stringify(d)).not.toContain("Station square");
  });
});

describe("referrals, service gaps", () => {
  it("adds response time bands and the overdue share to the referrals dashboard", async () => {
    const d = (await analyst.request("GET", `/api/v1/stats/referrals?from=${year}&to=${year}`)).json();
    expect(d.responseTime.categories).toEqual([
      "within_1_day",
      "within_3_days",
      "within_7_days",
      "over_7_days",
      "not_answered",
    ]);
    expect(d).toHaveProperty("overdueSharePercent");
  });

  it("gives the directory's services and unmet needs per type, in full (they describe offers)", async () => {
    const res = await analyst.request("GET", "/api/v1/stats/service-gaps");
    expect(res.status, res.body).toBe(200);
    const d = res.json();
    expect(d.services.categories).toContain("shelter");
    expect(d.services.values).not.toContain(null);
    expect(d.unmetNeeds.values.every((v: number) => v >= 0 && v <= d.groups * d.languages)).toBe(true);
  });

  it("audits each read and refuses the frontline professional", async () => {
    for (const url of [
      `/api/v1/stats/screenings?from=${year}&to=${year}`,
      `/api/v1/stats/training?from=${year}&to=${year}`,
      `/api/v1/stats/outreach?from=${year}&to=${year}`,
      "/api/v1/stats/service-gaps",
    ])
      expect((await frontline.request("GET", url)).status, url).toBe(403);
    const trail = (await coordinator.request("GET", "/api/v1/audit?action=stats.screenings")).json();
    expect(JSON.stringify(trail)).toContain("stats.screenings");
  });
});
