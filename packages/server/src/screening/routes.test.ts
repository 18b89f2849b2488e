import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let frontline: Agent;
beforeAll(async () => {
  t = await createTestApp();
  frontline = await t.signIn("frontline");
});
afterAll(async () => {
  await t.close();
});

const observation = (indicator: string, status = "present", observedAt = "2026-10-01") => ({
  indicator,
  status,
  observedAt,
});

describe("POST /api/v1/screenings/evaluate", () => {
  it("evaluates a screening and names what to ask next", async () => {
    const res = await frontline.request("POST", "/api/v1/screenings/evaluate", {
      profiles: ["adult_labour"],
      observations: [observation("alx.dec.01"), observation("alx.exp.01", "unknown")],
    });
    expect(res.status).toBe(200);
    const body = res.json();
    expect(JSON.stringify(body)).toContain("adult_labour");
    expect(JSON.stringify(body)).toMatch(/not_indicated_yet|not_indicated|indicated/);
  });

  it.each([
    [{ profiles: ["adult_labour"], observations: [observation("no.such.id")] }, "observations.0.indicator"],
    [
      { profiles: ["adult_labour"], observations: [observation("alx.dec.01", "present", "2026-02-30")] },
      "observations.0.observedAt",
    ],
    [{ profiles: ["pirates"], observations: [] }, "profiles.0"],
    [
      { profiles: ["adult_labour"], observations: [observation("alx.dec.01"), observation("alx.dec.01")] },
      "observations.1",
    ],
  ])("answers bad input with 400 naming the item (%#)", async (body, path) => {
    const res = await frontline.request("POST", "/api/v1/screenings/evaluate", body);
    expect(res.status).toBe(400);
    const paths = res.json().error.issues.map((i: { path: string }) => i.path);
    expect(
      paths.some((p: string) => p.startsWith(`body.${path}`)),
      JSON.stringify(paths),
    ).toBe(true);
  });

  it("is not open to an analyst, who sees aggregates only", async () => {
    const analyst = await t.signIn("analyst");
    const res = await analyst.request("POST", "/api/v1/screenings/evaluate", {
      profiles: ["adult_labour"],
      observations: [],
    });
    expect(res.status).toBe(403);
  });
});

describe("GET /api/v1/screening/indicators", () => {
  it("returns the catalogue in the language asked for", async () => {
    const fi = await frontline.request("GET", "/api/v1/screening/indicators?lang=fi");
    expect(fi.status).toBe(200);
    const en = await frontline.request("GET", "/api/v1/screening/indicators?lang=en");
    expect(fi.body).not.toBe(en.body);
    expect((await frontline.request("GET", "/api/v1/screening/indicators?lang=de")).status).toBe(400);
  });
});
