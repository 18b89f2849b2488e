import { randomBytes } from "node:crypto";
import { openTestDatabase } from "@ariadne/db/testing.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.ts";
import { ConfigError, loadConfig } from "../config.ts";
import { Keyring, masterKeyFrom } from "../crypto/index.ts";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let coordinator: Agent;
let frontline: Agent;

const square = [
  [24.9, 60.1],
  [25.1, 60.1],
  [25.1, 60.3],
  [24.9, 60.3],
  [24.9, 60.1],
];
const point = (lon: number, lat: number) => ({ type: "Point", coordinates: [lon, lat] });
const source = { kind: "outreach_log", date: new Date().toISOString().slice(0, 10) };
type Feature = { id: string; geometry: { type: string }; properties: Record<string, unknown> };

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn("coordinator");
  frontline = await t.signIn("frontline");
  const res = await coordinator.request("PUT", "/api/v1/mapping/boundary", {
    boundary: { type: "Polygon", coordinates: [square] },
    version: 0,
  });
  expect(res.status).toBe(200);
});
afterAll(async () => {
  await t.close();
});

describe("outreach and signal density layers", () => {
  it("records outreach from the outreach logs as a mapping entry with a place", async () => {
    const res = await coordinator.request("POST", "/api/v1/mapping", {
      title: "Night round at the harbour",
      details: {
        kind: "outreach",
        geometry: point(25.0, 60.2),
        groupKinds: ["people_in_prostitution"],
        contacts: 14,
        signals: ["two women without their passports", "a minder waiting outside"],
      },
      source,
    });
    expect(res.status).toBe(201);
    expect(res.json().details).toMatchObject({ kind: "outreach", contacts: 14 });
    const list = await frontline.request("GET", "/api/v1/mapping?kind=outreach");
    expect(list.json().items.map((e: { title: string }) => e.title)).toEqual(["Night round at the harbour"]);
  });

  it("refuses outreach placed outside the municipality, naming the field", async () => {
    const res = await coordinator.request("POST", "/api/v1/mapping", {
      title: "Somewhere else",
      details: { kind: "outreach", geometry: point(26.0, 60.2) },
      source,
    });
    expect(res.status).toBe(400);
    expect(res.json().error.issues[0].path).toBe("body.details.geometry.coordinates");
  });

  it("serves outreach and the density of observed signals as layers", async () => {
    const created = await coordinator.request("POST", "/api/v1/mapping", {
      title: "Car wash by the harbour",
      details: {
        kind: "location",
        sector: "car_washes",
        geometry: point(25.0001, 60.2001),
        signals: ["workers sleep on site"],
      },
      source,
    });
    expect(created.status).toBe(201);
    const res = await frontline.request("GET", "/api/v1/mapping/layers.geojson");
    expect(res.status).toBe(200);
    const features: Feature[] = res.json().features;
    const outreach = features.filter((f) => f.properties.layer === "outreach");
    expect(outreach.map((f) => f.properties.title)).toEqual(["Night round at the harbour"]);
    expect(outreach[0]?.properties).toMatchObject({ contacts: 14, signals: 2 });
    // Two signals from the outreach and one from the car wash, a few metres apart: one cell of three.
    const density = features.filter((f) => f.properties.layer === "signal_density");
    expect(density).toHaveLength(1);
    expect(density[0]?.properties).toMatchObject({ signals: 3, share: 1 });
    expect(density[0]?.geometry.type).toBe("Polygon");
  });

  it("lists outreach among the vocabularies' entry kinds", async () => {
    const res = await frontline.request("GET", "/api/v1/mapping/vocabularies");
    expect(res.json().entryKinds).toContain("outreach");
  });
});

describe("basemap", () => {
  it("tells the web app to use the offline basemap when no tile server is configured", async () => {
    const res = await frontline.request("GET", "/api/v1/mapping/basemap");
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ tileUrl: null });
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("img-src 'self' data: blob:;");
  });

  it("refuses the basemap settings to a role without mapping:read", async () => {
    const admin = await t.signIn("system_admin");
    const res = await admin.request("GET", "/api/v1/mapping/basemap");
    expect(res.status).toBe(403);
  });

  it("refuses a tile URL that is not a tile template at start-up, naming the variable", () => {
    expect(() => loadConfig({ ARIADNE_TILE_URL: "https://tiles.example.org/map.png" })).toThrow(ConfigError);
    expect(() => loadConfig({ ARIADNE_TILE_URL: "https://tiles.example.org/map.png" })).toThrow(
      /ARIADNE_TILE_URL: must be a tile template/,
    );
  });

  it("allows the configured tile server's images in the CSP, and only those", async () => {
    const tileUrl = "https://{s}.tiles.example.org/{z}/{x}/{y}.png";
    const config = loadConfig({
      LOG_LEVEL: "silent",
      ARIADNE_WEB_DIST: "/nonexistent",
      ARIADNE_TILE_URL: tileUrl,
    });
    expect(config.tileUrl).toBe(tileUrl);
    const db = await openTestDatabase();
    const keyring = new Keyring(masterKeyFrom(randomBytes(32)));
    const { app } = await buildApp({ db, keyring, config }, { logLevel: "silent" });
    try {
      const res = await app.inject({ method: "GET", url: "/healthz" });
      const csp = String(res.headers["content-security-policy"]);
      expect(csp).toContain("img-src 'self' data: blob: https://*.tiles.example.org;");
      expect(csp).toContain("connect-src 'self';");
    } finally {
      await app.close();
      await db.close();
    }
  });
});
