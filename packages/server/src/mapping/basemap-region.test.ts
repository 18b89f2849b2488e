import { gunzipSync } from "node:zlib";
import { mapping } from "@ariadne/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let coordinator: Agent;
let frontline: Agent;

// Central Helsinki, as in the demo: [longitude, latitude].
const square = [
  [24.9, 60.15],
  [25.05, 60.15],
  [25.05, 60.23],
  [24.9, 60.23],
  [24.9, 60.15],
];

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn("coordinator");
  frontline = await t.signIn("frontline");
});
afterAll(async () => {
  await t.close();
});

describe("the offline basemap's region", () => {
  it("has no region while the municipality has neither a boundary nor mapped places", async () => {
    const res = await frontline.request("GET", "/api/v1/mapping/basemap/region");
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ region: null });
  });

  it("takes the region from the places mapped so far while there is no boundary", async () => {
    const created = await coordinator.request("POST", "/api/v1/mapping", {
      title: "Car wash by the ring road",
      details: {
        kind: "location",
        sector: "car_washes",
        geometry: { type: "Point", coordinates: [24.95, 60.2] },
      },
      source: { kind: "outreach_log", date: new Date().toISOString().slice(0, 10) },
    });
    expect(created.status).toBe(201);
    const { region } = mapping.BasemapRegion.parse(
      (await frontline.request("GET", "/api/v1/mapping/basemap/region")).json(),
    );
    expect(region?.box).toMatchObject({ west: expect.any(Number), south: expect.any(Number) });
    expect(region!.box.west).toBeLessThan(24.95);
    expect(region!.box.east).toBeGreaterThan(24.95);
    expect(region!.box.south).toBeLessThan(60.2);
    expect(region!.box.north).toBeGreaterThan(60.2);
  });

  it("cuts land, shores and place names to the region around the boundary", async () => {
    const saved = await coordinator.request("PUT", "/api/v1/mapping/boundary", {
      boundary: { type: "Polygon", coordinates: [square] },
      version: 0,
    });
    expect(saved.status).toBe(200);
    const res = await frontline.request("GET", "/api/v1/mapping/basemap/region");
    expect(res.status).toBe(200);
    const { region } = mapping.BasemapRegion.parse(res.json());
    if (!region) throw new Error("no region");
    // The boundary's box widened on every side, on a 0.05° grid.
    expect(region.box.west).toBeLessThan(24.9);
    expect(region.box.east).toBeGreaterThan(25.05);
    expect(region.box.south).toBeLessThan(60.15);
    expect(region.box.north).toBeGreaterThan(60.23);
    // Land with the sea cut out of it, and nothing outside the box.
    expect(region.land.length).toBeGreaterThan(20);
    expect(region.shores.length).toBeGreaterThan(20);
    for (const [lon, lat] of region.land.flat(2)) {
      expect(lon).toBeGreaterThanOrEqual(region.box.west);
      expect(lon).toBeLessThanOrEqual(region.box.east);
      expect(lat).toBeGreaterThanOrEqual(region.box.south);
      expect(lat).toBeLessThanOrEqual(region.box.north);
    }
    // Helsinki, the biggest place, is named from the first zoom; smaller districts later.
    const helsinki = region.places.find((p) => p.name === "Helsinki");
    expect(helsinki).toMatchObject({ rank: "city", minZoom: 8 });
    expect(region.places.some((p) => p.minZoom > 10)).toBe(true);
    expect(region.attribution).toContain("OpenStreetMap");
    // The whole world is not sent: a cut of a region is small.
    expect(res.body.length).toBeLessThan(1_000_000);
  });

  it("sends the cut gzipped to a browser that takes it, and the same cut again from the cache", async () => {
    const started = performance.now();
    const res = await t.app.inject({
      method: "GET",
      url: "/api/v1/mapping/basemap/region",
      headers: { cookie: frontline.cookie, "accept-encoding": "gzip, deflate, br" },
    });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBe("gzip");
    const body = JSON.parse(gunzipSync(res.rawPayload).toString("utf8"));
    expect(body.region.places.length).toBeGreaterThan(5);
  });
});
