import { withSystem, withTenant } from "@ariadne/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aContractOf, aQuestionnaireLink, goodAnswers } from "../procurement/testing.ts";
import { aReferralToTheShelter } from "../referral/referrals-testing.ts";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";
import { type DemoSeed, seedDemo } from "./seed-demo.ts";

let t: TestApp;
let other: DemoSeed;
let coordinatorA: Agent;
let coordinatorB: Agent;
/** One record of municipality B per kind of `:id` route. */
const recordsOfB = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp();
  other = await seedDemo(t.db, t.keyring, { name: "Other municipality", emailDomain: "other.ariadne.test" });
  coordinatorA = await t.signIn("coordinator");
  coordinatorB = await t.signIn("coordinator", other);
  recordsOfB.set(
    "organisations",
    (await coordinatorB.request("GET", "/api/v1/organisations")).json().items[0].id,
  );
  recordsOfB.set("users", (await coordinatorB.request("GET", "/api/v1/users")).json().items[0].id);
  recordsOfB.set("services", (await coordinatorB.request("GET", "/api/v1/services")).json().items[0].id);
  const caseOfB = (
    await (
      await t.signIn("frontline", other)
    ).request("POST", "/api/v1/cases", { person: { aliases: ["Mira"] } })
  ).json();
  recordsOfB.set("cases", caseOfB.case.id);
  recordsOfB.set("persons", caseOfB.case.personId);
  const referralOfB = await aReferralToTheShelter(t, { seed: other });
  recordsOfB.set("referrals", referralOfB.referral.id);
  recordsOfB.set(
    "notifications",
    (await referralOfB.provider.request("GET", "/api/v1/notifications")).json().items[0].id,
  );
  const createdByB = async (url: string, body: unknown) =>
    (await coordinatorB.request("POST", url, body)).json().id;
  recordsOfB.set(
    "mapping",
    await createdByB("/api/v1/mapping", {
      title: "Car washes",
      details: { kind: "location", sector: "car_washes" },
      source: { kind: "inspection", date: "2026-09-01" },
    }),
  );
  recordsOfB.set(
    "priorities",
    await createdByB("/api/v1/priorities", {
      form: "forced_labour",
      ratings: { prevalence: 2, severity: 4, hiddenness: 3, fewTrainedActors: 3, lowCoverage: 2 },
    }),
  );
  recordsOfB.set(
    "action-plan",
    await createdByB("/api/v1/action-plan", { chapter: "prevention", title: "Leaflets" }),
  );
  recordsOfB.set(
    "self-assessments",
    await createdByB("/api/v1/self-assessments", { assessedOn: "2026-11-01", answers: {} }),
  );
  recordsOfB.set(
    "outreach-visits",
    await createdByB("/api/v1/outreach-visits", { title: "Berry farm", plannedOn: "2026-11-03" }),
  );
  await t.app.inject({
    method: "POST",
    url: "/help/other-municipality/concerns",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: "what=Workers+sleep+at+the+site",
  });
  recordsOfB.set(
    "campaigns",
    await createdByB("/api/v1/campaigns", {
      title: "Taxi drivers",
      targetGroups: ["taxi_drivers"],
      startsOn: "2026-11-01",
    }),
  );
  const concernOfB = (await coordinatorB.request("GET", "/api/v1/concerns")).json().items[0];
  recordsOfB.set("concerns", concernOfB.id);
  const frontlineOfB = await t.signIn("frontline", other);
  recordsOfB.set(
    "concern-hand-offs",
    (
      await coordinatorB.request("POST", `/api/v1/concerns/${concernOfB.id}/hand-offs`, {
        version: concernOfB.version,
        toUserId: frontlineOfB.me.id,
      })
    ).json().id,
  );
  recordsOfB.set(
    "partnerships",
    await createdByB("/api/v1/partnerships", {
      details: { kind: "meeting", heldOn: "2026-11-02", title: "Network" },
    }),
  );
  const officerB = await t.signIn("procurement_officer", other);
  const contractOfB = await aContractOf(officerB);
  recordsOfB.set("procurement-contracts", contractOfB.id);
  const findingOfB = (
    await officerB.request("POST", `/api/v1/procurement-contracts/${contractOfB.id}/findings`, {
      source: "document_check",
      severity: "minor",
      foundOn: "2026-11-02",
      description: "Pay slips late",
    })
  ).json();
  recordsOfB.set("procurement-findings", findingOfB.id);
  recordsOfB.set(
    "procurement-actions",
    await createdByB(`/api/v1/procurement-findings/${findingOfB.id}/actions`, {
      description: "Pay on time",
      deadline: "2026-12-02",
    }),
  );
  recordsOfB.set("supplier-questionnaires", (await aQuestionnaireLink(officerB, contractOfB)).id);
  const [regionOfB] = await withSystem(t.db, (tx) =>
    tx.query<{ region_id: string }>(
      "select region_id from region_municipalities where municipality_id = $1",
      [other.municipalityId],
    ),
  );
  recordsOfB.set("regions", regionOfB!.region_id);
});
afterAll(async () => {
  await t.close();
});

