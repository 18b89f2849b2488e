import { withSystem, withTenant } from "@ariadne/db";
import { prevention } from "@ariadne/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";
import { publicLimits } from "./public-routes.ts";
import { purgeExpiredPrevention } from "./retention.ts";

let t: TestApp;
let coordinator: Agent;
let frontline: Agent;

beforeAll(async () => {
  t = await createTestApp({ ARIADNE_TRUST_PROXY: "true" });
  coordinator = await t.signIn("coordinator");
  frontline = await t.signIn("frontline");
});
afterAll(async () => {
  await t.close();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "GET", url, headers });
/** A form post as a browser sends it, from `ip` (each test its own address, so limits do not mix). */
const post = (url: string, form: Record<string, string> | string, ip: string) =>
  t.app.inject({
    method: "POST",
    url,
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
    payload: typeof form === "string" ? form : new URLSearchParams(form).toString(),
  });
const concernCount = async () =>
  (await withSystem(t.db, (tx) => tx.query<{ n: number }>("select count(*)::int as n from concerns")))[0]!.n;
const codeOf = (html: string) => /class="code"[^>]*>([A-Z0-9-]{14})</.exec(html)?.[1];

describe("the public help page", () => {
  it("answers at /help and /help/{slug} as HTML without a script, a cookie or anything from elsewhere", async () => {
    for (const url of ["/help", "/help/demo-municipality"]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^text\/html/);
      expect(res.headers["set-cookie"]).toBeUndefined();
      expect(res.body).not.toMatch(/<script/i);
      expect(res.body).not.toMatch(/(src|href)="https?:/);
      expect(res.body).toContain('<html lang="en" dir="ltr">');
      expect(res.body).toContain("Help is free.");
      expect(res.body).toContain('href="tel:112"');
    }
  });

  it("chooses the language by ?lang=, by Accept-Language, and says which in <html lang>", async () => {
    expect((await get("/help?lang=fi")).body).toContain('<html lang="fi" dir="ltr">');
    expect((await get("/help?lang=ro")).body).toContain("Ajutorul este gratuit.");
    expect((await get("/help", { "accept-language": "vi-VN,vi;q=0.9,en;q=0.5" })).body).toContain(
      '<html lang="vi" dir="ltr">',
    );
    const arabic = await get("/help", { "accept-language": "ar" });
    expect(arabic.body).toContain('<html lang="ar" dir="rtl">');
    expect((await get("/help", { "accept-language": "nb-NO" })).body).toContain('<html lang="no"');
    const bad = await get("/help?lang=xx");
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("(lang)");
    expect((await get("/help/nowhere")).statusCode).toBe(404);
  });

  it("has all 17 languages with every text, each linked from the switch", async () => {
    expect(prevention.helpLanguages).toHaveLength(17);
    const keys = Object.keys(prevention.helpTexts.en).sort();
    const page = (await get("/help")).body;
    for (const l of prevention.helpLanguages) {
      const texts = prevention.helpTexts[l];
      expect(Object.keys(texts).sort(), l).toEqual(keys);
      expect(texts.emergency, l).toContain("{{number}}");
      if (l !== "en") expect(page).toContain(`href="/help/demo-municipality?lang=${l}"`);
    }
  });

  it("weighs under 100 KB with its stylesheet, in every language", async () => {
    const css = (await get("/help/help.css")).body;
    for (const l of prevention.helpLanguages) {
      const html = (await get(`/help?lang=${l}`)).body;
      expect(Buffer.byteLength(html) + Buffer.byteLength(css), l).toBeLessThan(100 * 1024);
    }
  });
});

