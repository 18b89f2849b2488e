import { withSystem } from "@ariadne/db";
import type { admin, cases } from "@ariadne/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoSeed, seedDemo } from "../admin/seed-demo.ts";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";
import { aCase, demoDirectory } from "./testing.ts";

/**
 * Every role × case state × action, for a case owned by the viewer's organisation, one granted to
 * it, one of another organisation, and one of another municipality. The expectations restate
 * the need-to-know rules in the test's own words, independently of the policy code.
 */

let t: TestApp;
let other: DemoSeed;
let dirA: Awaited<ReturnType<typeof demoDirectory>>;
let dirB: Awaited<ReturnType<typeof demoDirectory>>;
const agents = new Map<admin.Role, Agent>();

const roles: admin.Role[] = [
  "coordinator",
  "frontline",
  "service_provider",
  "analyst",
  "trainer",
  "procurement_officer",
  "regional_analyst",
  "system_admin",
];
const relations = ["owner", "granted", "other_org", "other_municipality"] as const;
type Relation = (typeof relations)[number];
const states = [
  "concern_raised",
  "screening",
  "potential_victim",
  "presumed_victim",
  "in_assistance",
  "closed",
  "high_risk",
] as const;
type StateKey = (typeof states)[number];
const actions = ["list", "read", "note", "transition", "break_glass"] as const;
type Action = (typeof actions)[number];

const stateOf = (k: StateKey): cases.CaseState => {
  switch (k) {
    case "in_assistance":
      return { status: "in_assistance", reflectionPeriod: { start: "2026-10-01", end: null } };
    case "closed":
      return { status: "closed", reason: "no_indication", closedOn: "2026-10-01" };
    case "high_risk":
      return { status: "concern_raised" };
    default:
      return { status: k };
  }
};
/** A legal next step from each state. */
const nextOf = (k: StateKey): Record<string, unknown> => {
  switch (k) {
    case "screening":
      return { to: "potential_victim" };
    case "potential_victim":
      return { to: "presumed_victim" };
    case "presumed_victim":
      return { to: "in_assistance", reflectionPeriodStart: "2026-11-01" };
    case "in_assistance":
      return { to: "closed", reason: "assistance_completed" };
    case "closed":
      return { to: "concern_raised" };
    default:
      return { to: "screening" };
  }
};

beforeAll(async () => {
  t = await createTestApp();
  other = await seedDemo(t.db, t.keyring, { name: "Other municipality", emailDomain: "other.ariadne.test" });
  dirA = await demoDirectory(t.db, t.seed.municipalityId);
  dirB = await demoDirectory(t.db, other.municipalityId);
  for (const role of roles) agents.set(role, await t.signIn(role));
});
afterAll(async () => {
  await t.close();
});

const ownOrgKind: Partial<Record<admin.Role, string>> = {
  coordinator: "municipal_department",
  frontline: "social_services",
  service_provider: "ngo",
  analyst: "municipal_department",
  trainer: "municipal_department",
  procurement_officer: "municipal_department",
  regional_analyst: "municipal_department",
};

async function caseFor(role: admin.Role, relation: Relation, state: StateKey) {
  const own = ownOrgKind[role] ? dirA.org(ownOrgKind[role]) : null;
  const police = dirA.org("police");
  const base = { state: stateOf(state), highRisk: state === "high_risk" };
  if (relation === "other_municipality") {
    return aCase(t.db, t.keyring, other.municipalityId, {
      ...base,
      ownerOrganisationId: dirB.org("social_services"),
    });
  }
  if (relation === "owner" && own)
    return aCase(t.db, t.keyring, t.seed.municipalityId, { ...base, ownerOrganisationId: own });
  if (relation === "granted" && own) {
    return aCase(t.db, t.keyring, t.seed.municipalityId, {
      ...base,
      ownerOrganisationId: police,
      grantOrganisationIds: [own],
    });
  }
  return aCase(t.db, t.keyring, t.seed.municipalityId, { ...base, ownerOrganisationId: police });
}

