import { admin } from "@ariadne/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { pauseAfterFailures } from "./sign-in.ts";
import { currentTotp } from "./totp.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const signIn = (payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "POST", url: "/api/v1/auth/sign-in", payload, headers });

describe("sign-in", () => {
  it("signs a coordinator in with password and TOTP, setting a strict HttpOnly cookie", async () => {
    const c = t.seed.credentials.coordinator;
    await t.db.query("update users set totp_last_step = 0 where email = $1", [c.email]);
    const res = await signIn({ email: c.email, password: c.password, totp: currentTotp(c.totpSecret!) });
    expect(res.statusCode).toBe(200);
    expect(res.json().session.user.role).toBe("coordinator");
    const cookie = String(res.headers["set-cookie"]);
    expect(cookie).toMatch(/ariadne_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it("asks for TOTP from a role that can read case records", async () => {
    const c = t.seed.credentials.frontline;
    const res = await signIn({ email: c.email, password: c.password });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "totp_required" });
    expect(res.headers["set-cookie"]).toBeUndefined();
  });

  it("asks for TOTP from a service provider, who reads personal data shared through referrals", async () => {
    expect(admin.roleAllows("service_provider", "cases:read")).toBe(false);
    const c = t.seed.credentials.service_provider;
    const res = await signIn({ email: c.email, password: c.password });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "totp_required" });
    expect(res.headers["set-cookie"]).toBeUndefined();
  });

  it("does not require TOTP from an analyst, who sees aggregates only", async () => {
    const c = t.seed.credentials.analyst;
    const res = await signIn({ email: c.email, password: c.password });
    expect(res.statusCode).toBe(200);
  });

  it("refuses a wrong TOTP code and a replayed one", async () => {
    const c = t.seed.credentials.service_provider;
    await t.db.query("update users set totp_last_step = 0, failed_sign_ins = 0 where email = $1", [c.email]);
    const bad = await signIn({
      email: c.email,
      password: c.password,
      totp: "000000" === currentTotp(c.totpSecret!) ? "111111" : "000000",
    });
    expect(bad.json().error.code).toBe("totp_invalid");
    const code = currentTotp(c.totpSecret!);
    expect((await signIn({ email: c.email, password: c.password, totp: code })).statusCode).toBe(200);
    const replay = await signIn({ email: c.email, password: c.password, totp: code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe("totp_invalid");
  });

  it("answers the same for an unknown address and a wrong password", async () => {
    const unknown = await signIn({ email: "nobody@example.org", password: "whatever" });
    const wrong = await signIn({ email: t.seed.credentials.trainer.email, password: "wrong password" });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it(`pauses one address after ${pauseAfterFailures} failures, answering as for a wrong password, and tells the user`, async () => {
    const c = t.seed.credentials.trainer;
    const attacker = "198.51.100.7";
    const from = (ip: string, payload: object) =>
      t.app.inject({ method: "POST", url: "/api/v1/auth/sign-in", payload, remoteAddress: ip });
    for (let i = 0; i < pauseAfterFailures; i++) {
      expect((await from(attacker, { email: c.email, password: `wrong-${i}` })).statusCode).toBe(401);
    }
    const paused = await from(attacker, { email: c.email, password: c.password });
    const unknown = await from(attacker, { email: "nobody.here@example.org", password: c.password });
    const wrong = await from("198.51.100.8", { email: c.email, password: "another wrong one" });
    // A paused account, an unknown address and a wrong password read the same.
    expect(paused.statusCode).toBe(401);
    expect(paused.json()).toEqual(unknown.json());
    expect(paused.json()).toEqual(wrong.json());
    // The colleague at their own desk is not locked out by the attacker.
    expect((await from("192.0.2.44", { email: c.email, password: c.password })).statusCode).toBe(200);
    const audit = await t.db.query<{ n: number }>(
      "select count(*)::int as n from audit_log where action = 'auth.sign_in' and details->>'reason' in ('paused', 'wrong_password_paused')",
    );
    expect(audit[0]!.n).toBe(2);
    const notices = await t.db.query<{ kind: string; link: string }>(
      "select n.kind, n.link from notifications n join users u on u.id = n.user_id where u.email = $1",
      [c.email],
    );
    expect(notices).toEqual([{ kind: "sign_in_paused", link: "/account" }]);
    await t.db.query("delete from sign_in_failures");
  });

  it("throttles an address after many failures across accounts", async () => {
    const headers = { "x-forwarded-for": "203.0.113.9" };
    // trustProxy is off, so every inject comes from the same address: count what remains.
    let status = 0;
    for (let i = 0; i < 40 && status !== 429; i++) {
      status = (await signIn({ email: `ghost${i}@example.org`, password: "x" }, headers)).statusCode;
    }
    expect(status).toBe(429);
    await t.db.query("delete from sign_in_failures");
  });

  it("rejects bad input with the field named", async () => {
    const res = await signIn({ email: "not-an-address", password: "x" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0].path).toBe("body.email");
  });
});

describe("TOTP enrolment", () => {
  it("makes a new frontline user set up TOTP before the first session", async () => {
    const coordinator = await t.signIn("coordinator");
    const orgs = (await coordinator.request("GET", "/api/v1/organisations")).json().items;
    const created = await coordinator.request("POST", "/api/v1/users", {
      email: "new.worker@example.org",
      displayName: "New Worker",
      organisationId: orgs[0].id,
      role: "frontline",
    });
    expect(created.status).toBe(201);
    const password = created.json().initialPassword;
    const issued = await signIn({ email: "new.worker@example.org", password });
    expect(issued.json().status).toBe("password_change_required");
    const first = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/password/set",
      payload: { token: issued.json().passwordToken, newPassword: "harbour lantern quietly 42" },
    });
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body.status).toBe("totp_enrolment_required");
    expect(first.headers["set-cookie"]).toBeUndefined();
    const wrong = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/totp/enrol",
      payload: {
        enrolmentToken: body.enrolmentToken,
        totp: currentTotp(body.secret) === "123456" ? "654321" : "123456",
      },
    });
    expect(wrong.statusCode).toBe(401);
    const enrol = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/totp/enrol",
      payload: { enrolmentToken: body.enrolmentToken, totp: currentTotp(body.secret) },
    });
    expect(enrol.statusCode).toBe(200);
    expect(enrol.json().session.user.totpEnabled).toBe(true);
    const stored = await t.db.query<{ totp_secret_enc: string }>(
      "select totp_secret_enc from users where email = $1",
      ["new.worker@example.org"],
    );
    expect(stored[0]!.totp_secret_enc).not.toContain(body.secret);
  });
});