describe("report a concern", () => {
  it("takes an anonymous report, gives a receipt code, and lets the reporter read the coordinator's reply", async () => {
    const before = await concernCount();
    const sent = await post(
      "/help/demo-municipality/concerns?lang=en",
      {
        what: "Six men sleep in the car wash <script>alert(1)</script>",
        where: "Harbour district",
        contact: "+358 40 1234567",
      },
      "203.0.113.10",
    );
    expect(sent.statusCode).toBe(201);
    const code = codeOf(sent.body)!;
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(await concernCount()).toBe(before + 1);

    // Stored encrypted: neither the text nor the contact nor the code is in the row.
    const [row] = await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query<Record<string, string>>("select * from concerns order by received_at desc limit 1"),
    );
    expect(JSON.stringify(row)).not.toMatch(/car wash|Harbour|1234567|script/);
    expect(JSON.stringify(row)).not.toContain(code);

    const inbox = (await coordinator.request("GET", "/api/v1/concerns")).json().items;
    const concern = inbox.find((c: { where: string }) => c.where === "Harbour district");
    expect(concern).toMatchObject({ hasContact: true, status: "new", language: "en" });
    expect(concern.contact).toBeUndefined();
    const contact = await coordinator.request("GET", `/api/v1/concerns/${concern.id}/contact`);
    expect(contact.json()).toEqual({ contact: "+358 40 1234567" });
    const audited = await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query("select 1 from audit_log where action = 'concerns.contact.read' and record_id = $1", [
        concern.id,
      ]),
    );
    expect(audited).toHaveLength(1);
    // Only the coordinator sees concerns and their contact.
    expect((await frontline.request("GET", "/api/v1/concerns")).status).toBe(403);
    expect((await frontline.request("GET", `/api/v1/concerns/${concern.id}/contact`)).status).toBe(403);

    const waiting = await post(
      "/help/demo-municipality/receipt?lang=en",
      { code: code.toLowerCase() },
      "203.0.113.10",
    );
    expect(waiting.statusCode).toBe(200);
    expect(waiting.body).toContain("No answer yet.");
    const answered = await coordinator.request("PATCH", `/api/v1/concerns/${concern.id}`, {
      version: concern.version,
      reply: "Thank you. Our outreach team <b>visits</b> the place this week.",
    });
    expect(answered.status).toBe(200);
    expect(answered.json().status).toBe("in_progress");
    const read = await post("/help/demo-municipality/receipt?lang=en", { code }, "203.0.113.10");
    expect(read.body).toContain("Our outreach team &lt;b&gt;visits&lt;/b&gt; the place this week.");
    expect(
      (await post("/help/demo-municipality/receipt", { code: "AAAA-BBBB-CCCC" }, "203.0.113.10")).statusCode,
    ).toBe(404);
  });

  it("turns a concern into an outreach visit", async () => {
    await post(
      "/help/demo-municipality/concerns",
      { what: "Children begging at the station", where: "Central station" },
      "203.0.113.11",
    );
    const concern = (await coordinator.request("GET", "/api/v1/concerns"))
      .json()
      .items.find((c: { where: string }) => c.where === "Central station");
    const visit = await coordinator.request("POST", `/api/v1/concerns/${concern.id}/outreach-visit`, {
      plannedOn: "2026-12-10",
    });
    expect(visit.status).toBe(201);
    expect(visit.json()).toMatchObject({
      title: "Concern: Central station",
      concerns: "Children begging at the station",
    });
    const after = (await coordinator.request("GET", "/api/v1/concerns"))
      .json()
      .items.find((c: { id: string }) => c.id === concern.id);
    expect(after.followUp).toEqual({ kind: "outreach_visit", id: visit.json().id });
    const bad = await coordinator.request("PATCH", `/api/v1/concerns/${concern.id}`, {
      version: after.version,
      followUp: { kind: "case", id: "00000000-0000-4000-8000-000000000009" },
    });
    expect(bad.status).toBe(400);
    expect(bad.json().error.issues[0].path).toBe("body.followUp.id");
  });

  it("refuses oversize, malformed, scripted and honeypot posts with a 4xx naming the field, storing nothing", async () => {
    const before = await concernCount();
    const url = "/help/demo-municipality/concerns";
    const cases: [Record<string, string> | string, number, string][] = [
      [{ what: "" }, 400, "(what)"],
      [{ what: "x".repeat(4001) }, 400, "(what)"],
      [{ what: "ok", when: "2026-02-30" }, 400, "(when)"],
      [{ what: "bad\u0000byte" }, 400, "(what)"],
      [{ what: "bot", website: "http://spam.example" }, 400, "(website)"],
      [{ what: "ok", extra: "field" }, 400, "extra"],
    ];
    for (const [i, [form, status, named]] of cases.entries()) {
      const res = await post(url, form, `198.51.100.${i + 1}`);
      expect(res.statusCode, JSON.stringify(form).slice(0, 60)).toBe(status);
      expect(res.body).toContain(named);
    }
    const huge = await post(url, `what=${"y".repeat(publicLimits.bodyBytes + 10)}`, "198.51.100.50");
    expect(huge.statusCode).toBe(413);
    const crossSite = await t.app.inject({
      method: "POST",
      url,
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: "https://evil.example",
        "x-forwarded-for": "198.51.100.51",
      },
      payload: "what=hello",
    });
    expect(crossSite.statusCode).toBe(403);
    expect(await concernCount()).toBe(before);
  });

  it("stays responsive through a flood of 1,000 posts from one address, storing only the allowed few", async () => {
    const before = await concernCount();
    const statuses = new Map<number, number>();
    let healthy = 0;
    for (let batch = 0; batch < 20; batch++) {
      const flood = Array.from({ length: 50 }, (_, i) =>
        post("/help/demo-municipality/concerns", { what: `flood ${batch}-${i}` }, "192.0.2.66"),
      );
      // A reader of the page is served in the middle of the flood.
      const [page, ...answers] = await Promise.all([get("/help"), ...flood]);
      if (page.statusCode === 200) healthy++;
      for (const a of answers) statuses.set(a.statusCode, (statuses.get(a.statusCode) ?? 0) + 1);
    }
    expect(healthy).toBe(20);
    expect(statuses.get(201)).toBe(publicLimits.concernsPerWindow);
    expect(statuses.get(429)).toBe(1000 - publicLimits.concernsPerWindow);
    expect(await concernCount()).toBe(before + publicLimits.concernsPerWindow);
    // The address is kept only as a keyed hash for the window.
    const buckets = await withSystem(t.db, (tx) =>
      tx.query<{ bucket: string }>("select bucket from public_rate_limits"),
    );
    expect(JSON.stringify(buckets)).not.toContain("192.0.2.66");
  });
});

describe("retention", () => {
  it("removes concerns after two years and visits after five, with an audit entry", async () => {
    await post(
      "/help/demo-municipality/concerns",
      { what: "An old report", where: "Old town" },
      "203.0.113.90",
    );
    const visit = (
      await frontline.request("POST", "/api/v1/outreach-visits", {
        title: "Old visit",
        plannedOn: "2020-01-10",
      })
    ).json();
    await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query(
        "update concerns set received_at = '2024-01-01' where received_at > now() - interval '1 minute'",
      ),
    );
    const before = await concernCount();
    const out = await purgeExpiredPrevention(t.db, "2026-12-05");
    expect(out.visits).toBeGreaterThanOrEqual(1);
    expect(out.concerns).toBeGreaterThanOrEqual(1);
    expect(await concernCount()).toBe(before - out.concerns);
    expect((await frontline.request("GET", `/api/v1/outreach-visits/${visit.id}`)).status).toBe(404);
    const audit = await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query("select details from audit_log where action = 'prevention.retention'"),
    );
    expect(audit).toHaveLength(1);
  });
});