/** The rules of issue 4, item 5, as expected HTTP outcomes. */
function expected(role: admin.Role, relation: Relation, state: StateKey, action: Action): number | boolean {
  // Service providers see only what a referral shared (the referrals API), never a case here:
  // not through the owner organisation, not through a grant to it, not through break-glass.
  const canRead = role === "coordinator" || role === "frontline";
  if (!canRead) return 403;
  if (relation === "other_municipality") return action === "list" ? false : 404;
  const onTeam = relation === "owner" || relation === "granted";
  const writer = role === "frontline";
  if (onTeam) {
    switch (action) {
      case "list":
        return true;
      case "read":
        return 200;
      case "note":
        return writer ? (state === "closed" ? 403 : 201) : 403;
      case "transition":
        return writer ? 200 : 403;
      case "break_glass":
        return 403;
    }
  }
  const existence = role === "coordinator" && state !== "high_risk";
  switch (action) {
    case "list":
      return existence;
    case "read":
      return existence ? 200 : 404;
    case "note":
    case "transition":
      return existence ? 403 : 404;
    case "break_glass":
      return 200;
  }
}

async function outcome(agent: Agent, caseId: string, state: StateKey, action: Action) {
  switch (action) {
    case "list": {
      const res = await agent.request("GET", "/api/v1/cases?limit=200");
      if (res.status !== 200) return res.status;
      return res.json().items.some((i: { id: string }) => i.id === caseId);
    }
    case "read":
      return (await agent.request("GET", `/api/v1/cases/${caseId}`)).status;
    case "note":
      return (await agent.request("POST", `/api/v1/cases/${caseId}/notes`, { text: "Met at the clinic." }))
        .status;
    case "transition":
      return (
        await agent.request("POST", `/api/v1/cases/${caseId}/transitions`, { ...nextOf(state), version: 1 })
      ).status;
    case "break_glass":
      return (
        await agent.request("POST", `/api/v1/cases/${caseId}/break-glass`, {
          reason: "Urgent: the person is at the emergency room",
        })
      ).status;
  }
}

