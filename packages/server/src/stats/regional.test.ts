import type { admin } from "@ariadne/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DemoSeed } from "../admin/seed-demo.ts";
import { type Agent, createTestApp, seedOtherMunicipality, type TestApp } from "../testing/test-app.ts";
import { seedDemoStatistics } from "./seed-demo-statistics.ts";

let t: TestApp;
let other: DemoSeed;
let sysadmin: Agent;
let regional: Agent;
let regionId: string;

type Region = { id: string; name: string; municipalityIds: string[]; version: number };
const regions = async (): Promise<Region[]> =>
  (await sysadmin.request("GET", "/api/v1/regions")).json().items;
const regionOf = async (municipalityId: string) =>
  (await regions()).find((r) => r.municipalityIds.includes(municipalityId)) as Region;
const issuePaths = (res: { json: () => { error: { issues: { path: string }[] } } }) =>
  res.json().error.issues.map((i) => i.path);

beforeAll(async () => {
  t = await createTestApp();
  other = await seedOtherMunicipality(t);
  await seedDemoStatistics(t.db, t.seed.municipalityId, { count: 240, years: [2023, 2024, 2025] });
  await seedDemoStatistics(t.db, other.municipalityId, { count: 30, years: [2024, 2025], firstNumber: 5000 });
  sysadmin = await t.signIn("system_admin");
  regional = await t.signIn("regional_analyst");
  regionId = (await regionOf(t.seed.municipalityId)).id;
}, 240_000);
afterAll(async () => {
  await t.close();
});

describe("regions, drawn by the system admin", () => {
  it("refuses a municipality that is in another region already, naming the field, and moves it once freed", async () => {
    const mine = await regionOf(t.seed.municipalityId);
    const overlap = await sysadmin.request("PATCH", `/api/v1/regions/${mine.id}`, {
      municipalityIds: [t.seed.municipalityId, other.municipalityId],
      version: mine.version,
    });
    expect(overlap.status).toBe(400);
    expect(issuePaths(overlap)).toContain("body.municipalityIds");
    const theirs = await regionOf(other.municipalityId);
    expect(
      (
        await sysadmin.request("PATCH", `/api/v1/regions/${theirs.id}`, {
          municipalityIds: [],
          version: theirs.version,
        })
      ).status,
    ).toBe(200);
    const moved = await sysadmin.request("PATCH", `/api/v1/regions/${mine.id}`, {
      name: "Southern region",
      municipalityIds: [t.seed.municipalityId, other.municipalityId],
      version: mine.version,
    });
    expect(moved.status).toBe(200);
    expect(moved.json()).toMatchObject({ name: "Southern region", version: mine.version + 1 });
    expect(moved.json().municipalityIds.sort()).toEqual([t.seed.municipalityId, other.municipalityId].sort());
    const stale = await sysadmin.request("PATCH", `/api/v1/regions/${mine.id}`, {
      name: "Stale",
      version: mine.version,
    });
    expect(stale.status).toBe(409);
  });

  it("refuses a taken name, an unknown municipality, and anyone but the system admin", async () => {
    const taken = await sysadmin.request("POST", "/api/v1/regions", {
      name: (await regionOf(t.seed.municipalityId)).name,
      municipalityIds: [],
    });
    expect(taken.status).toBe(409);
    const unknown = await sysadmin.request("POST", "/api/v1/regions", {
      name: "Nowhere",
      municipalityIds: ["00000000-0000-4000-8000-000000000009"],
    });
    expect(unknown.status).toBe(400);
    expect(issuePaths(unknown)).toContain("body.municipalityIds");
    const coordinator = await t.signIn("coordinator");
    expect((await coordinator.request("GET", "/api/v1/regions")).status).toBe(403);
    expect(
      (await coordinator.request("POST", "/api/v1/regions", { name: "Mine", municipalityIds: [] })).status,
    ).toBe(403);
    expect((await regional.request("GET", "/api/v1/regions")).status).toBe(403);
  });
});

/**
 * What every signed-in user may use: the published indicator lists (reference knowledge, no
 * municipality's data) and the user's own inbox.
 */
const openToEverySignedInUser = [
  "GET /api/v1/screening/indicators",
  "GET /api/v1/notifications",
  "POST /api/v1/notifications/read-all",
];

