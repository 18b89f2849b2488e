import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe("platform", () => {
  it("serves an OpenAPI 3 document generated from the route schemas", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/v1/openapi.json" });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const r of t.routes.filter((x) => x.url !== "/api/v1/openapi.json")) {
      const path = r.url.replace(/:(\w+)/g, "{$1}");
      expect(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${path}`).toBeDefined();
    }
    expect(doc.paths["/api/v1/organisations"].post.requestBody).toBeDefined();
  });

  it("answers health and readiness", async () => {
    expect((await t.app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
    const ready = await t.app.inject({ method: "GET", url: "/readyz" });
    expect(ready.json()).toEqual({ status: "ready" });
  });

  it("sends strict security headers, and HSTS only over TLS", async () => {
    const res = await t.app.inject({ method: "GET", url: "/healthz" });
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-frame-options"]).toBe("DENY");
    expect(res.headers["strict-transport-security"]).toBeUndefined();
  });

  it("sends the same security headers on answers, refusals and unknown paths", async () => {
    for (const url of ["/healthz", "/api/v1/users", "/api/v1/no-such-route", "/no-such-page"]) {
      const res = await t.app.inject({ method: "GET", url });
      expect(res.headers["content-security-policy"], url).toMatch(/^default-src 'self';script-src 'self';/);
      expect(res.headers["x-frame-options"], url).toBe("DENY");
      expect(res.headers["x-content-type-options"], url).toBe("nosniff");
      expect(res.headers["referrer-policy"], url).toBe("no-referrer");
      expect(res.headers["cross-origin-opener-policy"], url).toBe("same-origin");
      expect(res.headers["cache-control"], url).toBe(url.startsWith("/api/") ? "no-store" : undefined);
    }
  });

  it("requires a session for every non-public API route", async () => {
    for (const r of t.routes.filter((x) => !x.public)) {
      const res = await t.app.inject({
        method: r.method as "GET",
        url: r.url.replace(":id", "00000000-0000-4000-8000-000000000000"),
      });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it("writes an audit entry for each read of personal data and each write", async () => {
    const coordinator = await t.signIn("coordinator");
    const count = async () =>
      (
        await t.db.query<{ n: number }>("select count(*)::int as n from audit_log where actor_id = $1", [
          coordinator.me.id,
        ])
      )[0]!.n;
    const before = await count();
    await coordinator.request("GET", "/api/v1/users");
    await coordinator.request("POST", "/api/v1/organisations", { name: "Audited org", kind: "ngo" });
    expect(await count()).toBe(before + 2);
    const [last] = await t.db.query<{ action: string; ip: string; outcome: string }>(
      "select action, ip, outcome from audit_log where actor_id = $1 order by seq desc limit 1",
      [coordinator.me.id],
    );
    expect(last).toMatchObject({ action: "organisations.create", outcome: "success" });
    expect(last!.ip).toBeTruthy();
  });

  it("audits a refused attempt, naming the record asked for", async () => {
    const frontline = await t.signIn("frontline");
    const probe = "00000000-0000-4000-8000-00000000abcd";
    expect((await frontline.request("GET", `/api/v1/users/${probe}`)).status).toBe(403);
    const coordinator = await t.signIn("coordinator");
    expect((await coordinator.request("GET", `/api/v1/organisations/${probe}`)).status).toBe(404);
    const rows = await t.db.query<{ actor_id: string; outcome: string; record_id: string | null }>(
      "select actor_id, outcome, record_id from audit_log where action = 'access.denied' order by seq",
    );
    expect(rows).toEqual([
      { actor_id: frontline.me.id, outcome: "denied", record_id: probe },
      { actor_id: coordinator.me.id, outcome: "denied", record_id: probe },
    ]);
  });
});
