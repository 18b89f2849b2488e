import { randomUUID } from "node:crypto";
import { withSystem, withTenant } from "@ariadne/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoSeed, seedDemo } from "../admin/seed-demo.ts";
import { aReferralToTheShelter, referredPerson } from "../referral/referrals-testing.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { parseIdempotencyKey, purgeExpiredIdempotencyKeys } from "./idempotency.ts";

let t: TestApp;
let other: DemoSeed;
beforeAll(async () => {
  t = await createTestApp();
  other = await seedDemo(t.db, t.keyring, { name: "Other municipality", emailDomain: "other.ariadne.test" });
});
afterAll(async () => {
  await t.close();
});

const countReferralsOf = async (caseId: string) => {
  const [row] = await withTenant(t.db, t.seed.municipalityId, (tx) =>
    tx.query<{ n: number }>("select count(*)::int as n from referrals where case_id = $1", [caseId]),
  );
  return row!.n;
};

const key = (k: string) => ({ "idempotency-key": `"${k}"` });

describe("the Idempotency-Key header", () => {
  it("answers two identical POSTs with one key with one record and the same answer", async () => {
    const f = await aReferralToTheShelter(t, { send: false });
    const body = {
      caseId: f.caseId,
      receivingOrganisationId: f.ngoId,
      stage: "health",
      sharedFields: ["caseCode"],
    };
    const before = await countReferralsOf(f.caseId);
    const k = randomUUID();
    const first = await f.frontline.request("POST", "/api/v1/referrals", body, key(k));
    const again = await f.frontline.request("POST", "/api/v1/referrals", body, key(k));
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toBe(first.body);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.headers["content-type"]).toMatch(/^application\/json/);
    expect(await countReferralsOf(f.caseId)).toBe(before + 1);
    // A new key is a new request.
    const third = await f.frontline.request("POST", "/api/v1/referrals", body, key(randomUUID()));
    expect(third.status).toBe(201);
    expect(third.json().id).not.toBe(first.json().id);
    expect(await countReferralsOf(f.caseId)).toBe(before + 2);
  });

  it("answers 422 to the same key with another request body, and creates nothing", async () => {
    const f = await aReferralToTheShelter(t, { send: false });
    const body = {
      caseId: f.caseId,
      receivingOrganisationId: f.ngoId,
      stage: "health",
      sharedFields: ["caseCode"],
    };
    const k = randomUUID();
    expect((await f.frontline.request("POST", "/api/v1/referrals", body, key(k))).status).toBe(201);
    const before = await countReferralsOf(f.caseId);
    const changed = await f.frontline.request(
      "POST",
      "/api/v1/referrals",
      { ...body, stage: "accommodation" },
      key(k),
    );
    expect(changed.status).toBe(422);
    expect(changed.json().error.code).toBe("idempotency_key_reused");
    // The same key on another route is another request too.
    const elsewhere = await f.frontline.request(
      "POST",
      `/api/v1/cases/${f.caseId}/notes`,
      { text: "x" },
      key(k),
    );
    expect(elsewhere.status).toBe(422);
    expect(await countReferralsOf(f.caseId)).toBe(before);
  });

  it("keeps each user's keys apart: another user, or another municipality, with the same key is independent", async () => {
    const k = randomUUID();
    const frontline = await t.signIn("frontline");
    const coordinator = await t.signIn("coordinator");
    const elsewhere = await t.signIn("frontline", other);
    const mine = await frontline.request("POST", "/api/v1/cases", { person: { givenName: "A" } }, key(k));
    const theirs = await elsewhere.request("POST", "/api/v1/cases", { person: { givenName: "B" } }, key(k));
    const coordinators = await coordinator.request(
      "POST",
      "/api/v1/organisations",
      { name: `Org ${k}`, kind: "ngo" },
      key(k),
    );
    expect([mine.status, theirs.status, coordinators.status]).toEqual([201, 201, 201]);
    expect(theirs.json().case.id).not.toBe(mine.json().case.id);
    expect(theirs.headers["idempotent-replayed"]).toBeUndefined();
    expect(coordinators.headers["idempotent-replayed"]).toBeUndefined();
  });

  it("frees the key of a request that failed, so a retry runs again", async () => {
    const f = await aReferralToTheShelter(t, { consent: false, send: false });
    const k = randomUUID();
    const path = `/api/v1/referrals/${f.referral.id}/send`;
    const refused = await f.frontline.request("POST", path, { version: f.referral.version }, key(k));
    expect(refused.status).toBe(409);
    expect(refused.json().error.code).toBe("consent_required");
    await f.frontline.request("POST", `/api/v1/cases/${f.caseId}/consents`, {
      purpose: "sharing",
      organisationId: f.ngoId,
      givenOn: "2026-11-01",
      form: "oral",
      language: "en",
      interpreter: false,
    });
    const sent = await f.frontline.request("POST", path, { version: f.referral.version }, key(k));
    expect(sent.status).toBe(200);
    expect(sent.json().status).toBe("sent");
  });

  it("answers 409 while the first request with the key is still being processed", async () => {
    const frontline = await t.signIn("frontline");
    const k = randomUUID();
    await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query(
        "insert into idempotency_keys (municipality_id, user_id, idempotency_key, fingerprint) values ($1, $2, $3, 'x')",
        [t.seed.municipalityId, frontline.me.id, k],
      ),
    );
    const res = await frontline.request("POST", "/api/v1/cases", { person: { givenName: "A" } }, key(k));
    // The fingerprint differs from the one stored: a reused key.
    expect(res.status).toBe(422);
    const body = { person: { givenName: "In flight" } };
    const k2 = randomUUID();
    const first = await frontline.request("POST", "/api/v1/cases", body, key(k2));
    await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query(
        "update idempotency_keys set state = 'processing', response_status = null where idempotency_key = $1",
        [k2],
      ),
    );
    expect(first.status).toBe(201);
    const during = await frontline.request("POST", "/api/v1/cases", body, key(k2));
    expect(during.status).toBe(409);
    expect(during.json().error.code).toBe("idempotency_key_in_use");
  });

  it("stores the answer encrypted, and forgets it after 24 hours", async () => {
    const frontline = await t.signIn("frontline");
    const k = randomUUID();
    const body = { person: { givenName: referredPerson.givenName, familyName: referredPerson.familyName } };
    const first = await frontline.request("POST", "/api/v1/cases", body, key(k));
    expect(first.status).toBe(201);
    const rows = await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query<Record<string, unknown>>("select * from idempotency_keys where idempotency_key = $1", [k]),
    );
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(referredPerson.familyName);
    await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query(
        "update idempotency_keys set expires_at = now() - interval '1 second' where idempotency_key = $1",
        [k],
      ),
    );
    expect(await purgeExpiredIdempotencyKeys(t.db)).toBeGreaterThanOrEqual(1);
    const after = await frontline.request("POST", "/api/v1/cases", body, key(k));
    expect(after.status).toBe(201);
    expect(after.json().case.id).not.toBe(first.json().case.id);
    const left = await withSystem(t.db, (tx) =>
      tx.query("select 1 from idempotency_keys where expires_at < now()"),
    );
    expect(left).toHaveLength(0);
  });

  it("keeps a system admin's keys too, who has no municipality", async () => {
    const sysadmin = await t.signIn("system_admin");
    const k = randomUUID();
    const path = `/api/v1/organisations?municipalityId=${t.seed.municipalityId}`;
    const body = { name: `Admin's org ${k}`, kind: "ngo" };
    const first = await sysadmin.request("POST", path, body, key(k));
    const again = await sysadmin.request("POST", path, body, key(k));
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.json().id).toBe(first.json().id);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    const rows = await withSystem(t.db, (tx) =>
      tx.query<{ municipality_id: string | null }>(
        "select municipality_id from idempotency_keys where idempotency_key = $1",
        [k],
      ),
    );
    expect(rows).toEqual([{ municipality_id: null }]);
  });

  it("frees a key whose request never finished once its lock runs out", async () => {
    const frontline = await t.signIn("frontline");
    const body = { person: { givenName: "Lost answer" } };
    const k = randomUUID();
    const first = await frontline.request("POST", "/api/v1/cases", body, key(k));
    expect(first.status).toBe(201);
    // As if the process had died before keeping the answer, two minutes ago.
    await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query(
        `update idempotency_keys set state = 'processing', response_status = null, response_enc = null,
           locked_until = now() - interval '1 second' where idempotency_key = $1`,
        [k],
      ),
    );
    const retry = await frontline.request("POST", "/api/v1/cases", body, key(k));
    expect(retry.status).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBeUndefined();
  });

  it("refuses a malformed key with 400 and leaves requests without one alone", async () => {
    const frontline = await t.signIn("frontline");
    const res = await frontline.request(
      "POST",
      "/api/v1/cases",
      { person: { aliases: ["Mira"] } },
      { "idempotency-key": '""' },
    );
    expect(res.status).toBe(400);
    expect(res.json().error.issues[0].path).toBe("headers.idempotency-key");
    expect(parseIdempotencyKey("abc")).toBe("abc");
    expect(parseIdempotencyKey('"abc"')).toBe("abc");
    expect(parseIdempotencyKey(undefined)).toBeNull();
    expect(() => parseIdempotencyKey("a b")).toThrow();
  });
});
