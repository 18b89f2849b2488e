import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let coordinator: Agent;
let frontline: Agent;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn("coordinator");
  frontline = await t.signIn("frontline");
});
afterAll(async () => {
  await t.close();
});

describe("awareness campaigns", () => {
  it("are planned for a target group and record reach over time, cost and what followed", async () => {
    const created = await coordinator.request("POST", "/api/v1/campaigns", {
      title: "Taxi drivers know the signs",
      targetGroups: ["taxi_drivers", "hotel_staff"],
      channels: ["Taxi radio", "Posters at ranks"],
      languages: ["fi", "en", "ru"],
      materials: [{ title: "Leaflet", version: 2 }],
      startsOn: "2026-09-01",
      endsOn: "2026-12-31",
      reachPlanned: 400,
      costEuros: 1250.5,
    });
    expect(created.status).toBe(201);
    expect(created.json()).toMatchObject({ reachAchieved: 0, version: 1 });
    const updated = await coordinator.request("PATCH", `/api/v1/campaigns/${created.json().id}`, {
      version: 1,
      reach: [
        { on: "2026-10-01", reached: 120 },
        { on: "2026-11-01", reached: 260 },
      ],
      calls: 4,
      concernsReported: 2,
    });
    expect(updated.status).toBe(200);
    expect(updated.json()).toMatchObject({ reachAchieved: 260, calls: 4, concernsReported: 2, version: 2 });
    const stale = await coordinator.request("PATCH", `/api/v1/campaigns/${created.json().id}`, {
      version: 1,
      referrals: 1,
    });
    expect(stale.status).toBe(409);
    const list = (await coordinator.request("GET", "/api/v1/campaigns")).json().items;
    expect(list.map((c: { title: string }) => c.title)).toContain("Taxi drivers know the signs");
  });

  it("refuses an end before the start and an unknown target group, naming the field; frontline may not", async () => {
    const bad = await coordinator.request("POST", "/api/v1/campaigns", {
      title: "Librarians",
      targetGroups: ["librarians"],
      startsOn: "2026-09-01",
      endsOn: "2026-08-01",
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json().error.issues)).toContain("endsOn");
    const group = await coordinator.request("POST", "/api/v1/campaigns", {
      title: "X",
      targetGroups: ["aliens"],
      startsOn: "2026-09-01",
    });
    expect(group.status).toBe(400);
    expect((await frontline.request("GET", "/api/v1/campaigns")).status).toBe(403);
  });
});
