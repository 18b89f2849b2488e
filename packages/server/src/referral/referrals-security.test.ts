import { randomUUID } from "node:crypto";
import { withTenant } from "@ariadne/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { aReferralToTheShelter } from "./referrals-testing.ts";

/** Findings of the security review of referrals (issue 5 follow-ups), one test each. */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe("referrals: security review", () => {
  it("keeps a draft withdrawn before it was sent invisible to the receiver", async () => {
    const f = await aReferralToTheShelter(t, { send: false });
    const url = `/api/v1/referrals/${f.referral.id}`;
    const withdrawn = await f.frontline.request("POST", `${url}/withdraw`, {
      version: f.referral.version,
      reason: "Sent to the wrong shelter",
    });
    expect(withdrawn.status).toBe(200);
    expect((await f.provider.request("GET", url)).status).toBe(404);
    expect((await f.provider.request("POST", `${url}/messages`, { body: "Hello?" })).status).toBe(404);
    const received = (await f.provider.request("GET", "/api/v1/referrals?box=received")).json().items;
    expect(received.some((r: { id: string }) => r.id === f.referral.id)).toBe(false);
    // The sender keeps it, but there is no one to write to.
    const seen = await f.frontline.request("GET", url);
    expect(seen.json().abilities.message).toBe(false);
    expect((await f.frontline.request("POST", `${url}/messages`, { body: "Note" })).status).toBe(409);
  });

  it("answers a case out of the actor's reach like a missing one, not 403", async () => {
    const f = await aReferralToTheShelter(t, { send: false });
    const body = (caseId: string) => ({
      caseId,
      receivingOrganisationId: f.ngoId,
      stage: "health",
      sharedFields: ["caseCode"],
    });
    const known = await f.provider.request("POST", "/api/v1/referrals", body(f.caseId));
    const unknown = await f.provider.request("POST", "/api/v1/referrals", body(randomUUID()));
    expect(unknown.status).toBe(400);
    expect(known.status).toBe(unknown.status);
    expect(known.json().error.issues).toEqual(unknown.json().error.issues);
  });

  it("stops showing the receiver the shared fields once the consent they rest on is withdrawn", async () => {
    const f = await aReferralToTheShelter(t, { fields: ["caseCode", "givenName"] });
    const url = `/api/v1/referrals/${f.referral.id}`;
    expect((await f.provider.request("GET", url)).json().shared.givenName).toBe("Marija");
    const w = await f.frontline.request(
      "POST",
      `/api/v1/cases/${f.caseId}/consents/${f.consentId}/withdraw`,
      {
        withdrawnOn: "2026-11-20",
      },
    );
    expect(w.status).toBeLessThan(300);
    const res = await f.provider.request("GET", url);
    expect(res.status).toBe(200);
    expect(res.json().shared).toBeNull();
    expect(res.json().consentWithdrawn).toBe(true);
    expect(res.json().abilities.readShared).toBe(false);
    expect(res.body).not.toContain("Marija");
    // The case team still sees what it shared, and that the ground is gone.
    const sender = (await f.frontline.request("GET", url)).json();
    expect(sender.shared.givenName).toBe("Marija");
    expect(sender.consentWithdrawn).toBe(true);
  });

  it("erases what a referral copied of the person when the case is anonymised (right to erasure)", async () => {
    const f = await aReferralToTheShelter(t, { fields: ["caseCode", "givenName", "phone"] });
    const url = `/api/v1/referrals/${f.referral.id}`;
    await f.provider.request("POST", `${url}/messages`, { body: "Marija can come tonight" });
    const c = (await f.frontline.request("GET", `/api/v1/cases/${f.caseId}`)).json();
    const closed = await f.frontline.request("POST", `/api/v1/cases/${f.caseId}/transitions`, {
      to: "closed",
      reason: "person_declined",
      version: c.version,
    });
    expect(closed.status, closed.body).toBeLessThan(300);
    const person = (await f.frontline.request("GET", `/api/v1/cases/${f.caseId}`)).json().content.person;
    const erased = await f.frontline.request("POST", `/api/v1/persons/${person.id}/anonymise`, {
      version: person.version,
    });
    expect(erased.status, erased.body).toBe(200);
    for (const agent of [f.provider, f.frontline]) {
      const res = await agent.request("GET", url);
      expect(res.status).toBe(200);
      expect(res.json().shared).toBeNull();
      expect(res.json().messages).toEqual([]);
      expect(res.body).not.toContain("Marija");
    }
    const [row] = await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query<{ shared_enc: string | null; bodies: number }>(
        `select r.shared_enc, (select count(*)::int from referral_messages m
           where m.referral_id = r.id and m.body_enc is not null) as bodies
         from referrals r where r.id = $1`,
        [f.referral.id],
      ),
    );
    expect(row).toEqual({ shared_enc: null, bodies: 0 });
  });

  it("stops showing the receiver the shared fields once it declined, or the referral was withdrawn", async () => {
    for (const [agent, action] of [
      ["provider", "decline"],
      ["frontline", "withdraw"],
    ] as const) {
      const f = await aReferralToTheShelter(t, { fields: ["caseCode", "givenName"] });
      const url = `/api/v1/referrals/${f.referral.id}`;
      const done = await f[agent].request("POST", `${url}/${action}`, {
        version: f.referral.version,
        reason: "No room this week",
      });
      expect(done.status, action).toBe(200);
      const res = await f.provider.request("GET", url);
      expect(res.status, action).toBe(200);
      expect(res.json().shared, action).toBeNull();
      expect(res.json().abilities.readShared, action).toBe(false);
      expect(res.body, action).not.toContain("Marija");
      expect((await f.frontline.request("GET", url)).json().shared.givenName, action).toBe("Marija");
    }
  });
});