const idRoute = /\/api\/v1\/([a-z-]+)\/:id/;
/** A valid body for the routes whose body is not the record's version. */
const aToken = "A".repeat(43);
const bodies: Record<string, object> = {
  "POST /api/v1/users/:id/password-reset": { resetTotp: false },
  "POST /api/v1/concerns/:id/outreach-visit": { plannedOn: "2026-11-03" },
  "POST /api/v1/concerns/:id/mapping-entry": {
    title: "Car wash",
    details: { kind: "location", sector: "car_washes" },
    source: { kind: "other", date: "2026-11-02" },
  },
  "POST /api/v1/concerns/:id/hand-offs": { version: 1, toUserId: "00000000-0000-4000-8000-000000000001" },
  "POST /api/v1/concern-hand-offs/:id/case": { person: { aliases: ["Worker"] } },
  "POST /api/v1/concern-hand-offs/:id/hand-back": { reason: "Not ours" },
  "POST /api/v1/procurement-contracts/:id/questionnaires": {
    supplierId: "00000000-0000-4000-8000-000000000001",
  },
  "POST /api/v1/procurement-contracts/:id/checks": { method: "on_site_audit", doneOn: "2026-11-02" },
  "POST /api/v1/procurement-contracts/:id/findings": {
    source: "other",
    severity: "minor",
    foundOn: "2026-11-02",
    description: "x",
  },
  "POST /api/v1/procurement-findings/:id/actions": { description: "x", deadline: "2026-12-01" },
  "PATCH /api/v1/procurement-actions/:id": { version: 1, status: "done" },
  // The supplier's routes: A's coordinator holds no token of B's questionnaire, only a guess.
  "POST /api/v1/supplier-questionnaires/:id/open": { token: aToken },
  "POST /api/v1/supplier-questionnaires/:id/answers": { token: aToken, ...goodAnswers() },
};

/**
 * Routes the coordinator may not use at all, refused before any record is looked up: a concern
 * handed to a frontline worker is answered by a role that opens cases, and coordinators do not
 * (concern-hand-offs.test.ts walks a frontline worker of A against B's hand-off: 404); regions
 * span municipalities and are drawn by the system admin alone.
 */
const refusedByRole = new Set([
  "GET /api/v1/concern-hand-offs/:id",
  "POST /api/v1/concern-hand-offs/:id/case",
  "POST /api/v1/concern-hand-offs/:id/hand-back",
  "PATCH /api/v1/regions/:id",
]);

describe("tenant isolation", () => {
  it("covers every route that names a record", () => {
    const withIds = t.routes.filter((r) => idRoute.test(r.url));
    expect(withIds.length).toBeGreaterThan(0);
    for (const r of withIds) {
      const collection = idRoute.exec(r.url)![1]!;
      expect(recordsOfB.has(collection), `no record of B for ${r.method} ${r.url}`).toBe(true);
    }
  });

  it("answers 404 to municipality A for any record of municipality B, through every route", async () => {
    const withIds = t.routes.filter((r) => idRoute.test(r.url));
    for (const r of withIds) {
      const collection = idRoute.exec(r.url)![1]!;
      const url = r.url.replace(":id", recordsOfB.get(collection)!);
      const body = r.method === "GET" ? undefined : (bodies[`${r.method} ${r.url}`] ?? { version: 1 });
      const res = await coordinatorA.request(r.method as "GET", url, body);
      expect(res.status, `${r.method} ${url}`).toBe(refusedByRole.has(`${r.method} ${r.url}`) ? 403 : 404);
    }
  });

  it("answers 404 when a coordinator names another municipality explicitly", async () => {
    for (const path of ["/api/v1/organisations", "/api/v1/users", "/api/v1/audit"]) {
      const res = await coordinatorA.request("GET", `${path}?municipalityId=${other.municipalityId}`);
      expect(res.status, path).toBe(404);
    }
  });

  it("lists only the own municipality's organisations, users and audit entries", async () => {
    const orgs = (await coordinatorA.request("GET", "/api/v1/organisations")).json().items;
    expect(orgs.every((o: { municipalityId: string }) => o.municipalityId === t.seed.municipalityId)).toBe(
      true,
    );
    const users = (await coordinatorA.request("GET", "/api/v1/users")).json().items;
    expect(users.some((u: { email: string }) => u.email.endsWith("other.ariadne.test"))).toBe(false);
    const audit = (await coordinatorA.request("GET", "/api/v1/audit?limit=200")).json().entries;
    expect(audit.some((e: { actorName: string | null }) => e.actorName === "Kaisa Coordinator")).toBe(true);
    const idsOfB = new Set([...recordsOfB.values()]);
    // A's own probing of B's records is in A's trail (as refused); nothing B did is.
    const leaked = audit.filter(
      (e: { recordId: string | null; action: string }) =>
        e.recordId && idsOfB.has(e.recordId) && e.action !== "access.denied",
    );
    expect(leaked).toEqual([]);
  });

  it("lets a system admin work in a named municipality", async () => {
    const sysadmin = await t.signIn("system_admin");
    const res = await sysadmin.request("GET", `/api/v1/organisations?municipalityId=${other.municipalityId}`);
    expect(res.status).toBe(200);
    expect(res.json().items.length).toBeGreaterThan(0);
    expect((await sysadmin.request("GET", "/api/v1/organisations")).status).toBe(400);
  });
});