describe("the regional analyst's roll-up", () => {
  it("answers the region's cases by year, form and municipality, each municipality as its own dashboard shows it", async () => {
    const res = await regional.request("GET", "/api/v1/stats/regional?from=2023&to=2025");
    expect(res.status).toBe(200);
    const { region, dashboard: d } = res.json();
    expect(region.id).toBe(regionId);
    expect(d.minCellSize).toBe(11);
    expect(d.byMunicipality.categories.sort()).toEqual(["Demo municipality", "Other municipality"]);
    for (const chart of [d.perYear, d.byForm, d.byMunicipality])
      for (const v of [...chart.values, chart.total]) if (v !== null) expect(v === 0 || v >= 11).toBe(true);
    // Each municipality's figures are exactly those its own coordinator's dashboard publishes.
    for (const seed of [t.seed, other]) {
      const own = (
        await (await t.signIn("coordinator", seed)).request("GET", "/api/v1/stats/cases?from=2023&to=2025")
      ).json();
      const i = d.table.rows.indexOf(seed === t.seed ? "Demo municipality" : "Other municipality");
      expect(d.table.rowTotals[i]).toBe(own.perYear.total);
      expect(d.table.cells[i]).toEqual(own.byForm.values);
    }
    // The region's total of both is published (270 cases, well above k).
    expect(d.perYear.total).toBe(270);
    expect(d.byForm.categories).toContain("mixed");
  });

  it("records the read in the trail of every municipality of the region", async () => {
    await regional.request("GET", "/api/v1/stats/regional?from=2024&to=2024");
    for (const seed of [t.seed, other]) {
      const trail = (
        await (await t.signIn("coordinator", seed)).request("GET", "/api/v1/audit?action=stats.regional")
      ).json();
      expect(JSON.stringify(trail)).toContain("Rauni Regional");
    }
  });

  it("refuses a period that ends before it starts, naming the field", async () => {
    const res = await regional.request("GET", "/api/v1/stats/regional?from=2025&to=2023");
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toContain("querystring.to");
  });

  it("answers the regional analyst only (role × route)", async () => {
    const url = "/api/v1/stats/regional?from=2023&to=2025";
    const refused: admin.Role[] = [
      "system_admin",
      "coordinator",
      "frontline",
      "service_provider",
      "analyst",
      "trainer",
      "procurement_officer",
    ];
    for (const role of refused)
      expect((await (await t.signIn(role)).request("GET", url)).status, role).toBe(403);
    expect((await t.app.inject({ method: "GET", url })).statusCode).toBe(401);
  });

  it("refuses the regional analyst every other route: no case, person, row or municipality's module", async () => {
    const anyId = "00000000-0000-4000-8000-000000000009";
    // The own account's routes (sign-out, password, the session) are every signed-in user's.
    const ownAccount = /^\/api\/v1\/(auth|session|me)\b/;
    let walked = 0;
    const answered: string[] = [];
    for (const r of t.routes) {
      if (!r.url.startsWith("/api/") || ownAccount.test(r.url) || r.url === "/api/v1/stats/regional")
        continue;
      const url = r.url.replace(/:[a-zA-Z]+/g, anyId);
      const method = r.method as "GET";
      const body = method === "GET" ? undefined : {};
      // Only the routes that want a session: public ones (a supplier's questionnaire) are no one's.
      const anon = await t.app.inject({ method, url, ...(body ? { payload: body } : {}) });
      if (anon.statusCode !== 401) continue;
      const res = await regional.request(method, url, body);
      walked++;
      if (res.status < 400) {
        answered.push(`${r.method} ${r.url}`);
        continue;
      }
      expect(res.status, `${r.method} ${r.url}`).toBeLessThan(500);
      // A GET names no body to refuse, so the role is what refuses it.
      if (method === "GET" && !r.url.includes(":"))
        expect([400, 403], `${r.method} ${r.url}`).toContain(res.status);
    }
    expect(answered).toEqual(openToEverySignedInUser);
    expect(walked).toBeGreaterThan(50);
  });
});

describe("users with a region", () => {
  it("lets the system admin create a regional analyst with a region, and only with one", async () => {
    const orgs = (
      await sysadmin.request("GET", `/api/v1/organisations?municipalityId=${t.seed.municipalityId}`)
    ).json().items;
    const body = {
      email: "ra2@example.org",
      displayName: "Rea",
      organisationId: orgs[0].id,
      role: "regional_analyst",
    };
    const scope = `?municipalityId=${t.seed.municipalityId}`;
    const without = await sysadmin.request("POST", `/api/v1/users${scope}`, body);
    expect(without.status).toBe(400);
    expect(issuePaths(without)).toContain("body.regionId");
    const unknown = await sysadmin.request("POST", `/api/v1/users${scope}`, {
      ...body,
      regionId: "00000000-0000-4000-8000-000000000009",
    });
    expect(unknown.status).toBe(400);
    expect(issuePaths(unknown)).toContain("body.regionId");
    const created = await sysadmin.request("POST", `/api/v1/users${scope}`, { ...body, regionId });
    expect(created.status).toBe(201);
    expect(created.json().user).toMatchObject({ role: "regional_analyst", regionId });
    const wrongRole = await sysadmin.request("POST", `/api/v1/users${scope}`, {
      ...body,
      email: "fl2@example.org",
      role: "frontline",
      regionId,
    });
    expect(wrongRole.status).toBe(400);
    expect(issuePaths(wrongRole)).toContain("body.regionId");
    // A new role drops the region with it.
    const user = created.json().user;
    const changed = await sysadmin.request("PATCH", `/api/v1/users/${user.id}${scope}`, {
      role: "analyst",
      version: user.version,
    });
    expect(changed.status).toBe(200);
    expect(changed.json()).toMatchObject({ role: "analyst", regionId: null });
  });

  it("does not let a coordinator make a regional analyst", async () => {
    const coordinator = await t.signIn("coordinator");
    const orgs = (await coordinator.request("GET", "/api/v1/organisations")).json().items;
    const res = await coordinator.request("POST", "/api/v1/users", {
      email: "ra3@example.org",
      displayName: "Rea",
      organisationId: orgs[0].id,
      role: "regional_analyst",
      regionId,
    });
    expect(res.status).toBe(403);
  });
});
