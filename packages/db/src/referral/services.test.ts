import { randomUUID } from "node:crypto";
import { referral } from "@ariadne/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../connection.ts";
import { withSystem, withTenant } from "../tenant-context.ts";
import { openTestDatabase } from "../testing.ts";
import {
  getService,
  insertService,
  listMatchableServices,
  listServices,
  listServicesByIds,
  updateService,
} from "./services.ts";

let db: Database;
const a = randomUUID();
const b = randomUUID();
const orgA = randomUUID();
const orgB = randomUUID();

const fields = (organisationId: string, over: Partial<referral.ServiceCreate> = {}) =>
  referral.ServiceCreate.parse({
    organisationId,
    name: "Night shelter",
    type: "shelter",
    languages: ["fi", "ru"],
    genders: ["female"],
    location: { lat: 60.45, lon: 22.27 },
    capacity: 8,
    available: 3,
    ...over,
  });

beforeAll(async () => {
  db = await openTestDatabase();
  await withSystem(db, async (tx) => {
    for (const [m, org] of [
      [a, orgA],
      [b, orgB],
    ] as const) {
      await tx.query("insert into municipalities (id, name, country) values ($1, $2, 'FI')", [
        m,
        m.slice(0, 8),
      ]);
      await tx.query(
        "insert into organisations (id, municipality_id, name, kind) values ($1, $2, 'Safe Harbour', 'ngo')",
        [org, m],
      );
    }
  });
});
afterAll(async () => {
  await db.close();
});

describe("services table", () => {
  it("has row-level security enabled and forced, with the tenant policy", async () => {
    const [row] = await db.query<{ enabled: boolean; forced: boolean; policies: number }>(
      `select c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
         (select count(*)::int from pg_policy p where p.polrelid = c.oid and p.polname = 'tenant') as policies
       from pg_class c where c.relname = 'services'`,
    );
    expect(row).toEqual({ enabled: true, forced: true, policies: 1 });
  });

  it("stores and reads back every field with the provider's name", async () => {
    const id = randomUUID();
    const f = fields(orgA, { requiresDocuments: true, email: "info@example.org" });
    const stored = await withTenant(db, a, (tx) =>
      insertService(tx, { id, municipalityId: a, createdBy: null, fields: f }),
    );
    expect(stored).toMatchObject({
      ...f,
      id,
      organisationName: "Safe Harbour",
      unconditional: false,
      version: 1,
    });
    expect(stored.availabilityUpdatedAt).not.toBeNull();
    expect(await withTenant(db, a, (tx) => getService(tx, a, id))).toEqual(stored);
  });

  it("hides another municipality's services by row-level security, even when asked by id", async () => {
    const id = randomUUID();
    await withTenant(db, b, (tx) =>
      insertService(tx, { id, municipalityId: b, createdBy: null, fields: fields(orgB) }),
    );
    expect(await withTenant(db, a, (tx) => getService(tx, b, id))).toBeNull();
    const rows = await withTenant(db, a, (tx) => tx.query("select id from services where id = $1", [id]));
    expect(rows).toEqual([]);
  });

  it("refuses a provider organisation of another municipality", async () => {
    await expect(
      withTenant(db, a, (tx) =>
        insertService(tx, { id: randomUUID(), municipalityId: a, createdBy: null, fields: fields(orgB) }),
      ),
    ).rejects.toThrow();
  });

  it("updates with optimistic locking and keeps the availability time when places do not change", async () => {
    const id = randomUUID();
    const s = await withTenant(db, a, (tx) =>
      insertService(tx, { id, municipalityId: a, createdBy: null, fields: fields(orgA) }),
    );
    const renamed = await withTenant(db, a, (tx) =>
      updateService(tx, {
        municipalityId: a,
        id,
        version: 1,
        updatedBy: null,
        fields: { ...fields(orgA), name: "Renamed" },
        archived: false,
      }),
    );
    expect(renamed).toMatchObject({
      name: "Renamed",
      version: 2,
      availabilityUpdatedAt: s.availabilityUpdatedAt,
    });
    const stale = await withTenant(db, a, (tx) =>
      updateService(tx, {
        municipalityId: a,
        id,
        version: 1,
        updatedBy: null,
        fields: fields(orgA),
        archived: true,
      }),
    );
    expect(stale).toBeNull();
    const archived = await withTenant(db, a, (tx) =>
      updateService(tx, {
        municipalityId: a,
        id,
        version: 2,
        updatedBy: null,
        fields: { ...fields(orgA), available: 0 },
        archived: true,
      }),
    );
    expect(archived).toMatchObject({ archived: true, available: 0, version: 3 });
    const listed = await withTenant(db, a, (tx) => listServices(tx, a));
    expect(listed.map((x) => x.id)).not.toContain(id);
    const all = await withTenant(db, a, (tx) => listServices(tx, a, { includeArchived: true }));
    expect(all.map((x) => x.id)).toContain(id);
  });

  it("gives matching the active services of the needed types with the fields it reads", async () => {
    const m = randomUUID();
    await withSystem(db, async (tx) => {
      await tx.query("insert into municipalities (id, name, country) values ($1, 'M', 'FI')", [m]);
      await tx.query(
        "insert into organisations (id, municipality_id, name, kind) values ($1, $2, 'Org', 'ngo')",
        [m, m],
      );
    });
    const shelter = await withTenant(db, m, (tx) =>
      insertService(tx, { id: randomUUID(), municipalityId: m, createdBy: null, fields: fields(m) }),
    );
    const health = await withTenant(db, m, (tx) =>
      insertService(tx, {
        id: randomUUID(),
        municipalityId: m,
        createdBy: null,
        fields: fields(m, { type: "health_care", requiresIdentification: true, location: null }),
      }),
    );
    await withTenant(db, m, (tx) =>
      updateService(tx, {
        municipalityId: m,
        id: health.id,
        version: 1,
        updatedBy: null,
        fields: fields(m, { type: "health_care" }),
        archived: true,
      }),
    );
    const found = await withTenant(db, m, (tx) => listMatchableServices(tx, m, ["shelter", "health_care"]));
    expect(found).toEqual([
      {
        id: shelter.id,
        type: "shelter",
        name: "Night shelter",
        genders: ["female"],
        ageMin: null,
        ageMax: null,
        servesMinors: false,
        servesFamilies: false,
        languages: ["fi", "ru"],
        wheelchairAccessible: false,
        cost: "free",
        requiresIdentification: false,
        requiresDocuments: false,
        requiresResidencePermit: false,
        available: 3,
        open24_7: false,
        location: { lat: 60.45, lon: 22.27 },
        availabilityUpdatedAt: shelter.availabilityUpdatedAt,
        archived: false,
      },
    ]);
    expect(await withTenant(db, m, (tx) => listMatchableServices(tx, m, ["housing"]))).toEqual([]);
    const byIds = await withTenant(db, m, (tx) => listServicesByIds(tx, m, [shelter.id, health.id]));
    expect(byIds.map((x) => x.id).sort()).toEqual([shelter.id, health.id].sort());
    // Read through JSON, every field comes back as the row reader gives it.
    for (const s of byIds) expect(s).toEqual(await withTenant(db, m, (tx) => getService(tx, m, s.id)));
  });
});
