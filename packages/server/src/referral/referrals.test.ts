import { withTenant } from "@ariadne/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoSeed, seedDemo } from "../admin/seed-demo.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { aReferralToTheShelter, referredPerson } from "./referrals-testing.ts";

let t: TestApp;
let other: DemoSeed;

beforeAll(async () => {
  t = await createTestApp();
  other = await seedDemo(t.db, t.keyring, { name: "Other municipality", emailDomain: "other.ariadne.test" });
});
afterAll(async () => {
  await t.close();
});

const personValues = [
  referredPerson.familyName,
  referredPerson.dateOfBirth,
  referredPerson.phone,
  referredPerson.address,
  referredPerson.citizenship,
  referredPerson.gender,
];

describe("referrals between organisations", () => {
  it("gives the receiver only the shared fields, and nothing else of the person", async () => {
    const f = await aReferralToTheShelter(t, {
      fields: ["caseCode", "ageBand", "languages", "needs", "givenName"],
    });
    const res = await f.provider.request("GET", `/api/v1/referrals/${f.referral.id}`);
    expect(res.status).toBe(200);
    const body = res.json();
    expect(body.party).toBe("receiver");
    expect(Object.keys(body.shared).sort()).toEqual([
      "ageBand",
      "caseCode",
      "givenName",
      "languages",
      "needs",
    ]);
    expect(body.shared.givenName).toBe("Marija");
    expect(body.shared.needs).toEqual(["shelter"]);
    expect(body.caseId).toBeNull();
    // A two-letter code could turn up inside a random reference: look for it as a JSON value.
    for (const value of personValues)
      expect(res.body, value).not.toContain(value.length > 2 ? value : JSON.stringify(value));
    expect(res.body).not.toContain(f.caseId);
  });

  it("keeps the shared fields encrypted at rest", async () => {
    const f = await aReferralToTheShelter(t, { fields: ["givenName", "phone"] });
    const [row] = await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query<Record<string, unknown>>("select * from referrals where id = $1", [f.referral.id]),
    );
    const dump = JSON.stringify(row);
    expect(dump).not.toContain("Marija");
    expect(dump).not.toContain(referredPerson.phone);
  });

  it("refuses to send without consent for the receiver, and sends on a legal basis with a reason", async () => {
    const f = await aReferralToTheShelter(t, { consent: false, send: false });
    const refused = await f.frontline.request("POST", `/api/v1/referrals/${f.referral.id}/send`, {
      version: f.referral.version,
    });
    expect(refused.status).toBe(409);
    expect(refused.json().error.code).toBe("consent_required");
    const withBasis = await f.frontline.request("POST", "/api/v1/referrals", {
      caseId: f.caseId,
      receivingOrganisationId: f.ngoId,
      stage: "accommodation",
      sharedFields: ["caseCode"],
      legalBasis: { basis: "vital_interests", reason: "The person has nowhere safe to sleep tonight." },
    });
    expect(withBasis.status).toBe(201);
    const sent = await f.frontline.request("POST", `/api/v1/referrals/${withBasis.json().id}/send`, {
      version: withBasis.json().version,
    });
    expect(sent.status).toBe(200);
    expect(sent.json().ground).toBe("legal_basis");
  });

  it("refuses to send once the consent is withdrawn", async () => {
    const f = await aReferralToTheShelter(t, { send: false });
    const w = await f.frontline.request(
      "POST",
      `/api/v1/cases/${f.caseId}/consents/${f.consentId}/withdraw`,
      {
        withdrawnOn: "2026-11-20",
      },
    );
    expect(w.status).toBeLessThan(300);
    const res = await f.frontline.request("POST", `/api/v1/referrals/${f.referral.id}/send`, {
      version: f.referral.version,
    });
    expect(res.status).toBe(409);
  });

  it("walks sent → accepted → in progress → completed, each step by the receiver, seen by the sender", async () => {
    const f = await aReferralToTheShelter(t);
    let v = f.referral.version;
    for (const step of ["accept", "start", "complete"]) {
      const res = await f.provider.request("POST", `/api/v1/referrals/${f.referral.id}/${step}`, {
        version: v,
      });
      expect(res.status, step).toBe(200);
      v = res.json().version;
    }
    const seen = (await f.frontline.request("GET", `/api/v1/referrals/${f.referral.id}`)).json();
    expect(seen.status).toBe("completed");
    expect(seen.abilities).toMatchObject({ send: false, withdraw: false, accept: false });
  });

  it("declines only with a reason, which the sender then reads", async () => {
    const f = await aReferralToTheShelter(t);
    const url = `/api/v1/referrals/${f.referral.id}/decline`;
    const bare = await f.provider.request("POST", url, { version: f.referral.version, reason: "  " });
    expect(bare.status).toBe(400);
    expect(bare.json().error.issues[0].path).toBe("body.reason");
    const ok = await f.provider.request("POST", url, {
      version: f.referral.version,
      reason: "No room tonight",
    });
    expect(ok.status).toBe(200);
    expect((await f.frontline.request("GET", `/api/v1/referrals/${f.referral.id}`)).json().reason).toBe(
      "No room tonight",
    );
  });

  it("answers 409 to a stale version and to an illegal step", async () => {
    const f = await aReferralToTheShelter(t);
    const url = `/api/v1/referrals/${f.referral.id}`;
    expect((await f.provider.request("POST", `${url}/accept`, { version: f.referral.version })).status).toBe(
      200,
    );
    const stale = await f.provider.request("POST", `${url}/start`, { version: f.referral.version });
    expect(stale.status).toBe(409);
    const current = (await f.provider.request("GET", url)).json();
    const illegal = await f.provider.request("POST", `${url}/complete`, { version: current.version });
    expect(illegal.status).toBe(409);
    expect(illegal.json().error.code).toBe("illegal_transition");
  });

  it("lets each side take only its own steps", async () => {
    const f = await aReferralToTheShelter(t);
    const url = `/api/v1/referrals/${f.referral.id}`;
    expect((await f.frontline.request("POST", `${url}/accept`, { version: f.referral.version })).status).toBe(
      403,
    );
    expect(
      (await f.provider.request("POST", `${url}/withdraw`, { version: f.referral.version, reason: "x" }))
        .status,
    ).toBe(403);
  });

  it("hides a draft from the receiver, and every referral from roles without a side in it", async () => {
    const f = await aReferralToTheShelter(t, { send: false });
    expect((await f.provider.request("GET", `/api/v1/referrals/${f.referral.id}`)).status).toBe(404);
    const received = (await f.provider.request("GET", "/api/v1/referrals?box=received")).json().items;
    expect(received.some((r: { id: string }) => r.id === f.referral.id)).toBe(false);
    for (const role of ["analyst", "trainer", "procurement_officer"] as const) {
      const agent = await t.signIn(role);
      expect((await agent.request("GET", `/api/v1/referrals/${f.referral.id}`)).status, role).toBe(404);
    }
  });

  it("shows a coordinator how it moves but none of the shared fields or messages", async () => {
    const f = await aReferralToTheShelter(t);
    await f.provider.request("POST", `/api/v1/referrals/${f.referral.id}/messages`, {
      body: "We can take her",
    });
    const coordinator = await t.signIn("coordinator");
    const res = await coordinator.request("GET", `/api/v1/referrals/${f.referral.id}`);
    expect(res.status).toBe(200);
    expect(res.json().shared).toBeNull();
    expect(res.json().messages).toEqual([]);
    expect(res.body).not.toContain("Marija");
    expect(res.body).not.toContain("We can take her");
  });

  it("keeps a closed case's referrals in its team's view, but sends no more from it", async () => {
    const sent = await aReferralToTheShelter(t);
    const draft = await aReferralToTheShelter(t, { send: false });
    for (const f of [sent, draft]) {
      const c = (await f.frontline.request("GET", `/api/v1/cases/${f.caseId}`)).json();
      const closed = await f.frontline.request("POST", `/api/v1/cases/${f.caseId}/transitions`, {
        to: "closed",
        reason: "lost_contact",
        version: c.version,
      });
      expect(closed.status, closed.body).toBeLessThan(300);
    }
    const seen = await sent.frontline.request("GET", `/api/v1/referrals/${sent.referral.id}`);
    expect(seen.status).toBe(200);
    expect(seen.json().party).toBe("sender");
    const refused = await draft.frontline.request("POST", `/api/v1/referrals/${draft.referral.id}/send`, {
      version: draft.referral.version,
    });
    expect(refused.status).toBe(403);
  });

  it("answers 404 across municipalities", async () => {
    const f = await aReferralToTheShelter(t);
    const otherProvider = await t.signIn("service_provider", other);
    const otherFrontline = await t.signIn("frontline", other);
    for (const agent of [otherProvider, otherFrontline]) {
      expect((await agent.request("GET", `/api/v1/referrals/${f.referral.id}`)).status).toBe(404);
      expect(
        (
          await agent.request("POST", `/api/v1/referrals/${f.referral.id}/accept`, {
            version: f.referral.version,
          })
        ).status,
      ).toBe(404);
    }
  });

  it("carries messages between the two sides and tells the other side in its inbox", async () => {
    const f = await aReferralToTheShelter(t);
    const before = (await f.frontline.request("GET", "/api/v1/notifications")).json().unread;
    const posted = await f.provider.request("POST", `/api/v1/referrals/${f.referral.id}/messages`, {
      body: "Please call us",
    });
    expect(posted.status).toBe(201);
    const seen = (await f.frontline.request("GET", `/api/v1/referrals/${f.referral.id}`)).json();
    expect(seen.messages.map((m: { body: string }) => m.body)).toEqual(["Please call us"]);
    const inbox = (await f.frontline.request("GET", "/api/v1/notifications")).json();
    expect(inbox.unread).toBe(before + 1);
    expect(inbox.items[0]).toMatchObject({
      kind: "referral_message",
      link: `/referrals/inbox/${f.referral.id}`,
    });
  });

  it("audits the receiver's reading of shared personal data", async () => {
    const f = await aReferralToTheShelter(t);
    await f.provider.request("GET", `/api/v1/referrals/${f.referral.id}`);
    const audit = (await (await t.signIn("coordinator")).request("GET", "/api/v1/audit?limit=200")).json()
      .entries;
    const read = audit.find(
      (e: { action: string; recordId: string }) =>
        e.action === "referrals.read" && e.recordId === f.referral.id,
    );
    expect(read).toBeDefined();
    expect(read.actorName).toBe("Sven Shelter");
  });

  it("lists sent referrals for the case team and received ones for the shelter", async () => {
    const f = await aReferralToTheShelter(t);
    const sent = (await f.frontline.request("GET", "/api/v1/referrals?box=sent")).json().items;
    const received = (await f.provider.request("GET", "/api/v1/referrals?box=received")).json().items;
    expect(sent.some((r: { id: string }) => r.id === f.referral.id)).toBe(true);
    expect(received.some((r: { id: string }) => r.id === f.referral.id)).toBe(true);
    expect((await f.provider.request("GET", "/api/v1/referrals?box=sent")).status).toBe(403);
  });

  it("answers 400 naming the field for a receiver outside the municipality or a bad field name", async () => {
    const f = await aReferralToTheShelter(t, { send: false });
    const otherOrg = (
      await (await t.signIn("coordinator", other)).request("GET", "/api/v1/organisations")
    ).json().items[0].id;
    const res = await f.frontline.request("POST", "/api/v1/referrals", {
      caseId: f.caseId,
      receivingOrganisationId: otherOrg,
      stage: "health",
      sharedFields: ["caseCode"],
    });
    expect(res.status).toBe(400);
    expect(res.json().error.issues[0].path).toBe("body.receivingOrganisationId");
    const bad = await f.frontline.request("POST", "/api/v1/referrals", {
      caseId: f.caseId,
      receivingOrganisationId: f.ngoId,
      stage: "health",
      sharedFields: ["passport"],
    });
    expect(bad.status).toBe(400);
    expect(bad.json().error.issues[0].path).toMatch(/^body\.sharedFields/);
  });
});
