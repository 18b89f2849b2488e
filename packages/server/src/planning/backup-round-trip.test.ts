import { type Database, dumpDatabase, restoreDatabase } from "@ariadne/db";
import { openTestDatabase } from "@ariadne/db/testing.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let target: Database;

beforeAll(async () => {
  t = await createTestApp();
  target = await openTestDatabase();
});
afterAll(async () => {
  await t.close();
  await target.close();
});

async function dumpRows(db: Database): Promise<string[]> {
  const lines: string[] = [];
  await dumpDatabase(db, (l) => {
    lines.push(l);
  });
  return lines.slice(1);
}

describe("mapping and planning in a backup", () => {
  it("restores boundaries, entries, priorities, action points with their id arrays, assessments and the register", async () => {
    const c = await t.signIn("coordinator");
    const orgs = (await c.request("GET", "/api/v1/organisations")).json().items;
    const square = [
      [24.9, 60.1],
      [25.1, 60.1],
      [25.1, 60.3],
      [24.9, 60.3],
      [24.9, 60.1],
    ];
    expect(
      (
        await c.request("PUT", "/api/v1/mapping/boundary", {
          boundary: { type: "Polygon", coordinates: [square] },
          version: 0,
        })
      ).status,
    ).toBe(200);
    const location = await c.request("POST", "/api/v1/mapping", {
      title: "Salon street",
      details: {
        kind: "location",
        sector: "beauty_and_nail_salons",
        geometry: { type: "Point", coordinates: [25, 60.2] },
      },
      source: { kind: "outreach_log", date: "2026-10-01" },
    });
    const priority = await c.request("POST", "/api/v1/priorities", {
      locationEntryId: location.json().id,
      form: "forced_labour",
      ratings: { prevalence: 3, severity: 4, hiddenness: 5, fewTrainedActors: 4, lowCoverage: 3 },
    });
    await c.request("PUT", "/api/v1/priorities/weights", {
      weights: { prevalence: 2, severity: 1, hiddenness: 1, fewTrainedActors: 1, lowCoverage: 1 },
      version: 0,
    });
    const point = await c.request("POST", "/api/v1/action-plan", {
      chapter: "identification",
      title: "Outreach to salons",
      partnerOrganisationIds: [orgs[0].id, orgs[1].id],
      priorityIds: [priority.json().id],
      deadline: "2027-01-31",
    });
    expect(point.status).toBe(201);
    await c.request("POST", "/api/v1/self-assessments", {
      assessedOn: "2026-11-01",
      answers: { "mapping.locations": "yes" },
    });
    await c.request("POST", "/api/v1/partnerships", {
      details: { kind: "member", organisationId: orgs[0].id, contactPoint: { name: "Contact Person" } },
    });

    const before = await dumpRows(t.db);
    const lines: string[] = [];
    await dumpDatabase(t.db, (l) => {
      lines.push(l);
    });
    const header = await restoreDatabase(target, lines);
    for (const table of [
      "municipality_boundaries",
      "mapping_entries",
      "priorities",
      "priority_weights",
      "action_points",
    ]) {
      expect(header.tables.find((x) => x.name === table)?.rows, table).toBeGreaterThan(0);
    }
    expect(await dumpRows(target)).toEqual(before);
    const [restored] = await target.query<{ partners: string[] }>(
      "select array_to_json(partner_organisation_ids) as partners from action_points where id = $1",
      [point.json().id],
    );
    expect(restored!.partners).toEqual([orgs[0].id, orgs[1].id]);
  });
});
