import { withTenant } from "@ariadne/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { runOverdue } from "./overdue-job.ts";
import { aReferralToTheShelter } from "./referrals-testing.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const services = () => ({ config: { publicUrl: "http://localhost:3000", smtp: null } }) as const;

describe("overdue job", () => {
  it("flags a sent, unanswered referral past its stage's response time to the coordinators, once", async () => {
    const f = await aReferralToTheShelter(t); // accommodation: the demo pathway answers within 4 h
    const late = await aReferralToTheShelter(t);
    await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query("update referrals set sent_at = now() - interval '5 hours' where id = $1", [late.referral.id]),
    );
    const answered = await aReferralToTheShelter(t);
    await answered.provider.request("POST", `/api/v1/referrals/${answered.referral.id}/accept`, {
      version: answered.referral.version,
    });
    await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query("update referrals set sent_at = now() - interval '5 hours' where id = $1", [
        answered.referral.id,
      ]),
    );

    const dry = await runOverdue(t.db, services(), t.seed.municipalityId, { dryRun: true });
    expect(dry.overdue.map((o) => o.id)).toEqual([late.referral.id]);
    expect(dry.flagged).toBe(0);

    const run = await runOverdue(t.db, services(), t.seed.municipalityId, { dryRun: false });
    expect(run.flagged).toBe(1);
    const coordinator = await t.signIn("coordinator");
    const inbox = (await coordinator.request("GET", "/api/v1/notifications")).json().items;
    expect(inbox.filter((n: { kind: string }) => n.kind === "referral_overdue")).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ recordId: late.referral.id, reference: late.referral.reference });
    expect(inbox.some((n: { recordId: string }) => n.recordId === f.referral.id)).toBe(false);

    const again = await runOverdue(t.db, services(), t.seed.municipalityId, { dryRun: false });
    expect(again.flagged).toBe(0);

    const list = (await late.frontline.request("GET", "/api/v1/referrals?box=sent")).json().items;
    expect(list.find((r: { id: string }) => r.id === late.referral.id).overdue).toBe(true);
    expect(list.find((r: { id: string }) => r.id === f.referral.id).overdue).toBe(false);
  });
});
