import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCaseForViewer } from "../cases/cases.ts";
import type { Database } from "../connection.ts";
import { withSystem, withTenant } from "../tenant-context.ts";
import { openTestDatabase } from "../testing.ts";
import {
  getReferral,
  insertReferral,
  listReceivedReferrals,
  listSentReferralsWithCaseFacts,
  updateReferralState,
} from "./referrals.ts";
import { getScheme, replaceScheme } from "./scheme.ts";

let db: Database;
const a = randomUUID();
const b = randomUUID();
const sender = randomUUID();
const receiver = randomUUID();
const caseId = randomUUID();
const user = randomUUID();

beforeAll(async () => {
  db = await openTestDatabase();
  await withSystem(db, async (tx) => {
    for (const m of [a, b]) {
      await tx.query("insert into municipalities (id, name, country) values ($1, $2, 'FI')", [
        m,
        m.slice(0, 8),
      ]);
    }
    await tx.query(
      "insert into organisations (id, municipality_id, name, kind) values ($1, $3, 'Social services', 'social_services'), ($2, $3, 'Safe Harbour', 'ngo')",
      [sender, receiver, a],
    );
    await tx.query(
      `insert into users (id, municipality_id, organisation_id, email, display_name, role, password_hash)
       values ($1, $2, $3, 'f@example.test', 'Frida', 'frontline', 'x')`,
      [user, a, sender],
    );
    const person = randomUUID();
    await tx.query("insert into persons (id, municipality_id, case_code) values ($1, $2, 'T-1')", [
      person,
      a,
    ]);
    await tx.query(
      `insert into cases (id, municipality_id, person_id, owner_organisation_id, status, state)
       values ($1, $2, $3, $4, 'concern_raised', '{"status":"concern_raised"}')`,
      [caseId, a, person, sender],
    );
  });
});
afterAll(() => db.close());

const draft = () => ({
  id: randomUUID(),
  reference: `R-${randomUUID().slice(0, 6)}`,
  caseId,
  sendingOrganisationId: sender,
  receivingOrganisationId: receiver,
  serviceId: null,
  stage: "accommodation" as const,
  sharedFields: ["caseCode" as const],
  needs: ["shelter"],
  notesSummaryEnc: null,
  legalBasis: null,
  legalBasisReasonEnc: null,
  createdBy: user,
});

describe("referrals in the database", () => {
  it("keeps a referral inside its municipality (row-level security)", async () => {
    const r = await withTenant(db, a, (tx) => insertReferral(tx, a, draft()));
    expect(await withTenant(db, b, (tx) => getReferral(tx, a, r.id))).toBeNull();
    expect((await withTenant(db, a, (tx) => getReferral(tx, a, r.id)))?.status).toBe("draft");
  });

  it("shows the receiver no drafts, and refuses a stale state change", async () => {
    const r = await withTenant(db, a, (tx) => insertReferral(tx, a, draft()));
    const received = () => withTenant(db, a, (tx) => listReceivedReferrals(tx, a, receiver));
    expect((await received()).some((x) => x.id === r.id)).toBe(false);
    const sent = await withTenant(db, a, (tx) =>
      updateReferralState(tx, a, r.id, r.version, {
        status: "sent",
        state: { status: "sent", sentAt: "2026-11-29T08:00:00.000Z" },
        reasonEnc: null,
        sentAt: "2026-11-29T08:00:00.000Z",
        sharedEnc: "cipher",
        ground: "consent",
      }),
    );
    expect(sent?.status).toBe("sent");
    expect((await received()).some((x) => x.id === r.id)).toBe(true);
    const stale = await withTenant(db, a, (tx) =>
      updateReferralState(tx, a, r.id, r.version, { status: "withdrawn", state: {}, reasonEnc: "x" }),
    );
    expect(stale).toBeNull();
  });

  it("lists sent referrals with their case's need-to-know facts in one query, as the case read gives them", async () => {
    const r = await withTenant(db, a, (tx) => insertReferral(tx, a, draft()));
    await withTenant(db, a, (tx) =>
      tx.query(
        `insert into case_grants (id, municipality_id, case_id, user_id, organisation_id)
         values ($1, $2, $3, $4, null), ($5, $2, $3, null, $6)`,
        [randomUUID(), a, caseId, user, randomUUID(), receiver],
      ),
    );
    const listed = await withTenant(db, a, (tx) => listSentReferralsWithCaseFacts(tx, a, sender, user));
    const mine = listed.find((x) => x.row.id === r.id)!;
    expect(mine.row).toEqual(await withTenant(db, a, (tx) => getReferral(tx, a, r.id)));
    const c = (await withTenant(db, a, (tx) => getCaseForViewer(tx, a, caseId, user)))!;
    expect(mine.caseFacts).toEqual({
      municipalityId: c.municipalityId,
      ownerOrganisationId: c.ownerOrganisationId,
      highRisk: c.highRisk,
      closed: c.status === "closed",
      anonymised: c.anonymisedAt !== null,
      grantedUserIds: c.grantedUserIds,
      grantedOrganisationIds: c.grantedOrganisationIds,
      breakGlassActive: c.breakGlassActive,
    });
    expect(mine.caseFacts.grantedUserIds).toEqual([user]);
    expect(mine.caseFacts.grantedOrganisationIds).toEqual([receiver]);
    expect(await withTenant(db, a, (tx) => listSentReferralsWithCaseFacts(tx, a, receiver, user))).toEqual(
      [],
    );
  });

  it("replaces the scheme under optimistic locking and returns it in the pathway's order", async () => {
    const step = (stage: "health" | "first_contact_safety", h: number) => ({
      stage,
      organisationId: receiver,
      contactPoint: "Duty desk",
      responseHours: h,
      description: "",
    });
    expect(
      await withTenant(db, a, (tx) =>
        replaceScheme(tx, a, [step("health", 48), step("first_contact_safety", 2)], 0, user),
      ),
    ).toBe(true);
    expect(await withTenant(db, a, (tx) => replaceScheme(tx, a, [], 0, user))).toBe(false);
    const s = await withTenant(db, a, (tx) => getScheme(tx, a));
    expect(s.version).toBe(1);
    expect(s.steps.map((x) => x.stage)).toEqual(["first_contact_safety", "health"]);
    expect((await withTenant(db, b, (tx) => getScheme(tx, b))).steps).toEqual([]);
  });
});
