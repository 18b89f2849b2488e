import { withTenant } from "@ariadne/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { aReferralToTheShelter, referredPerson } from "./referrals-testing.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const sentHoursAgo = (id: string, hours: number) =>
  withTenant(t.db, t.seed.municipalityId, (tx) =>
    tx.query("update referrals set sent_at = now() - make_interval(hours => $2) where id = $1", [id, hours]),
  );

describe("the coordinator's overdue referrals", () => {
  it("lists sent, unanswered referrals past their response time, most overdue first, status only", async () => {
    // accommodation: the demo pathway answers within 4 h
    const onTime = await aReferralToTheShelter(t, { fields: ["givenName", "familyName"] });
    const late = await aReferralToTheShelter(t, { fields: ["givenName", "familyName"] });
    const later = await aReferralToTheShelter(t, { fields: ["givenName", "familyName"] });
    const answered = await aReferralToTheShelter(t);
    await answered.provider.request("POST", `/api/v1/referrals/${answered.referral.id}/accept`, {
      version: answered.referral.version,
    });
    await sentHoursAgo(late.referral.id, 6);
    await sentHoursAgo(later.referral.id, 30);
    await sentHoursAgo(answered.referral.id, 30);

    const coordinator = await t.signIn("coordinator");
    const res = await coordinator.request("GET", "/api/v1/referrals?overdue=true");
    expect(res.status).toBe(200);
    const items = res.json().items as { id: string; party: string; overdue: boolean; status: string }[];
    const ids = items.map((r) => r.id);
    expect(ids.indexOf(later.referral.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(later.referral.id)).toBeLessThan(ids.indexOf(late.referral.id));
    expect(ids).not.toContain(onTime.referral.id);
    expect(ids).not.toContain(answered.referral.id);
    for (const r of items) expect(r).toMatchObject({ party: "coordinator", overdue: true, status: "sent" });
    expect(res.body).not.toContain(referredPerson.givenName);
    expect(res.body).not.toContain(referredPerson.familyName);
    expect(res.body).not.toContain(late.caseId);
    expect(Object.keys(items[0]!)).not.toContain("shared");
  });

  it("is the coordinator's alone, and one list at a time", async () => {
    for (const role of ["frontline", "service_provider", "analyst"] as const) {
      const agent = await t.signIn(role);
      expect((await agent.request("GET", "/api/v1/referrals?overdue=true")).status, role).toBe(403);
    }
    const coordinator = await t.signIn("coordinator");
    // With a box, `overdue` is a filter of that box (referral-lists.test.ts).
    for (const q of ["", "?overdue=yes"]) {
      const res = await coordinator.request("GET", `/api/v1/referrals${q}`);
      expect(res.status, q).toBe(400);
      expect(res.json().error.issues[0].path, q).toMatch(/^querystring\.(box|overdue)/);
    }
  });
});