describe("case access matrix", () => {
  for (const role of roles) {
    for (const relation of relations) {
      it(`answers ${role} on a case of ${relation} as need-to-know says, in every state and for every action`, async () => {
        const agent = agents.get(role)!;
        for (const state of states) {
          for (const action of actions) {
            // A fresh case per action, so a write or a break-glass does not change the next cell.
            const { caseId } = await caseFor(role, relation, state);
            const got = await outcome(agent, caseId, state, action);
            expect(got, `${role} × ${relation} × ${state} × ${action}`).toBe(
              expected(role, relation, state, action),
            );
          }
        }
      });
    }
  }

  it("shows a coordinator outside the team only that a case exists, with no content", async () => {
    const { caseId, caseCode } = await caseFor("coordinator", "other_org", "concern_raised");
    const body = (await agents.get("coordinator")!.request("GET", `/api/v1/cases/${caseId}`)).json();
    expect(body).toMatchObject({ caseCode, access: "existence", content: null });
  });

  it("opens content after break-glass, marks it as such, and flags it for the coordinator's review", async () => {
    const { caseId } = await caseFor("frontline", "other_org", "high_risk");
    const frontline = agents.get("frontline")!;
    expect((await frontline.request("GET", `/api/v1/cases/${caseId}`)).status).toBe(404);
    const opened = await frontline.request("POST", `/api/v1/cases/${caseId}/break-glass`, {
      reason: "Person admitted to hospital tonight",
    });
    expect(opened.status).toBe(200);
    const read = (await frontline.request("GET", `/api/v1/cases/${caseId}`)).json();
    expect(read).toMatchObject({ access: "content", viaBreakGlass: true });
    const hoursLeft = (Date.parse(read.breakGlassUntil) - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(7.9);
    expect(hoursLeft).toBeLessThanOrEqual(8);
    expect(read.content.person).toBeDefined();
    // Still hidden from the list: high-risk cases never show outside the team.
    const list = (await frontline.request("GET", "/api/v1/cases?limit=200")).json();
    expect(list.items.some((i: { id: string }) => i.id === caseId)).toBe(false);

    const coordinator = agents.get("coordinator")!;
    const pending = (await coordinator.request("GET", "/api/v1/break-glass-accesses")).json().items;
    const mine = pending.find((p: { caseId: string }) => p.caseId === caseId);
    expect(mine).toMatchObject({ reason: "Person admitted to hospital tonight", reviewedAt: null });
    const reviewed = await coordinator.request(
      "POST",
      `/api/v1/cases/${caseId}/break-glass/${mine.id}/review`,
      {},
    );
    expect(reviewed.status).toBe(200);
    const after = (await coordinator.request("GET", "/api/v1/break-glass-accesses")).json().items;
    expect(after.some((p: { id: string }) => p.id === mine.id)).toBe(false);
    expect((await frontline.request("GET", "/api/v1/break-glass-accesses")).status).toBe(403);

    const [entry] = await withSystem(t.db, (tx) =>
      tx.query<{ details: Record<string, unknown>; actor_id: string }>(
        "select details, actor_id from audit_log where action = 'cases.break_glass' and record_id = $1",
        [caseId],
      ),
    );
    expect(entry?.details).toMatchObject({ flaggedForReview: true });
    expect(entry?.actor_id).toBe(frontline.me.id);
  });

  it("refuses break-glass without a reason", async () => {
    const { caseId } = await caseFor("frontline", "other_org", "concern_raised");
    const res = await agents
      .get("frontline")!
      .request("POST", `/api/v1/cases/${caseId}/break-glass`, { reason: "" });
    expect(res.status).toBe(400);
  });

  it("lets the owner team grant another organisation and revoke it again", async () => {
    const owner = agents.get("frontline")!;
    const { caseId: ownCase } = await caseFor("frontline", "owner", "concern_raised");
    const coordinator = agents.get("coordinator")!;
    expect((await coordinator.request("GET", `/api/v1/cases/${ownCase}`)).json().access).toBe("existence");
    const grant = await owner.request("POST", `/api/v1/cases/${ownCase}/grants`, {
      organisationId: dirA.org("municipal_department"),
    });
    expect(grant.status).toBe(201);
    expect((await coordinator.request("GET", `/api/v1/cases/${ownCase}`)).json().access).toBe("content");
    expect(
      (await owner.request("POST", `/api/v1/cases/${ownCase}/grants/${grant.json().id}/revoke`, {})).status,
    ).toBe(200);
    expect((await coordinator.request("GET", `/api/v1/cases/${ownCase}`)).json().access).toBe("existence");
  });

  it("offers the team the organisations and only those colleagues whose role may hold case content", async () => {
    const { caseId } = await caseFor("frontline", "owner", "concern_raised");
    const res = await agents.get("frontline")!.request("GET", `/api/v1/cases/${caseId}/directory`);
    expect(res.status).toBe(200);
    const { organisations, users } = res.json();
    expect(organisations.map((o: { id: string }) => o.id)).toContain(dirA.org("ngo"));
    const roles = new Set(users.map((u: { role: string }) => u.role));
    expect([...roles].sort()).toEqual(["coordinator", "frontline"]);
    expect(
      (await agents.get("coordinator")!.request("GET", `/api/v1/cases/${caseId}/directory`)).status,
    ).toBe(403);
    const { caseId: elsewhere } = await caseFor("frontline", "other_municipality", "concern_raised");
    expect(
      (await agents.get("frontline")!.request("GET", `/api/v1/cases/${elsewhere}/directory`)).status,
    ).toBe(404);
  });

  it("gives a service provider nothing through the cases API, even when their organisation or they are granted", async () => {
    const { caseId } = await caseFor("frontline", "owner", "concern_raised");
    const frontline = agents.get("frontline")!;
    const sp = agents.get("service_provider")!;
    const orgGrant = await frontline.request("POST", `/api/v1/cases/${caseId}/grants`, {
      organisationId: dirA.org("ngo"),
    });
    expect(orgGrant.status).toBe(201);
    expect((await sp.request("GET", `/api/v1/cases/${caseId}`)).status).toBe(403);
    expect((await sp.request("GET", "/api/v1/cases?limit=200")).status).toBe(403);
    const userGrant = await frontline.request("POST", `/api/v1/cases/${caseId}/grants`, {
      userId: sp.me.id,
    });
    expect(userGrant.status).toBe(400);
    expect(JSON.stringify(userGrant.json())).toContain("body.userId");
    const assigned = await frontline.request("PATCH", `/api/v1/cases/${caseId}`, {
      assigneeId: sp.me.id,
      version: 2,
    });
    expect(assigned.status).toBe(400);
    expect(JSON.stringify(assigned.json())).toContain("body.assigneeId");
    const [grants] = await withSystem(t.db, (tx) =>
      tx.query<{ n: number }>(
        "select count(*)::int as n from case_grants where case_id = $1 and user_id = $2",
        [caseId, sp.me.id],
      ),
    );
    expect(grants?.n).toBe(0);
  });
});
