import type { admin } from "@ariadne/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";
import { currentTotp } from "./totp.ts";

let t: TestApp;
let coordinator: Agent;
beforeAll(async () => {
  t = await createTestApp({ ARIADNE_PUBLIC_URL: "https://ariadne.example.org" });
  coordinator = await t.signIn("coordinator");
});
afterAll(async () => {
  await t.close();
});

const post = (url: string, payload: object, remoteAddress = "127.0.0.1") =>
  t.app.inject({ method: "POST", url, payload, remoteAddress });
const signIn = (email: string, password: string, totp?: string) =>
  post("/api/v1/auth/sign-in", { email, password, ...(totp ? { totp } : {}) });
const setPassword = (token: string, newPassword: string, totp?: string) =>
  post("/api/v1/auth/password/set", { token, newPassword, ...(totp ? { totp } : {}) });
const auditCount = async (action: string, outcome = "success") =>
  (
    await t.db.query<{ n: number }>(
      "select count(*)::int as n from audit_log where action = $1 and outcome = $2",
      [action, outcome],
    )
  )[0]!.n;

let made = 0;
/** A user created by the coordinator, as a new colleague would be: with an issued password. */
async function newUser(role: admin.Role) {
  const orgs = (await coordinator.request("GET", "/api/v1/organisations")).json().items;
  const email = `person${++made}.${role}@example.org`;
  const res = await coordinator.request("POST", "/api/v1/users", {
    email,
    displayName: `Person ${made}`,
    organisationId: orgs[0].id,
    role,
  });
  expect(res.status).toBe(201);
  return { id: res.json().user.id as string, email, issued: res.json().initialPassword as string };
}

/** Signs a new trainer in for the first time and sets their own password; returns their session. */
async function trainerWithOwnPassword(password: string) {
  const u = await newUser("trainer");
  const token = (await signIn(u.email, u.issued)).json().passwordToken;
  const set = await setPassword(token, password);
  expect(set.statusCode).toBe(200);
  return { ...u, agent: t.agentOf(set) };
}

describe("first sign-in with an issued password", () => {
  it("must set an own password before any session exists", async () => {
    const u = await newUser("trainer");
    const first = await signIn(u.email, u.issued);
    expect(first.statusCode).toBe(200);
    expect(first.json().status).toBe("password_change_required");
    expect(first.headers["set-cookie"]).toBeUndefined();
    const token = first.json().passwordToken;

    const short = await setPassword(token, "too-short");
    expect(short.statusCode).toBe(400);
    expect(short.json().error.issues[0].path).toBe("body.newPassword");
    const common = await setPassword(token, "qwertyuiop123");
    expect(common.statusCode).toBe(400);
    expect(common.json().error.code).toBe("password_common");
    expect(common.json().error.issues[0].path).toBe("body.newPassword");
    const same = await setPassword(token, u.issued);
    expect(same.json().error.code).toBe("password_unchanged");

    const set = await setPassword(token, "copper kettle under rain");
    expect(set.statusCode).toBe(200);
    expect(set.json().status).toBe("signed_in");
    expect(String(set.headers["set-cookie"])).toMatch(/ariadne_session=/);
    // The token was for one use, and the issued password is gone.
    expect((await setPassword(token, "another good passphrase")).json().error.code).toBe(
      "password_token_expired",
    );
    expect((await signIn(u.email, u.issued)).statusCode).toBe(401);
    expect((await signIn(u.email, "copper kettle under rain")).json().status).toBe("signed_in");
    expect(await auditCount("auth.password_set")).toBeGreaterThan(0);
  });

  it("goes on to TOTP enrolment for a role that needs it", async () => {
    const u = await newUser("frontline");
    const token = (await signIn(u.email, u.issued)).json().passwordToken;
    const set = await setPassword(token, "willow compass at dawn");
    expect(set.json().status).toBe("totp_enrolment_required");
  });

  it("refuses an expired token", async () => {
    const u = await newUser("analyst");
    const token = (await signIn(u.email, u.issued)).json().passwordToken;
    await t.db.query(
      "update password_tokens set expires_at = now() - interval '1 second' where user_id = $1",
      [u.id],
    );
    const late = await setPassword(token, "granite meadow lullaby");
    expect(late.statusCode).toBe(401);
    expect(late.json().error.code).toBe("password_token_expired");
  });
});

