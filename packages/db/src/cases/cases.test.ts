import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../connection.ts";
import { withTenant } from "../tenant-context.ts";
import { openTestDatabase } from "../testing.ts";
import { getCaseForViewer, insertCase, listCases } from "./cases.ts";
import { insertPerson } from "./persons.ts";

let db: Database;
const a = randomUUID();
const b = randomUUID();
const orgA = randomUUID();
const orgB = randomUUID();
let caseOfB: string;

const caseTables = [
  "cases",
  "case_status_history",
  "case_field_versions",
  "case_timeline",
  "case_attachments",
  "case_consents",
  "case_grants",
  "case_break_glass",
  "case_retention_policies",
];

async function seedCase(m: string, org: string) {
  const personId = randomUUID();
  const caseId = randomUUID();
  await withTenant(db, m, async (tx) => {
    await insertPerson(tx, {
      id: personId,
      municipalityId: m,
      caseCode: `C-${caseId.slice(0, 8)}`,
      givenNameEnc: null,
      familyNameEnc: null,
      dateOfBirthEnc: null,
      nameIndex: null,
      dateOfBirthIndex: null,
      gender: null,
      ageBand: null,
      citizenship: null,
      createdBy: null,
    });
    await insertCase(tx, {
      id: caseId,
      municipalityId: m,
      personId,
      ownerOrganisationId: org,
      status: "concern_raised",
      state: { status: "concern_raised" },
      highRisk: false,
      forms: [],
      createdBy: null,
    });
  });
  return caseId;
}

beforeAll(async () => {
  db = await openTestDatabase();
  for (const [m, org] of [
    [a, orgA],
    [b, orgB],
  ] as const) {
    await db.query("insert into municipalities (id, name, country) values ($1, 'M', 'FI')", [m]);
    await db.query(
      "insert into organisations (id, municipality_id, name, kind) values ($1, $2, 'Org', 'ngo')",
      [org, m],
    );
  }
  await seedCase(a, orgA);
  caseOfB = await seedCase(b, orgB);
});
afterAll(async () => {
  await db.close();
});

describe("cases tables under row-level security", () => {
  it("enables and forces row-level security on every cases table", async () => {
    const rows = await db.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
      "select relname, relrowsecurity, relforcerowsecurity from pg_class where relname = any($1::text[])",
      [caseTables],
    );
    expect(rows).toHaveLength(caseTables.length);
    for (const r of rows)
      expect([r.relname, r.relrowsecurity, r.relforcerowsecurity]).toEqual([r.relname, true, true]);
  });

  it("shows the application role no case without a municipality set", async () => {
    const rows = await db.transaction(async (tx) => {
      await tx.query("set local role ariadne_app");
      return tx.query("select * from cases");
    });
    expect(rows).toEqual([]);
  });

  it("hides another municipality's case even when asked for by id", async () => {
    const found = await withTenant(db, a, (tx) => getCaseForViewer(tx, a, caseOfB, randomUUID()));
    expect(found).toBeNull();
    const listed = await withTenant(db, a, (tx) =>
      listCases(tx, b, { userId: randomUUID(), organisationId: orgB }, true, { limit: 50, offset: 0 }),
    );
    expect(listed).toEqual([]);
  });

  it("refuses to write a case into another municipality", async () => {
    await expect(seedCase(a, orgB)).rejects.toThrow();
  });

  it("refuses a grant on another municipality's case", async () => {
    await expect(
      withTenant(db, a, (tx) =>
        tx.query(
          `insert into case_grants (id, municipality_id, case_id, organisation_id) values ($1, $2, $3, $4)`,
          [randomUUID(), a, caseOfB, orgA],
        ),
      ),
    ).rejects.toThrow();
  });
});
