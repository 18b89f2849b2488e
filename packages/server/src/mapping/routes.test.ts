import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";
import { today } from "./shared.ts";

let t: TestApp;
let coordinator: Agent;
let frontline: Agent;

// A square municipality around (25.0, 60.2): WGS84 longitude, latitude.
const square = [
  [24.9, 60.1],
  [25.1, 60.1],
  [25.1, 60.3],
  [24.9, 60.3],
  [24.9, 60.1],
];
const inside = [25.0, 60.2];
const outside = [25.5, 60.2];

const aSource = (date = "2026-09-01") => ({ kind: "outreach_log", date });
const aLocation = (coordinates: number[], overrides: Record<string, unknown> = {}) => ({
  title: "Car wash on the ring road",
  details: { kind: "location", sector: "car_washes", geometry: { type: "Point", coordinates }, ...overrides },
  source: aSource(),
});
const ratings = (r: Record<string, number> = {}) => ({
  prevalence: 3,
  severity: 3,
  hiddenness: 3,
  fewTrainedActors: 3,
  lowCoverage: 3,
  ...r,
});

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn("coordinator");
  frontline = await t.signIn("frontline");
  const res = await coordinator.request("PUT", "/api/v1/mapping/boundary", {
    boundary: {
      type: "Feature",
      properties: { name: "Demo" },
      geometry: { type: "Polygon", coordinates: [square] },
    },
    version: 0,
  });
  expect(res.status).toBe(200);
});
afterAll(async () => {
  await t.close();
});

const issuePaths = (res: { json: () => { error: { issues: { path: string }[] } } }) =>
  res.json().error.issues.map((i) => i.path);

describe("municipality boundary", () => {
  it("stores an imported GeoJSON Feature as its Polygon geometry, versioned", async () => {
    const res = await frontline.request("GET", "/api/v1/mapping/boundary");
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ boundary: { type: "Polygon", coordinates: [square] }, version: 1 });
  });

  it("answers 409 with the current boundary to a stale import", async () => {
    const res = await coordinator.request("PUT", "/api/v1/mapping/boundary", {
      boundary: { type: "Polygon", coordinates: [square] },
      version: 0,
    });
    expect(res.status).toBe(409);
    expect(res.json().error.current.version).toBe(1);
  });

  it("refuses an unclosed ring, naming the ring", async () => {
    const res = await coordinator.request("PUT", "/api/v1/mapping/boundary", {
      boundary: { type: "Polygon", coordinates: [square.slice(0, 4)] },
      version: 1,
    });
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toContain("body.boundary.coordinates.0");
  });

  it("refuses a latitude beyond 90 degrees, naming the position", async () => {
    const res = await coordinator.request("PUT", "/api/v1/mapping/boundary", {
      boundary: { type: "Polygon", coordinates: [[[24.9, 91], ...square.slice(1, 4), [24.9, 91]]] },
      version: 1,
    });
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toContain("body.boundary.coordinates.0.0.1");
  });

  it("refuses a boundary that is not an area", async () => {
    const res = await coordinator.request("PUT", "/api/v1/mapping/boundary", {
      boundary: { type: "Point", coordinates: inside },
      version: 1,
    });
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toContain("body.boundary.type");
  });

  it("lets only the coordinator import it", async () => {
    const res = await frontline.request("PUT", "/api/v1/mapping/boundary", {
      boundary: { type: "Polygon", coordinates: [square] },
      version: 1,
    });
    expect(res.status).toBe(403);
  });
});