describe("changing one's own password", () => {
  it("needs the current password, ends every other session and keeps this one", async () => {
    const u = await trainerWithOwnPassword("amber tide over hills");
    const other = t.agentOf(await signIn(u.email, "amber tide over hills"));
    const wrong = await u.agent.request("POST", "/api/v1/auth/password", {
      currentPassword: "not it at all",
      newPassword: "silver lichen on stone",
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json().error.issues[0].path).toBe("body.currentPassword");

    const ok = await u.agent.request("POST", "/api/v1/auth/password", {
      currentPassword: "amber tide over hills",
      newPassword: "silver lichen on stone",
    });
    expect(ok.status).toBe(200);
    expect(ok.json().sessionsEnded).toBe(1);
    expect((await other.request("GET", "/api/v1/auth/session")).status).toBe(204);
    expect((await u.agent.request("GET", "/api/v1/auth/session")).status).toBe(200);
    expect((await signIn(u.email, "amber tide over hills")).statusCode).toBe(401);
    expect((await signIn(u.email, "silver lichen on stone")).statusCode).toBe(200);
    expect(await auditCount("auth.password_change", "denied")).toBeGreaterThan(0);
    expect(await auditCount("auth.password_change")).toBeGreaterThan(0);
  });

  it("asks a user with TOTP for a code as well", async () => {
    const frontline = await t.signIn("frontline");
    const c = t.seed.credentials.frontline;
    const noCode = await frontline.request("POST", "/api/v1/auth/password", {
      currentPassword: c.password,
      newPassword: "velvet harbour mornings",
    });
    expect(noCode.status).toBe(400);
    expect(noCode.json().error.issues[0].path).toBe("body.totp");
  });

  it("is for signed-in users only, with the CSRF token", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/password",
      payload: { currentPassword: "x", newPassword: "long enough password" },
    });
    expect(res.statusCode).toBe(401);
  });
});

describe("a reset issued by a coordinator", () => {
  it("stops the old password at once, ends sessions and returns a short-lived link", async () => {
    const u = await trainerWithOwnPassword("maple lanterns drifting");
    const res = await coordinator.request("POST", `/api/v1/users/${u.id}/password-reset`, {});
    expect(res.status).toBe(200);
    const { resetUrl, code, expiresAt } = res.json();
    expect(resetUrl).toBe(`https://ariadne.example.org/reset-password#${code}`);
    const minutes = (Date.parse(expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(25);
    expect(minutes).toBeLessThanOrEqual(30);
    expect((await u.agent.request("GET", "/api/v1/auth/session")).status).toBe(204);
    expect((await signIn(u.email, "maple lanterns drifting")).statusCode).toBe(401);
    // The token is stored as a hash only.
    const stored = await t.db.query<{ token_hash: string }>("select token_hash from password_tokens");
    expect(stored.map((r) => r.token_hash)).not.toContain(code);

    const set = await setPassword(code, "harvest moon over fjord");
    expect(set.json().status).toBe("signed_in");
    expect((await signIn(u.email, "harvest moon over fjord")).statusCode).toBe(200);
    expect(await auditCount("users.password_reset")).toBeGreaterThan(0);
  });

  it("asks a TOTP user's code with the link, and can make them enrol anew", async () => {
    const u = await newUser("frontline");
    const token = (await signIn(u.email, u.issued)).json().passwordToken;
    const enrol = (await setPassword(token, "raven feather notebook")).json();
    const enrolled = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/totp/enrol",
      payload: { enrolmentToken: enrol.enrolmentToken, totp: currentTotp(enrol.secret) },
    });
    expect(enrolled.statusCode).toBe(200);

    const reset = (await coordinator.request("POST", `/api/v1/users/${u.id}/password-reset`, {})).json();
    const withoutCode = await setPassword(reset.code, "fern valley whisper");
    expect(withoutCode.statusCode).toBe(200);
    expect(withoutCode.json().status).toBe("totp_required");
    await t.db.query("update users set totp_last_step = 0 where id = $1", [u.id]);
    const withCode = await setPassword(reset.code, "fern valley whisper", currentTotp(enrol.secret));
    expect(withCode.json().status).toBe("signed_in");

    const lostPhone = (
      await coordinator.request("POST", `/api/v1/users/${u.id}/password-reset`, { resetTotp: true })
    ).json();
    const again = await setPassword(lostPhone.code, "tundra pebble anthem");
    expect(again.json().status).toBe("totp_enrolment_required");
  });

  it("is refused to roles without user management, for oneself, and across municipalities", async () => {
    const u = await newUser("trainer");
    const frontline = await t.signIn("frontline");
    expect((await frontline.request("POST", `/api/v1/users/${u.id}/password-reset`, {})).status).toBe(403);
    const self = await coordinator.request("POST", `/api/v1/users/${coordinator.me.id}/password-reset`, {});
    expect(self.status).toBe(400);
    const admin = await t.signIn("system_admin");
    const elsewhere = await admin.request(
      "POST",
      `/api/v1/users/${u.id}/password-reset?municipalityId=${crypto.randomUUID()}`,
      {},
    );
    expect(elsewhere.status).toBe(404);
  });
});