describe("roles", () => {
  it("refuses administration to roles without it", async () => {
    for (const role of ["frontline", "analyst", "service_provider"] as const) {
      const agent = await t.signIn(role);
      expect((await agent.request("GET", "/api/v1/users")).status, role).toBe(403);
      expect((await agent.request("GET", "/api/v1/audit")).status, role).toBe(403);
      expect(
        (await agent.request("POST", "/api/v1/organisations", { name: "X", kind: "ngo" })).status,
        role,
      ).toBe(403);
    }
  });

  it("does not let a coordinator create a system admin", async () => {
    const orgs = (await coordinatorA.request("GET", "/api/v1/organisations")).json().items;
    const res = await coordinatorA.request("POST", "/api/v1/users", {
      email: "sneaky@example.org",
      displayName: "Sneaky",
      organisationId: orgs[0].id,
      role: "system_admin",
    });
    expect(res.status).toBe(403);
  });

  it("does not let a coordinator attach a user to another municipality's organisation", async () => {
    const res = await coordinatorA.request("POST", "/api/v1/users", {
      email: "cross@example.org",
      displayName: "Cross",
      organisationId: recordsOfB.get("organisations"),
      role: "frontline",
    });
    expect(res.status).toBe(400);
    expect(res.json().error.issues[0].path).toBe("body.organisationId");
  });
});

describe("row-level security", () => {
  it("shows no rows to the application role without a municipality set", async () => {
    const rows = await t.db.transaction(async (tx) => {
      await tx.query("set local role ariadne_app");
      return tx.query("select * from organisations");
    });
    expect(rows).toEqual([]);
    const persons = await t.db.transaction(async (tx) => {
      await tx.query("set local role ariadne_app");
      return tx.query("select * from persons");
    });
    expect(persons).toEqual([]);
  });

  it("hides another municipality's rows even from a query that asks for them by id", async () => {
    const rows = await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query("select * from organisations where id = $1", [recordsOfB.get("organisations")]),
    );
    expect(rows).toEqual([]);
  });

  it("applies to reads in read-only transactions too: the application role, one municipality", async () => {
    const read = (sql: string, params: unknown[] = []) =>
      withTenant(t.db, t.seed.municipalityId, (tx) => tx.query(sql, params), { readOnly: true });
    expect(await read("select current_user as who")).toEqual([{ who: "ariadne_app" }]);
    expect(
      await read("select * from organisations where id = $1", [recordsOfB.get("organisations")]),
    ).toEqual([]);
    const seen = await read("select distinct municipality_id from organisations");
    expect(seen).toEqual([{ municipality_id: t.seed.municipalityId }]);
  });

  it("refuses to insert a row for another municipality", async () => {
    await expect(
      withTenant(t.db, t.seed.municipalityId, (tx) =>
        tx.query(
          "insert into organisations (id, municipality_id, name, kind) values (gen_random_uuid(), $1, 'X', 'ngo')",
          [other.municipalityId],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });
});

describe("optimistic locking", () => {
  it("answers 409 with the current version to a stale write, and loses nothing", async () => {
    const created = (
      await coordinatorA.request("POST", "/api/v1/organisations", { name: "Shelter", kind: "ngo" })
    ).json();
    const first = await coordinatorA.request("PATCH", `/api/v1/organisations/${created.id}`, {
      name: "Shelter North",
      version: 1,
    });
    expect(first.status).toBe(200);
    const stale = await coordinatorA.request("PATCH", `/api/v1/organisations/${created.id}`, {
      name: "Shelter South",
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.json().error.current).toMatchObject({ name: "Shelter North", version: 2 });
  });
});
