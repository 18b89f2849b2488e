import { randomUUID } from "node:crypto";
import { casesDb, withTenant } from "@ariadne/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoSeed, seedDemo } from "../admin/seed-demo.ts";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";
import { aCase, demoDirectory } from "./testing.ts";

let t: TestApp;
let other: DemoSeed;
let frontline: Agent;
let coordinator: Agent;
let otherMunicipality: Agent;
let dir: Awaited<ReturnType<typeof demoDirectory>>;

const note = "Employer keeps the Wobblequartz passport";

beforeAll(async () => {
  t = await createTestApp();
  other = await seedDemo(t.db, t.keyring, { name: "Other municipality", emailDomain: "other.ariadne.test" });
  frontline = await t.signIn("frontline");
  coordinator = await t.signIn("coordinator");
  otherMunicipality = await t.signIn("frontline", other);
  dir = await demoDirectory(t.db, t.seed.municipalityId);
}, 300_000); // two demo municipalities on a loaded machine
afterAll(async () => {
  await t.close();
});

const first = {
  catalogueVersion: "catalogue-v2",
  profiles: ["adult_labour"],
  observations: [
    { indicator: "alx.dec.01", status: "present", observedAt: "2026-10-01", source: "interview" },
    { indicator: "alx.exp.01", status: "present", observedAt: "2026-10-01" },
  ],
};
const second = {
  ...first,
  observations: [
    { indicator: "alx.dec.01", status: "absent", observedAt: "2026-10-20" },
    { indicator: "alx.dec.01", status: "present", observedAt: "2026-10-01", source: "interview" },
    { indicator: "alx.exp.01", status: "present", observedAt: "2026-10-01" },
    { indicator: "alx.cod.01", status: "present", observedAt: "2026-10-20", note },
  ],
};

async function caseWithTwoScreenings() {
  const created = await frontline.request("POST", "/api/v1/cases", { person: { aliases: ["Mira"] } });
  expect(created.status).toBe(201);
  const id: string = created.json().case.id;
  const save = async (input: unknown) => {
    const res = await frontline.request("POST", `/api/v1/cases/${id}/screenings`, input);
    expect(res.status, res.body).toBe(201);
    return res.json().id as string;
  };
  const a = await save(first);
  const b = await save(second);
  return { id, a, b, code: created.json().case.caseCode as string };
}

describe("a saved screening opened as a record", () => {
  it("gives the answers with dates, sources and notes, the result, who recorded it, and what changed", async () => {
    const { id, a, b, code } = await caseWithTwoScreenings();
    const res = await frontline.request("GET", `/api/v1/cases/${id}/screenings/${b}`);
    expect(res.status, res.body).toBe(200);
    const r = res.json();
    expect(r.caseCode).toBe(code);
    expect(r.recordedBy.displayName).toBeTruthy();
    expect(r.input.observations).toContainEqual({
      indicator: "alx.cod.01",
      status: "present",
      observedAt: "2026-10-20",
      note,
    });
    expect(r.result.outcome).toBeDefined();
    expect(r.result.assistance.level).toBeDefined();
    expect(r.previous.id).toBe(a);
    expect(r.changes).toEqual({ appeared: ["alx.cod.01"], disappeared: ["alx.dec.01"] });
    expect(r.mayRescreen).toBe(true);

    const firstRecord = (await frontline.request("GET", `/api/v1/cases/${id}/screenings/${a}`)).json();
    expect(firstRecord.previous).toBeNull();
    expect(firstRecord.changes).toBeNull();

    const audit = await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query<{ action: string; details: Record<string, unknown> }>(
        "select action, details from audit_log where record_id = $1 and action = 'cases.screening.read'",
        [id],
      ),
    );
    expect(audit.map((x) => x.details.entryId)).toEqual([b, a]);
  });

  it("keeps the answers' notes encrypted at rest", async () => {
    const { id } = await caseWithTwoScreenings();
    const rows = await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query<{ body: string }>("select body_enc as body from case_timeline where case_id = $1", [id]),
    );
    expect(rows.length).toBe(2);
    for (const row of rows) {
      expect(row.body).not.toContain("Wobblequartz");
      expect(row.body).not.toContain("alx.");
    }
  });

  it("answers 404 to another team's user, to a coordinator who sees only that the case exists, and to another municipality", async () => {
    const { id, b } = await caseWithTwoScreenings();
    expect((await coordinator.request("GET", `/api/v1/cases/${id}`)).json().access).toBe("existence");
    expect((await coordinator.request("GET", `/api/v1/cases/${id}/screenings/${b}`)).status).toBe(404);
    expect((await otherMunicipality.request("GET", `/api/v1/cases/${id}/screenings/${b}`)).status).toBe(404);

    // A case of another organisation (the police's): the frontline professional is not on its team.
    const police = await aCase(t.db, t.keyring, t.seed.municipalityId, {
      ownerOrganisationId: dir.org("police"),
    });
    const entryId = randomUUID();
    await withTenant(t.db, t.seed.municipalityId, async (tx) => {
      const cipher = await t.keyring.cipherFor(tx, t.seed.municipalityId);
      await casesDb.insertTimelineEntry(tx, t.seed.municipalityId, {
        id: entryId,
        caseId: police.caseId,
        kind: "screening",
        bodyEnc: cipher.encrypt("case_timeline.body", JSON.stringify({ input: first })),
        dueOn: null,
        assigneeId: null,
        createdBy: null,
      });
    });
    const outside = await frontline.request("GET", `/api/v1/cases/${police.caseId}/screenings/${entryId}`);
    expect(outside.status).toBe(404);
    // Not a screening of this case: a note's id, or a screening of another case.
    expect((await frontline.request("GET", `/api/v1/cases/${id}/screenings/${entryId}`)).status).toBe(404);
  });
});

describe("the case list shows what a worker recognises", () => {
  it("gives the team the pseudonym and the initials, and others neither", async () => {
    const created = await frontline.request("POST", "/api/v1/cases", {
      person: { aliases: ["Car wash, Tuesdays"], givenName: "Ona", familyName: "Petraitė" },
    });
    const id = created.json().case.id;
    const mine = (await frontline.request("GET", "/api/v1/cases?limit=200")).json();
    expect(mine.items.find((c: { id: string }) => c.id === id)).toMatchObject({
      label: "Car wash, Tuesdays",
      initials: "OP",
    });
    const theirs = (await coordinator.request("GET", "/api/v1/cases?limit=200")).json();
    expect(theirs.items.find((c: { id: string }) => c.id === id)).toMatchObject({
      access: "existence",
      label: null,
      initials: null,
    });
  });
});