describe("mapping entries", () => {
  it("records a vulnerable group with its source and reads it back", async () => {
    const res = await coordinator.request("POST", "/api/v1/mapping", {
      title: "Seasonal berry pickers",
      details: {
        kind: "vulnerable_group",
        groupKind: "seasonal_and_posted_workers",
        estimatedSize: { low: 200, high: 400 },
        languages: ["th", "uk"],
        forms: ["forced_labour"],
      },
      source: { kind: "partner_report", date: "2026-08-15", reference: "Union report 2026" },
    });
    expect(res.status).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      version: 1,
      stale: false,
      details: { places: [], contactOrganisationIds: [] },
    });
    const read = await frontline.request("GET", `/api/v1/mapping/${created.id}`);
    expect(read.json()).toMatchObject({
      title: "Seasonal berry pickers",
      source: { reference: "Union report 2026" },
    });
  });

  it("records a location inside the municipality", async () => {
    const res = await coordinator.request("POST", "/api/v1/mapping", aLocation(inside));
    expect(res.status).toBe(201);
  });

  it("refuses coordinates outside the municipality, naming the field", async () => {
    const res = await coordinator.request("POST", "/api/v1/mapping", aLocation(outside));
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toEqual(["body.details.geometry.coordinates"]);
  });

  it("refuses an area with a corner outside the municipality, naming the corner", async () => {
    const area = [
      [25.0, 60.2],
      [25.5, 60.2],
      [25.0, 60.25],
      [25.0, 60.2],
    ];
    const res = await coordinator.request(
      "POST",
      "/api/v1/mapping",
      aLocation([], { geometry: { type: "Polygon", coordinates: [area] } }),
    );
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toEqual(["body.details.geometry.coordinates.0.1"]);
  });

  it("refuses an unknown sector, naming the field", async () => {
    const res = await coordinator.request(
      "POST",
      "/api/v1/mapping",
      aLocation(inside, { sector: "gold_mining" }),
    );
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toContain("body.details.sector");
  });

  it("refuses an entry without a dated source", async () => {
    const res = await coordinator.request("POST", "/api/v1/mapping", {
      ...aLocation(inside),
      source: { kind: "media" },
    });
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toContain("body.source.date");
  });

  it("refuses an identifying actor of an organisation that is not the municipality's", async () => {
    const res = await coordinator.request("POST", "/api/v1/mapping", {
      title: "School nurses",
      details: {
        kind: "identifying_actor",
        organisationId: "00000000-0000-4000-8000-000000000009",
        role: "School nurse",
        contactFrequency: "weekly",
        trained: false,
      },
      source: aSource(),
    });
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toEqual(["body.details.organisationId"]);
  });

  it("flags entries whose source is older than a year as stale, as of the given day", async () => {
    await coordinator.request("POST", "/api/v1/mapping", {
      title: "Begging on the market square",
      details: {
        kind: "exploitation_form",
        form: "forced_begging_and_criminality",
        status: "suspected",
        evidence: "suspected",
      },
      source: { kind: "media", date: "2025-06-01" },
    });
    const res = await frontline.request("GET", "/api/v1/mapping?kind=exploitation_form&asOf=2026-11-29");
    expect(res.status).toBe(200);
    expect(res.json().items.map((e: { title: string; stale: boolean }) => [e.title, e.stale])).toEqual([
      ["Begging on the market square", true],
    ]);
    const earlier = await frontline.request("GET", "/api/v1/mapping?kind=exploitation_form&asOf=2026-05-01");
    expect(earlier.json().items[0].stale).toBe(false);
  });

  it("updates an entry with optimistic locking and never changes its kind", async () => {
    const created = (await coordinator.request("POST", "/api/v1/mapping", aLocation(inside))).json();
    const renamed = await coordinator.request("PATCH", `/api/v1/mapping/${created.id}`, {
      title: "Hand car wash",
      version: 1,
    });
    expect(renamed.json()).toMatchObject({ title: "Hand car wash", version: 2 });
    const stale = await coordinator.request("PATCH", `/api/v1/mapping/${created.id}`, {
      title: "Other",
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.json().error.current).toMatchObject({ title: "Hand car wash", version: 2 });
    const kind = await coordinator.request("PATCH", `/api/v1/mapping/${created.id}`, {
      details: {
        kind: "exploitation_form",
        form: "forced_labour",
        status: "observed",
        evidence: "confirmed",
      },
      version: 2,
    });
    expect(kind.status).toBe(400);
    expect(issuePaths(kind)).toEqual(["body.details.kind"]);
  });

  it("hides archived entries unless asked", async () => {
    const created = (
      await coordinator.request("POST", "/api/v1/mapping", { ...aLocation(inside), title: "Closed salon" })
    ).json();
    await coordinator.request("PATCH", `/api/v1/mapping/${created.id}`, { archived: true, version: 1 });
    const titles = async (q: string) =>
      (await coordinator.request("GET", `/api/v1/mapping${q}`))
        .json()
        .items.map((e: { title: string }) => e.title);
    expect(await titles("")).not.toContain("Closed salon");
    expect(await titles("?includeArchived=true")).toContain("Closed salon");
  });

  it("lets frontline professionals read the map but not change it", async () => {
    const list = await frontline.request("GET", "/api/v1/mapping");
    expect(list.status).toBe(200);
    expect(list.json().abilities).toEqual({ manage: false });
    expect((await coordinator.request("GET", "/api/v1/mapping")).json().abilities).toEqual({ manage: true });
    expect((await frontline.request("POST", "/api/v1/mapping", aLocation(inside))).status).toBe(403);
  });

  it("writes an audit entry for every change", async () => {
    const audit = (await coordinator.request("GET", "/api/v1/audit?limit=200")).json().entries;
    const actions = audit.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["mapping.create", "mapping.update", "mapping.boundary.save"]),
    );
  });

  it("names the locations a new boundary leaves outside", async () => {
    const far = (await coordinator.request("POST", "/api/v1/mapping", aLocation([25.09, 60.29]))).json();
    const smaller = [
      [24.9, 60.1],
      [25.05, 60.1],
      [25.05, 60.25],
      [24.9, 60.25],
      [24.9, 60.1],
    ];
    const current = (await coordinator.request("GET", "/api/v1/mapping/boundary")).json();
    const res = await coordinator.request("PUT", "/api/v1/mapping/boundary", {
      boundary: { type: "MultiPolygon", coordinates: [[smaller]] },
      version: current.version,
    });
    expect(res.status).toBe(200);
    expect(res.json().locationsOutside).toContain(far.id);
    await coordinator.request("PUT", "/api/v1/mapping/boundary", {
      boundary: { type: "Polygon", coordinates: [square] },
      version: res.json().version,
    });
  });
});

