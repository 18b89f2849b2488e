import { withTenant } from "@ariadne/db";
import { prevention } from "@ariadne/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let frontline: Agent;
let coordinator: Agent;
let analyst: Agent;

beforeAll(async () => {
  t = await createTestApp();
  frontline = await t.signIn("frontline");
  coordinator = await t.signIn("coordinator");
  analyst = await t.signIn("analyst");
});
afterAll(async () => {
  await t.close();
});

const aVisit = (overrides: Record<string, unknown> = {}) => ({
  title: "Car wash, Station road",
  plannedOn: "2026-11-02",
  point: { type: "Point", coordinates: [24.94, 60.17] },
  team: ["Aino", "Mikko"],
  languages: ["ro", "bg"],
  ...overrides,
});

const visitCount = async (id: string) =>
  (
    await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query<{ n: number }>("select count(*)::int as n from outreach_visits where id = $1", [id]),
    )
  )[0]!.n;

describe("outreach visits", () => {
  it("creates a visit once however often the device sends it (Idempotency-Key, device-chosen id)", async () => {
    const id = "6f1c2a4e-8b3d-4c5e-9f7a-1b2c3d4e5f60";
    const key = { "idempotency-key": '"visit-6f1c"' };
    const first = await frontline.request("POST", "/api/v1/outreach-visits", aVisit({ id }), key);
    expect(first.status).toBe(201);
    expect(first.json()).toMatchObject({ id, version: 1, team: ["Aino", "Mikko"], status: "planned" });
    const again = await frontline.request("POST", "/api/v1/outreach-visits", aVisit({ id }), key);
    expect(again.status).toBe(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    // The key lost (a new device session): the same id answers 409 with the visit as it is.
    const lostKey = await frontline.request("POST", "/api/v1/outreach-visits", aVisit({ id }));
    expect(lostKey.status).toBe(409);
    expect(lostKey.json().error.current.id).toBe(id);
    expect(await visitCount(id)).toBe(1);
  });

  it("keeps concerns and notes encrypted at rest", async () => {
    const res = await frontline.request(
      "POST",
      "/api/v1/outreach-visits",
      aVisit({ concerns: "Worker Ionel sleeps in the back room" }),
    );
    const [row] = await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query<{ fields_enc: string }>("select fields_enc from outreach_visits where id = $1", [
        res.json().id,
      ]),
    );
    expect(row!.fields_enc).not.toContain("Ionel");
    expect(row!.fields_enc).not.toContain("Station road");
  });

  it("two devices editing the same visit end with nothing lost: a stale change gets 409, merges and saves", async () => {
    const created = (await frontline.request("POST", "/api/v1/outreach-visits", aVisit())).json();
    const base = prevention.visitFieldsOf(created);
    // Phone A logs the people met and a note; phone B, from the same version, logs materials and a note.
    const phoneA = {
      ...base,
      status: "done",
      visitedOn: "2026-11-02",
      peopleMet: { seasonal_and_posted_workers: 6 },
      notes: "Back door locked",
    };
    const phoneB = {
      ...base,
      materialsHandedOut: 14,
      conversations: 3,
      notes: "Two asked about unpaid wages",
    };
    const a = await frontline.request("PATCH", `/api/v1/outreach-visits/${created.id}`, {
      version: 1,
      ...prevention.changedFields(base, phoneA as prevention.VisitFields),
    });
    expect(a.status).toBe(200);
    expect(a.headers.etag).toBe('"2"');
    const b = await coordinator.request("PATCH", `/api/v1/outreach-visits/${created.id}`, {
      version: 1,
      ...prevention.changedFields(base, phoneB as prevention.VisitFields),
    });
    expect(b.status).toBe(409);
    const theirs = b.json().error.current;
    const result = prevention.mergeFields(
      base,
      phoneB as prevention.VisitFields,
      prevention.visitFieldsOf(theirs),
    );
    expect(result.conflicts.map((c) => c.path)).toEqual(["notes"]);
    // The user keeps both notes in the conflict screen.
    const resolved = {
      ...prevention.resolveConflicts(result, {}),
      notes: "Back door locked\nTwo asked about unpaid wages",
    };
    const saved = await coordinator.request("PATCH", `/api/v1/outreach-visits/${created.id}`, {
      version: theirs.version,
      ...prevention.changedFields(prevention.visitFieldsOf(theirs), resolved),
    });
    expect(saved.status).toBe(200);
    expect(saved.json()).toMatchObject({
      version: 3,
      status: "done",
      visitedOn: "2026-11-02",
      peopleMet: { seasonal_and_posted_workers: 6 },
      materialsHandedOut: 14,
      conversations: 3,
      notes: "Back door locked\nTwo asked about unpaid wages",
    });
  });

  it("refuses a place that is not on the local map and an unknown group, naming the field", async () => {
    const place = await frontline.request(
      "POST",
      "/api/v1/outreach-visits",
      aVisit({ placeEntryId: "00000000-0000-4000-8000-000000000009" }),
    );
    expect(place.status).toBe(400);
    expect(place.json().error.issues[0].path).toBe("body.placeEntryId");
    const group = await frontline.request(
      "POST",
      "/api/v1/outreach-visits",
      aVisit({ peopleMet: { aliens: 2 } }),
    );
    expect(group.status).toBe(400);
    expect(JSON.stringify(group.json().error.issues)).toContain("peopleMet");
  });

  it("lets outreach workers and the coordinator in, not the analyst; audits reads", async () => {
    expect((await analyst.request("GET", "/api/v1/outreach-visits")).status).toBe(403);
    const list = await coordinator.request("GET", "/api/v1/outreach-visits");
    expect(list.status).toBe(200);
    expect(list.json().abilities).toEqual({ outreach: true, manage: true });
    const one = list.json().items[0];
    await frontline.request("GET", `/api/v1/outreach-visits/${one.id}`);
    const actions = await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query<{ action: string }>("select action from audit_log where record_id = $1", [one.id]),
    );
    expect(actions.map((a) => a.action)).toContain("outreach_visits.read");
  });

  it("puts logged visits with a place on the local map's outreach layer", async () => {
    const v = (
      await frontline.request(
        "POST",
        "/api/v1/outreach-visits",
        aVisit({
          title: "Berry farm",
          status: "done",
          peopleMet: { seasonal_and_posted_workers: 9 },
          signals: ["Passports kept by the boss"],
        }),
      )
    ).json();
    const layers = (await frontline.request("GET", "/api/v1/mapping/layers.geojson")).json();
    const feature = layers.features.find((f: { id: string }) => f.id === v.id);
    expect(feature.properties).toMatchObject({
      layer: "outreach",
      title: "Berry farm",
      contacts: 9,
      signals: 1,
      groupKinds: ["seasonal_and_posted_workers"],
    });
  });

  it("draws a visit made at a mapped place at that place, and one at an archived place not at all", async () => {
    const place = async (title: string, coordinates: [number, number]) =>
      (
        await coordinator.request("POST", "/api/v1/mapping", {
          title,
          details: { kind: "location", sector: "car_washes", geometry: { type: "Point", coordinates } },
          source: { kind: "outreach_log", date: "2026-10-01" },
        })
      ).json();
    const yard = await place("Truck yard", [24.9, 60.2]);
    const closed = await place("Closed market hall", [24.8, 60.1]);
    const archived = await coordinator.request("PATCH", `/api/v1/mapping/${closed.id}`, {
      version: closed.version,
      archived: true,
    });
    expect(archived.status).toBe(200);
    const atYard = (
      await frontline.request(
        "POST",
        "/api/v1/outreach-visits",
        aVisit({ point: undefined, placeEntryId: yard.id }),
      )
    ).json();
    const atClosed = (
      await frontline.request(
        "POST",
        "/api/v1/outreach-visits",
        aVisit({ point: undefined, placeEntryId: closed.id }),
      )
    ).json();
    const layers = (await frontline.request("GET", "/api/v1/mapping/layers.geojson")).json();
    const byId = (id: string) => layers.features.find((f: { id: string }) => f.id === id);
    expect(byId(atYard.id)).toMatchObject({
      geometry: { type: "Point", coordinates: [24.9, 60.2] },
      properties: { layer: "outreach" },
    });
    expect(byId(yard.id)).toMatchObject({ properties: { layer: "locations" } });
    expect(byId(atClosed.id)).toBeUndefined();
    expect(byId(closed.id)).toBeUndefined();
  });
});
