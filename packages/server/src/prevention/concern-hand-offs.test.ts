import { withTenant } from "@ariadne/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DemoSeed } from "../admin/seed-demo.ts";
import { type Agent, createTestApp, seedOtherMunicipality, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let other: DemoSeed;
let coordinator: Agent;
let frontline: Agent;
let otherCoordinator: Agent;
let otherFrontline: Agent;
let sent = 0;

beforeAll(async () => {
  t = await createTestApp({ ARIADNE_TRUST_PROXY: "true" });
  other = await seedOtherMunicipality(t);
  coordinator = await t.signIn("coordinator");
  frontline = await t.signIn("frontline");
  otherCoordinator = await t.signIn("coordinator", other);
  otherFrontline = await t.signIn("frontline", other);
});
afterAll(async () => {
  await t.close();
});

type Concern = { id: string; version: number; status: string; followUp: unknown; handOff: unknown };

/** Sends a report of concern through the public form (each from its own address) and finds it in the inbox. */
async function aConcern(
  what: string,
  slug = "demo-municipality",
  inbox: Agent = coordinator,
): Promise<Concern> {
  sent += 1;
  const res = await t.app.inject({
    method: "POST",
    url: `/help/${slug}/concerns`,
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": `203.0.113.${sent}` },
    payload: new URLSearchParams({ what, where: "Harbour district" }).toString(),
  });
  expect(res.statusCode).toBe(201);
  return inboxItem(what, inbox);
}

async function inboxItem(what: string, inbox: Agent = coordinator): Promise<Concern> {
  const items = (await inbox.request("GET", "/api/v1/concerns")).json().items;
  return items.find((c: { what: string }) => c.what === what);
}

const auditOf = (action: string, recordId: string) =>
  withTenant(t.db, t.seed.municipalityId, (tx) =>
    tx.query<{ details: Record<string, unknown> | null; actor_name: string }>(
      "select details, actor_name from audit_log where action = $1 and record_id = $2",
      [action, recordId],
    ),
  );

const aCase = { person: { aliases: ["Car wash worker"] }, why: "From a report of concern" };

describe("handing a report of concern to a frontline worker", () => {
  it("offers the municipality's frontline workers as recipients, and hands the concern to one with a note", async () => {
    const inbox = (await coordinator.request("GET", "/api/v1/concerns")).json();
    expect(inbox.handOffRecipients).toEqual([{ id: frontline.me.id, name: "Frida Frontline" }]);
    const concern = await aConcern("A worker at the car wash has no passport");
    const res = await coordinator.request("POST", `/api/v1/concerns/${concern.id}/hand-offs`, {
      version: concern.version,
      toUserId: frontline.me.id,
      note: "Please visit this week",
    });
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({
      concernId: concern.id,
      toName: "Frida Frontline",
      byName: "Kaisa Coordinator",
      note: "Please visit this week",
      status: "open",
    });
    expect(await inboxItem("A worker at the car wash has no passport")).toMatchObject({
      status: "in_progress",
      followUp: null,
      handOff: { id: res.json().id, status: "open", toName: "Frida Frontline" },
    });
    expect(await auditOf("concerns.hand_off", concern.id)).toHaveLength(1);
    const notices = (await frontline.request("GET", "/api/v1/notifications")).json().items;
    expect(notices).toContainEqual(
      expect.objectContaining({ kind: "concern_handed_off", link: `/prevention/handed/${res.json().id}` }),
    );
  });

  it("lets the worker read the concern without the reporter's contact, and open a case linked both ways", async () => {
    const concern = await aConcern("Cleaners sleep in the hotel basement");
    const handOff = (
      await coordinator.request("POST", `/api/v1/concerns/${concern.id}/hand-offs`, {
        version: concern.version,
        toUserId: frontline.me.id,
      })
    ).json();
    const list = (await frontline.request("GET", "/api/v1/concern-hand-offs")).json().items;
    const mine = list.find((i: { handOff: { id: string } }) => i.handOff.id === handOff.id);
    expect(mine.concern).toEqual({
      receivedAt: expect.any(String),
      what: "Cleaners sleep in the hotel basement",
      where: "Harbour district",
      when: null,
      language: "en",
    });
    expect(JSON.stringify(mine)).not.toMatch(/contact/i);
    const one = await frontline.request("GET", `/api/v1/concern-hand-offs/${handOff.id}`);
    expect(one.status).toBe(200);

    const opened = await frontline.request("POST", `/api/v1/concern-hand-offs/${handOff.id}/case`, aCase);
    expect(opened.status).toBe(201);
    const { caseId, caseCode, handOff: closed } = opened.json();
    expect(closed).toMatchObject({ status: "case_opened", caseId });
    expect(caseCode).toEqual(expect.any(String));
    const theCase = await frontline.request("GET", `/api/v1/cases/${caseId}`);
    expect(theCase.status).toBe(200);
    // The coordinator learns that a case was opened, not which: neither its id nor a way to it.
    const seen = await inboxItem("Cleaners sleep in the hotel basement");
    expect(seen).toMatchObject({
      status: "in_progress",
      followUp: { kind: "case", id: null },
      handOff: { status: "case_opened", caseId: null },
    });
    expect(JSON.stringify(seen)).not.toContain(caseId);
    expect((await auditOf("cases.create", caseId)).map((a) => a.details)).toEqual([
      { fromConcern: concern.id },
    ]);
    expect(await auditOf("concerns.hand_off.case", handOff.id)).toHaveLength(1);
    // The coordinator keeps out of casework: the case is the worker's team's, its content theirs.
    expect((await coordinator.request("GET", `/api/v1/cases/${caseId}`)).json().content).toBeNull();

    // The case links back to the concern: for the worker, to the concern handed to them.
    const source = await frontline.request("GET", `/api/v1/cases/${caseId}/source-concern`);
    expect(source.status).toBe(200);
    expect(source.json()).toEqual({
      concern: {
        concernId: concern.id,
        receivedAt: expect.any(String),
        link: `/prevention/handed/${handOff.id}`,
      },
    });
    expect(await auditOf("cases.source_concern.read", caseId)).toHaveLength(1);
    // Not for whoever may not read the case: the coordinator, another municipality's worker.
    expect((await coordinator.request("GET", `/api/v1/cases/${caseId}/source-concern`)).status).toBe(404);
    expect((await otherFrontline.request("GET", `/api/v1/cases/${caseId}/source-concern`)).status).toBe(404);
  });

  it("answers no source for a case not opened from a concern (most cases: not an error)", async () => {
    const plain = await frontline.request("POST", "/api/v1/cases", aCase);
    expect(plain.status).toBe(201);
    const id = plain.json().case.id;
    const res = await frontline.request("GET", `/api/v1/cases/${id}/source-concern`);
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ concern: null });
  });

  it("lets the worker hand it back with a reason: the coordinator is told and may hand it again", async () => {
    const concern = await aConcern("Taxi driver saw a girl locked in a car");
    const handOff = (
      await coordinator.request("POST", `/api/v1/concerns/${concern.id}/hand-offs`, {
        version: concern.version,
        toUserId: frontline.me.id,
      })
    ).json();
    const noReason = await frontline.request("POST", `/api/v1/concern-hand-offs/${handOff.id}/hand-back`, {
      reason: "",
    });
    expect(noReason.status).toBe(400);
    expect(noReason.json().error.issues[0].path).toBe("body.reason");
    const back = await frontline.request("POST", `/api/v1/concern-hand-offs/${handOff.id}/hand-back`, {
      reason: "Police matter: call 112",
    });
    expect(back.status).toBe(200);
    expect(back.json()).toMatchObject({ status: "handed_back", reason: "Police matter: call 112" });
    const after = await inboxItem("Taxi driver saw a girl locked in a car");
    expect(after).toMatchObject({ status: "new", followUp: null, handOff: { status: "handed_back" } });
    const notices = (await coordinator.request("GET", "/api/v1/notifications")).json().items;
    expect(notices).toContainEqual(
      // The notice opens the inbox at that concern, not at the top of the list.
      expect.objectContaining({
        kind: "concern_handed_back",
        recordId: handOff.id,
        link: `/prevention/concerns#concern-${concern.id}`,
      }),
    );
    // Answered once: a case from the handed-back concern is refused, and nothing is opened.
    const late = await frontline.request("POST", `/api/v1/concern-hand-offs/${handOff.id}/case`, aCase);
    expect(late.status).toBe(409);
    const again = await coordinator.request("POST", `/api/v1/concerns/${concern.id}/hand-offs`, {
      version: after.version,
      toUserId: frontline.me.id,
      note: "Second try",
    });
    expect(again.status).toBe(201);
  });
});

