import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../admin/seed-demo.ts";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let coordinator: Agent;
let frontline: Agent;
let provider: Agent;
let analyst: Agent;
let coordinatorB: Agent;
let orgs: { id: string; name: string }[];

const orgNamed = (prefix: string) => orgs.find((o) => o.name.startsWith(prefix))!;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn("coordinator");
  frontline = await t.signIn("frontline");
  provider = await t.signIn("service_provider");
  analyst = await t.signIn("analyst");
  const other = await seedDemo(t.db, t.keyring, { name: "Other town", emailDomain: "other.ariadne.test" });
  coordinatorB = await t.signIn("coordinator", other);
  orgs = (await coordinator.request("GET", "/api/v1/organisations")).json().items;
});
afterAll(async () => {
  await t.close();
});

const aService = (over: Record<string, unknown> = {}) => ({
  organisationId: orgNamed("Safe Harbour").id,
  name: "Night shelter for men",
  type: "shelter",
  genders: ["male"],
  languages: ["fi", "ro"],
  capacity: 4,
  available: 2,
  location: { lat: 60.19, lon: 24.95 },
  ...over,
});

const countServices = async () =>
  (await coordinator.request("GET", "/api/v1/services?includeArchived=true")).json().items.length;

describe("service directory", () => {
  it("lists the demo directory to every role of the municipality, with abilities", async () => {
    for (const agent of [coordinator, frontline, provider, analyst]) {
      const res = await agent.request("GET", "/api/v1/services");
      expect(res.status).toBe(200);
      expect(res.json().items.length).toBeGreaterThanOrEqual(12);
    }
    const body = (await frontline.request("GET", "/api/v1/services")).json();
    expect(body.abilities).toEqual({ manage: false, match: true });
    expect(body.items[0].abilities).toEqual({ update: false, updateAvailability: false, archive: false });
  });

  it("filters by type, language, unconditional and available now", async () => {
    const get = async (q: string) => (await frontline.request("GET", `/api/v1/services?${q}`)).json().items;
    expect((await get("type=health_care")).every((s: { type: string }) => s.type === "health_care")).toBe(
      true,
    );
    expect((await get("language=ro")).every((s: { languages: string[] }) => s.languages.includes("ro"))).toBe(
      true,
    );
    const unconditional = await get("unconditional=true");
    expect(unconditional.length).toBeGreaterThan(0);
    expect(unconditional.every((s: { unconditional: boolean }) => s.unconditional)).toBe(true);
    const now = await get("availableNow=true");
    expect(
      now.every((s: { available: number | null; open24_7: boolean }) => (s.available ?? 0) > 0 || s.open24_7),
    ).toBe(true);
    expect((await frontline.request("GET", "/api/v1/services?type=spa")).status).toBe(400);
  });

  it("lets the coordinator create, read, change and archive a service, auditing each", async () => {
    const created = await coordinator.request("POST", "/api/v1/services", aService());
    expect(created.status).toBe(201);
    const s = created.json();
    expect(s).toMatchObject({
      name: "Night shelter for men",
      unconditional: true,
      version: 1,
      organisationName: expect.stringContaining("Safe Harbour"),
    });
    expect((await frontline.request("GET", `/api/v1/services/${s.id}`)).json().name).toBe(
      "Night shelter for men",
    );
    const changed = await coordinator.request("PATCH", `/api/v1/services/${s.id}`, {
      requiresDocuments: true,
      version: 1,
    });
    expect(changed.json()).toMatchObject({
      requiresDocuments: true,
      unconditional: false,
      languages: ["fi", "ro"],
      version: 2,
    });
    const archived = await coordinator.request("DELETE", `/api/v1/services/${s.id}`, { version: 2 });
    expect(archived.json()).toMatchObject({ archived: true, version: 3 });
    const listed = (await frontline.request("GET", "/api/v1/services"))
      .json()
      .items.map((x: { id: string }) => x.id);
    expect(listed).not.toContain(s.id);
    const audit = (await coordinator.request("GET", "/api/v1/audit?limit=100")).json().entries;
    const actions = audit
      .filter((e: { recordId: string }) => e.recordId === s.id)
      .map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["services.create", "services.update", "services.archive"]),
    );
  });

  it("answers 409 with the current service to a stale write", async () => {
    const s = (await coordinator.request("POST", "/api/v1/services", aService({ name: "Stale" }))).json();
    expect(
      (await coordinator.request("PATCH", `/api/v1/services/${s.id}`, { name: "First", version: 1 })).status,
    ).toBe(200);
    const stale = await coordinator.request("PATCH", `/api/v1/services/${s.id}`, {
      name: "Second",
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.json().error.current).toMatchObject({ name: "First", version: 2 });
    expect((await coordinator.request("DELETE", `/api/v1/services/${s.id}`, { version: 1 })).status).toBe(
      409,
    );
  });

  it("refuses bad input with 400 naming the field", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [aService({ type: "sauna" }), "body.type"],
      [aService({ location: { lat: 95, lon: 24 } }), "body.location.lat"],
      [aService({ capacity: 1, available: 3 }), "body.available"],
      [aService({ organisationId: "00000000-0000-4000-8000-000000000009" }), "body.organisationId"],
      [aService({ languages: ["Finnish"] }), "body.languages.0"],
    ];
    for (const [body, path] of cases) {
      const res = await coordinator.request("POST", "/api/v1/services", body);
      expect(res.status, path).toBe(400);
      expect(
        res.json().error.issues.map((i: { path: string }) => i.path),
        path,
      ).toContain(path);
    }
    const s = (await coordinator.request("POST", "/api/v1/services", aService())).json();
    const res = await coordinator.request("PATCH", `/api/v1/services/${s.id}`, {
      ageMin: 40,
      ageMax: 30,
      version: 1,
    });
    expect(res.status).toBe(400);
    expect(res.json().error.issues[0].path).toBe("body.ageMax");
  });

  it("refuses another municipality's organisation as provider", async () => {
    const orgOfB = (await coordinatorB.request("GET", "/api/v1/organisations")).json().items[0].id;
    const res = await coordinator.request("POST", "/api/v1/services", aService({ organisationId: orgOfB }));
    expect(res.status).toBe(400);
  });
});

