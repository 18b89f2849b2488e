import { withSystem, withTenant } from "@ariadne/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../admin/seed-demo.ts";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";
import { purgeExpiredTraining } from "./retention.ts";

let t: TestApp;
let trainer: Agent;
let other: Agent;

const aCourse = (refresherMonths: number) => ({
  language: "en",
  title: `Refresher every ${refresherMonths} months`,
  groups: ["police"],
  refresherMonths,
  lessons: [{ kind: "definition" }],
});

/** A session of the course on `heldOn` with one attendee; the attendee's certificate code. */
async function attended(agent: Agent, courseId: string, heldOn: string, name: string) {
  const session = (
    await agent.request("POST", "/api/v1/training/sessions", { courseId, heldOn, format: "classroom" })
  ).json();
  const res = await agent.request("POST", "/api/v1/training/attendances", {
    sessionId: session.id,
    attendees: [{ name, organisationName: "Police department", group: "police" }],
  });
  expect(res.status).toBe(201);
  return res.json().items[0].certificateCode as string;
}
const check = (code: string) =>
  t.app.inject({ method: "GET", url: `/api/v1/training/certificates/${code}` }).then((r) => r.statusCode);
const completions = (municipalityId: string) =>
  withTenant(t.db, municipalityId, (tx) =>
    tx.query<{ n: number }>(
      "select count(*)::int as n from training_completions where municipality_id = $1",
      [municipalityId],
    ),
  ).then((r) => r[0]!.n);

beforeAll(async () => {
  t = await createTestApp();
  trainer = await t.signIn("trainer");
  const seed2 = await seedDemo(t.db, t.keyring, {
    name: "Other municipality",
    emailDomain: "other.ariadne.test",
  });
  other = await t.signIn("trainer", seed2);
});
afterAll(async () => {
  await t.close();
});

describe("retention of attendance records", () => {
  it("removes completions past five years, or past a longer refresher and a year, with an audit entry", async () => {
    const usual = (await trainer.request("POST", "/api/v1/training/courses", aCourse(24))).json();
    const long = (await trainer.request("POST", "/api/v1/training/courses", aCourse(120))).json();
    const expired = await attended(trainer, usual.id, "2021-12-04", "Olli Old");
    const kept = await attended(trainer, usual.id, "2021-12-05", "Kaisa Kept");
    const keptByRefresher = await attended(trainer, long.id, "2016-01-10", "Lauri Long");
    const theirs = (await other.request("POST", "/api/v1/training/courses", aCourse(24))).json();
    const otherExpired = await attended(other, theirs.id, "2019-05-01", "Toivo Other");
    const before = await completions(trainer.me.municipalityId!);
    expect(await check(expired)).toBe(200);

    const out = await purgeExpiredTraining(t.db, "2026-12-05");
    expect(out.completions).toBe(2);
    expect(await completions(trainer.me.municipalityId!)).toBe(before - 1);
    expect(await check(expired)).toBe(404);
    expect(await check(otherExpired)).toBe(404);
    expect(await check(kept)).toBe(200);
    expect(await check(keptByRefresher)).toBe(200);
    const entries = await withSystem(t.db, (tx) =>
      tx.query<{ municipality_id: string; details: Record<string, unknown> }>(
        "select municipality_id, details from audit_log where action = 'training.retention' order by seq",
      ),
    );
    expect(entries).toHaveLength(2);
    expect(entries.map((e) => [e.municipality_id, e.details])).toEqual(
      expect.arrayContaining([
        [trainer.me.municipalityId, { completions: 1, asOf: "2026-12-05" }],
        [other.me.municipalityId, { completions: 1, asOf: "2026-12-05" }],
      ]),
    );

    // Nothing more to remove: no new entry.
    expect(await purgeExpiredTraining(t.db, "2026-12-05")).toEqual({ completions: 0 });
    const after = await withSystem(t.db, (tx) =>
      tx.query("select 1 from audit_log where action = 'training.retention'"),
    );
    expect(after).toHaveLength(2);
  });
});