describe("priorities", () => {
  let groupId: string;
  let locationId: string;

  beforeAll(async () => {
    groupId = (
      await coordinator.request("POST", "/api/v1/mapping", {
        title: "Nail salon workers",
        details: { kind: "vulnerable_group", groupKind: "undocumented_migrants" },
        source: aSource(),
      })
    ).json().id;
    locationId = (
      await coordinator.request("POST", "/api/v1/mapping", { ...aLocation(inside), title: "Salon street" })
    ).json().id;
  });

  it("scores a group × location × form and shows each factor's points", async () => {
    const res = await coordinator.request("POST", "/api/v1/priorities", {
      groupEntryId: groupId,
      locationEntryId: locationId,
      form: "forced_labour",
      ratings: ratings({ prevalence: 5, severity: 5, hiddenness: 5, fewTrainedActors: 5, lowCoverage: 5 }),
    });
    expect(res.status).toBe(201);
    const p = res.json();
    expect(p.score).toBeCloseTo(100);
    expect(p.contributions).toHaveLength(5);
    expect(p.contributions[0]).toMatchObject({ factor: "prevalence", rating: 5, weight: 1, points: 20 });
    expect(p.decision).toBe("proposed");
  });

  it("refuses a location given as the group, naming the field", async () => {
    const res = await coordinator.request("POST", "/api/v1/priorities", {
      groupEntryId: locationId,
      form: "forced_labour",
      ratings: ratings(),
    });
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toEqual(["body.groupEntryId"]);
  });

  it("ranks by score and re-ranks when the coordinator edits the weights", async () => {
    const visible = (
      await coordinator.request("POST", "/api/v1/priorities", {
        form: "sexual_exploitation",
        ratings: ratings({ prevalence: 5, hiddenness: 0 }),
        rationale: "visible",
      })
    ).json();
    const hidden = (
      await coordinator.request("POST", "/api/v1/priorities", {
        form: "benefit_fraud",
        ratings: ratings({ prevalence: 0, hiddenness: 5 }),
        rationale: "hidden",
      })
    ).json();
    const order = async () =>
      (await frontline.request("GET", "/api/v1/priorities"))
        .json()
        .items.map((p: { id: string }) => p.id)
        .filter((id: string) => id === visible.id || id === hidden.id);
    const w = (await coordinator.request("GET", "/api/v1/priorities/weights")).json();
    expect(w).toMatchObject({ version: 0, weights: { prevalence: 1 } });
    const saved = await coordinator.request("PUT", "/api/v1/priorities/weights", {
      weights: { ...w.weights, prevalence: 3 },
      version: 0,
    });
    expect(saved.status).toBe(200);
    expect(await order()).toEqual([visible.id, hidden.id]);
    await coordinator.request("PUT", "/api/v1/priorities/weights", {
      weights: { ...w.weights, hiddenness: 3 },
      version: 1,
    });
    expect(await order()).toEqual([hidden.id, visible.id]);
    const stale = await coordinator.request("PUT", "/api/v1/priorities/weights", {
      weights: w.weights,
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.json().error.current.version).toBe(2);
  });

  it("refuses weights that are all zero", async () => {
    const zero = { prevalence: 0, severity: 0, hiddenness: 0, fewTrainedActors: 0, lowCoverage: 0 };
    const res = await coordinator.request("PUT", "/api/v1/priorities/weights", { weights: zero, version: 2 });
    expect(res.status).toBe(400);
    expect(issuePaths(res)[0]).toMatch(/^body\.weights/);
  });

  it("records the coordinator's decision and rationale, and who decided", async () => {
    const p = (
      await coordinator.request("POST", "/api/v1/priorities", {
        form: "sham_and_forced_marriage",
        ratings: ratings(),
      })
    ).json();
    const res = await coordinator.request("PATCH", `/api/v1/priorities/${p.id}`, {
      decision: "accepted",
      rationale: "Reported by two schools this autumn",
      version: 1,
    });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({
      decision: "accepted",
      rationale: "Reported by two schools this autumn",
      decidedBy: "Kaisa Coordinator",
      version: 2,
    });
    expect(res.json().decidedAt).not.toBeNull();
    expect(
      (await frontline.request("PATCH", `/api/v1/priorities/${p.id}`, { decision: "rejected", version: 2 }))
        .status,
    ).toBe(403);
  });

  it("suggests the factors the map supports, with the entries they rest on", async () => {
    const group = (
      await coordinator.request("POST", "/api/v1/mapping", {
        title: "Posted construction workers",
        details: { kind: "vulnerable_group", groupKind: "seasonal_and_posted_workers" },
        source: aSource(),
      })
    ).json();
    const inspector = (
      await coordinator.request("POST", "/api/v1/mapping", {
        title: "Labour inspectors",
        details: {
          kind: "identifying_actor",
          role: "Inspector",
          contactFrequency: "weekly",
          trained: true,
          groupKinds: ["seasonal_and_posted_workers"],
        },
        source: aSource(),
      })
    ).json();
    const report = (
      await coordinator.request("POST", "/api/v1/mapping", {
        title: "Unpaid wages on building sites",
        details: {
          kind: "exploitation_form",
          form: "forced_labour",
          status: "observed",
          evidence: "indicated",
          groupKinds: ["seasonal_and_posted_workers"],
        },
        source: { kind: "inspection", date: today() },
      })
    ).json();
    const res = await frontline.request(
      "GET",
      `/api/v1/priorities/suggestion?groupEntryId=${group.id}&form=forced_labour`,
    );
    expect(res.status).toBe(200);
    expect(res.json().ratings).toEqual({ prevalence: 3, fewTrainedActors: 4 });
    const basis = Object.fromEntries(
      res.json().basis.map((b: { factor: string; entryIds: string[] }) => [b.factor, b.entryIds]),
    );
    expect(basis.prevalence).toContain(report.id);
    expect(basis.fewTrainedActors).toEqual([inspector.id]);
    const wrong = await frontline.request(
      "GET",
      `/api/v1/priorities/suggestion?groupEntryId=${inspector.id}&form=forced_labour`,
    );
    expect(wrong.status).toBe(400);
    expect(issuePaths(wrong)).toEqual(["query.groupEntryId"]);
  });
});

describe("map layers", () => {
  it("serves the boundary and the located entries as one GeoJSON FeatureCollection", async () => {
    const res = await frontline.request("GET", "/api/v1/mapping/layers.geojson?asOf=2026-11-29");
    expect(res.status).toBe(200);
    expect(String(res.headers["content-type"])).toMatch(/^application\/geo\+json/);
    const fc = res.json();
    expect(fc.type).toBe("FeatureCollection");
    const layers = new Set(fc.features.map((f: { properties: { layer: string } }) => f.properties.layer));
    expect(layers).toEqual(new Set(["boundary", "locations"]));
    const location = fc.features.find(
      (f: { properties: { layer: string } }) => f.properties.layer === "locations",
    );
    expect(location.geometry.type).toBe("Point");
    expect(location.properties).toMatchObject({ sector: "car_washes", stale: false });
  });
});