describe("who may change the directory", () => {
  it("refuses directory management to roles other than the coordinator", async () => {
    for (const agent of [frontline, provider, analyst]) {
      expect((await agent.request("POST", "/api/v1/services", aService())).status).toBe(403);
      expect(
        (await agent.request("POST", "/api/v1/services/import", { csv: "name,organisation,type\n" })).status,
      ).toBe(403);
    }
  });

  it("lets a service provider update its own organisation's availability, and nothing else", async () => {
    const own = (await coordinator.request("POST", "/api/v1/services", aService({ name: "Own" }))).json();
    const view = (await provider.request("GET", `/api/v1/services/${own.id}`)).json();
    expect(view.abilities).toEqual({ update: false, updateAvailability: true, archive: false });
    const res = await provider.request("PATCH", `/api/v1/services/${own.id}`, { available: 0, version: 1 });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ available: 0, version: 2 });
    expect(
      (await provider.request("PATCH", `/api/v1/services/${own.id}`, { name: "Mine now", version: 2 }))
        .status,
    ).toBe(403);
    expect((await provider.request("DELETE", `/api/v1/services/${own.id}`, { version: 2 })).status).toBe(403);
    const others = (
      await coordinator.request(
        "POST",
        "/api/v1/services",
        aService({ organisationId: orgNamed("Health").id }),
      )
    ).json();
    expect(
      (await provider.request("PATCH", `/api/v1/services/${others.id}`, { available: 1, version: 1 })).status,
    ).toBe(403);
    expect(
      (await frontline.request("PATCH", `/api/v1/services/${own.id}`, { available: 1, version: 2 })).status,
    ).toBe(403);
  });
});

describe("tenant isolation", () => {
  it("answers 404 for another municipality's service on every route, and never lists it", async () => {
    const ofB = (
      await coordinatorB.request(
        "POST",
        "/api/v1/services",
        aService({
          organisationId: (await coordinatorB.request("GET", "/api/v1/organisations")).json().items[0].id,
          name: "B only",
        }),
      )
    ).json();
    expect((await coordinator.request("GET", `/api/v1/services/${ofB.id}`)).status).toBe(404);
    expect(
      (await coordinator.request("PATCH", `/api/v1/services/${ofB.id}`, { name: "X", version: 1 })).status,
    ).toBe(404);
    expect((await coordinator.request("DELETE", `/api/v1/services/${ofB.id}`, { version: 1 })).status).toBe(
      404,
    );
    const names = (await coordinator.request("GET", "/api/v1/services"))
      .json()
      .items.map((s: { name: string }) => s.name);
    expect(names).not.toContain("B only");
    expect((await coordinator.request("GET", "/api/v1/services/export")).body).not.toContain("B only");
    const res = await coordinator.request("GET", `/api/v1/services?municipalityId=${ofB.municipalityId}`);
    expect(res.status).toBe(404);
  });
});