describe("sessions and CSRF", () => {
  it("refuses a state-changing request without the CSRF token", async () => {
    const agent = await t.signIn("coordinator");
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/organisations",
      headers: { cookie: agent.cookie },
      payload: { name: "Forged", kind: "ngo" },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("csrf");
    const wrong = await agent.request(
      "POST",
      "/api/v1/organisations",
      { name: "Forged", kind: "ngo" },
      { "x-csrf-token": "guess" },
    );
    expect(wrong.status).toBe(403);
  });

  it("refuses a cross-site sign-in post", async () => {
    const c = t.seed.credentials.analyst;
    const res = await signIn({ email: c.email, password: c.password }, { origin: "https://evil.example" });
    expect(res.statusCode).toBe(403);
  });

  it("ends the session at sign-out, and every session at sign-out everywhere", async () => {
    const a = await t.signIn("frontline");
    const b = await t.signIn("frontline");
    expect((await a.request("POST", "/api/v1/auth/sign-out")).status).toBe(204);
    expect((await a.request("GET", "/api/v1/organisations")).status).toBe(401);
    expect((await b.request("GET", "/api/v1/organisations")).status).toBe(200);
    const c = await t.signIn("frontline");
    expect((await c.request("POST", "/api/v1/auth/sign-out-everywhere")).status).toBe(204);
    expect((await b.request("GET", "/api/v1/organisations")).status).toBe(401);
  });

  it("expires an idle session", async () => {
    const a = await t.signIn("frontline");
    await t.db.query("update sessions set last_seen_at = now() - interval '2 hours' where user_id = $1", [
      a.me.id,
    ]);
    expect((await a.request("GET", "/api/v1/auth/session")).status).toBe(204);
  });

  it("ends a deactivated user's sessions at once", async () => {
    const coordinator = await t.signIn("coordinator");
    const trainer = await t.signIn("trainer");
    const users = (await coordinator.request("GET", "/api/v1/users")).json().items;
    const target = users.find((u: { role: string }) => u.role === "trainer");
    const res = await coordinator.request("PATCH", `/api/v1/users/${target.id}`, {
      active: false,
      version: target.version,
    });
    expect(res.status).toBe(200);
    expect((await trainer.request("GET", "/api/v1/organisations")).status).toBe(401);
  });
});