describe("one follow-up per concern", () => {
  it("answers a second hand-off of one concern with 409, stale or not, and keeps one open", async () => {
    const concern = await aConcern("Berry pickers paid nothing for weeks");
    const body = { version: concern.version, toUserId: frontline.me.id };
    const [a, b] = await Promise.all([
      coordinator.request("POST", `/api/v1/concerns/${concern.id}/hand-offs`, body),
      coordinator.request("POST", `/api/v1/concerns/${concern.id}/hand-offs`, body),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const now = await inboxItem("Berry pickers paid nothing for weeks");
    const fresh = await coordinator.request("POST", `/api/v1/concerns/${concern.id}/hand-offs`, {
      ...body,
      version: now.version,
    });
    expect(fresh.status).toBe(409);
    const mapped = await coordinator.request("POST", `/api/v1/concerns/${concern.id}/mapping-entry`, {
      title: "Berry farm",
      details: { kind: "location", sector: "car_washes" },
      source: { kind: "other", date: "2026-12-01" },
    });
    expect(mapped.status).toBe(409);
    const open = (await frontline.request("GET", "/api/v1/concern-hand-offs"))
      .json()
      .items.filter((i: { handOff: { concernId: string } }) => i.handOff.concernId === concern.id);
    expect(open).toHaveLength(1);
  });

  it("opens one case when the worker sends the case twice at once; the other answers 409", async () => {
    const concern = await aConcern("Nail salon workers live above the shop");
    const handOff = (
      await coordinator.request("POST", `/api/v1/concerns/${concern.id}/hand-offs`, {
        version: concern.version,
        toUserId: frontline.me.id,
      })
    ).json();
    const [a, b] = await Promise.all([
      frontline.request("POST", `/api/v1/concern-hand-offs/${handOff.id}/case`, aCase),
      frontline.request("POST", `/api/v1/concern-hand-offs/${handOff.id}/case`, aCase),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const made = await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query("select 1 from audit_log where action = 'cases.create' and details->>'fromConcern' = $1", [
        concern.id,
      ]),
    );
    expect(made).toHaveLength(1);
  });
});

describe("who may hand off and answer", () => {
  it("refuses hand-offs to roles without the inbox, and answers to roles that open no case", async () => {
    const concern = await aConcern("A van collects workers at 4 am");
    const body = { version: concern.version, toUserId: frontline.me.id };
    expect((await frontline.request("POST", `/api/v1/concerns/${concern.id}/hand-offs`, body)).status).toBe(
      403,
    );
    const handOff = (
      await coordinator.request("POST", `/api/v1/concerns/${concern.id}/hand-offs`, body)
    ).json();
    expect((await coordinator.request("GET", "/api/v1/concern-hand-offs")).status).toBe(403);
    expect(
      (await coordinator.request("POST", `/api/v1/concern-hand-offs/${handOff.id}/case`, aCase)).status,
    ).toBe(403);
    const analyst = await t.signIn("analyst");
    expect((await analyst.request("GET", `/api/v1/concern-hand-offs/${handOff.id}`)).status).toBe(403);
  });

  it("refuses a recipient who is not a frontline worker of the municipality, naming the field", async () => {
    const concern = await aConcern("Workers at the building site have no contracts");
    for (const toUserId of [
      coordinator.me.id,
      otherFrontline.me.id,
      "00000000-0000-4000-8000-000000000009",
    ]) {
      const res = await coordinator.request("POST", `/api/v1/concerns/${concern.id}/hand-offs`, {
        version: concern.version,
        toUserId,
      });
      expect(res.status, toUserId).toBe(400);
      expect(res.json().error.issues[0].path).toBe("body.toUserId");
    }
    const bad = await coordinator.request("POST", `/api/v1/concerns/${concern.id}/hand-offs`, {
      version: concern.version,
      toUserId: "not-an-id",
      note: "x".repeat(1001),
    });
    expect(bad.status).toBe(400);
    expect(await inboxItem("Workers at the building site have no contracts")).toMatchObject({
      status: "new",
      handOff: null,
    });
  });

  it("shows a worker only the concerns handed to them: another worker's hand-off answers 404", async () => {
    const orgs = (await coordinator.request("GET", "/api/v1/organisations")).json().items;
    const colleague = await coordinator.request("POST", "/api/v1/users", {
      email: "second.frontline@example.org",
      displayName: "Sami Second",
      organisationId: orgs[0].id,
      role: "frontline",
    });
    expect(colleague.status).toBe(201);
    const concern = await aConcern("Restaurant kitchen staff never leave");
    const handOff = (
      await coordinator.request("POST", `/api/v1/concerns/${concern.id}/hand-offs`, {
        version: concern.version,
        toUserId: colleague.json().user.id,
      })
    ).json();
    expect(handOff.toName).toBe("Sami Second");
    const list = (await frontline.request("GET", "/api/v1/concern-hand-offs")).json().items;
    expect(list.some((i: { handOff: { id: string } }) => i.handOff.id === handOff.id)).toBe(false);
    expect((await frontline.request("GET", `/api/v1/concern-hand-offs/${handOff.id}`)).status).toBe(404);
    for (const [path, body] of [
      ["case", aCase],
      ["hand-back", { reason: "Not mine" }],
    ] as const)
      expect(
        (await frontline.request("POST", `/api/v1/concern-hand-offs/${handOff.id}/${path}`, body)).status,
        path,
      ).toBe(404);
    expect((await inboxItem("Restaurant kitchen staff never leave")).handOff).toMatchObject({
      status: "open",
    });
  });

  it("answers 404 across municipalities, both for the concern and for the hand-off", async () => {
    const theirs = await aConcern("Theirs: workers without pay", "other-municipality", otherCoordinator);
    const res = await coordinator.request("POST", `/api/v1/concerns/${theirs.id}/hand-offs`, {
      version: theirs.version,
      toUserId: frontline.me.id,
    });
    expect(res.status).toBe(404);
    const theirHandOff = (
      await otherCoordinator.request("POST", `/api/v1/concerns/${theirs.id}/hand-offs`, {
        version: theirs.version,
        toUserId: otherFrontline.me.id,
      })
    ).json();
    expect((await frontline.request("GET", `/api/v1/concern-hand-offs/${theirHandOff.id}`)).status).toBe(404);
    expect(
      (await frontline.request("POST", `/api/v1/concern-hand-offs/${theirHandOff.id}/case`, aCase)).status,
    ).toBe(404);
  });
});