describe("CSV import and export", () => {
  const header = "name,organisation,type,languages,latitude,longitude,requires_documents";

  it("imports nothing from a file with broken rows, and reports each with line, column and reason", async () => {
    const before = await countServices();
    const csv = [
      header,
      "Good one,Safe Harbour victim support (NGO),shelter,fi,60.18,24.95,no",
      "Bad type,Safe Harbour victim support (NGO),spa,fi,60.18,24.95,no",
      "Bad place,Safe Harbour victim support (NGO),shelter,fi,160.18,24.95,no",
    ].join("\n");
    const res = await coordinator.request("POST", "/api/v1/services/import", { csv });
    expect(res.status).toBe(400);
    expect(res.json().error.rows).toEqual([
      { line: 3, column: "type", reason: 'unknown service type "spa"' },
      { line: 4, column: "latitude", reason: "impossible coordinate: latitude is between -90 and 90" },
    ]);
    expect(res.json().error.issues.map((i: { path: string }) => i.path)).toEqual([
      "body.csv",
      "body.csv.3.type",
      "body.csv.4.latitude",
    ]);
    expect(await countServices()).toBe(before);
  });

  it("imports a good file sent as text/csv, all rows in one go", async () => {
    const before = await countServices();
    const csv = `${header}\nImported A,Safe Harbour victim support (NGO),shelter,fi;ro,60.18,24.95,no\nImported B,Health centre,health_care,fi,,,yes\n`;
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/services/import",
      headers: {
        cookie: coordinator.cookie,
        "x-csrf-token": coordinator.csrfToken,
        "content-type": "text/csv",
      },
      payload: csv,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ created: 2, updated: 0 });
    expect(await countServices()).toBe(before + 2);
  });

  it("exports the directory as CSV that imports back as updates", async () => {
    const exported = await frontline.request("GET", "/api/v1/services/export");
    expect(exported.status).toBe(200);
    expect(String(exported.headers["content-type"])).toContain("text/csv");
    expect(exported.body.split("\r\n")[0]).toMatch(/^id,name,organisation,type,/);
    const before = await countServices();
    const res = await coordinator.request("POST", "/api/v1/services/import", { csv: exported.body });
    expect(res.status).toBe(200);
    expect(res.json().created).toBe(0);
    expect(res.json().updated).toBe(exported.body.trim().split("\r\n").length - 1);
    expect(await countServices()).toBe(before);
  });
});

describe("matching and gaps", () => {
  it("ranks services for a profile with reasons, and tells why others were left out", async () => {
    const res = await frontline.request("POST", "/api/v1/services/match", {
      needs: { types: ["health_care", "emergency_accommodation"], urgent: true },
      profile: {
        gender: "female",
        age: 24,
        languages: ["ro"],
        noDocuments: true,
        place: { lat: 60.17, lon: 24.94 },
      },
    });
    expect(res.status).toBe(200);
    const body = res.json();
    expect(body.ranked.length).toBeGreaterThan(0);
    expect(body.ranked.every((r: { service: { unconditional: boolean } }) => r.service.unconditional)).toBe(
      true,
    );
    expect(body.ranked[0].reasons.map((r: { code: string }) => r.code)).toContain("speaks_language");
    const walkIn = body.excluded.find(
      (x: { service: { name: string } }) => x.service.name === "Health centre walk-in clinic",
    );
    expect(walkIn.reasons).toEqual([{ code: "demands_documents", demands: ["identification"] }]);
  });

  it("returns the best `limit` of each list with the totals", async () => {
    const res = await frontline.request("POST", "/api/v1/services/match", {
      needs: { types: ["shelter", "emergency_accommodation", "health_care"] },
      profile: { noDocuments: true },
      limit: 1,
    });
    const body = res.json();
    expect(body.ranked).toHaveLength(1);
    expect(body.excluded).toHaveLength(1);
    expect(body.totalRanked).toBeGreaterThan(1);
    expect(body.totalExcluded).toBeGreaterThanOrEqual(1);
  });

  it("keeps matching to roles that work with cases", async () => {
    const body = { needs: { types: ["shelter"] }, profile: {} };
    expect((await analyst.request("POST", "/api/v1/services/match", body)).status).toBe(403);
    expect(
      (await frontline.request("POST", "/api/v1/services/match", { needs: { types: [] }, profile: {} }))
        .status,
    ).toBe(400);
  });

  it("lists the needs no service meets", async () => {
    const res = await analyst.request(
      "GET",
      "/api/v1/services/gaps?types=child_protection&groups=minors&languages=fi,so",
    );
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({
      checked: 2,
      gaps: [{ type: "child_protection", group: "minors", language: "so" }],
    });
    expect((await analyst.request("GET", "/api/v1/services/gaps?languages=")).status).toBe(400);
    expect((await analyst.request("GET", "/api/v1/services/gaps?groups=aliens")).status).toBe(400);
  });
});
