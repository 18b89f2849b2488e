import { withTenant } from "@ariadne/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";
import { runRetention, runRetentionEverywhere } from "./retention-job.ts";
import { aCase, demoDirectory } from "./testing.ts";

let t: TestApp;
let coordinator: Agent;
let frontline: Agent;
let social: string;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn("coordinator");
  frontline = await t.signIn("frontline");
  social = (await demoDirectory(t.db, t.seed.municipalityId)).org("social_services");
});
afterAll(async () => {
  await t.close();
});

const closedOn = (date: string) => ({
  status: "closed" as const,
  reason: "assistance_completed" as const,
  closedOn: date,
});

describe("retention job", () => {
  it("reports in a dry run what it would anonymise and changes nothing", async () => {
    const old = await aCase(t.db, t.keyring, t.seed.municipalityId, {
      ownerOrganisationId: social,
      state: closedOn("2022-01-10"),
      person: {
        givenName: "Oldcase",
        familyName: "Person",
        gender: "male",
        ageBand: "30-38",
        citizenship: "RO",
      },
      notes: 2,
    });
    const res = await coordinator.request("POST", "/api/v1/retention-runs", {
      dryRun: true,
      asOf: "2026-11-29",
    });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: true, monthsAfterClosure: 36, anonymised: 0 });
    expect(res.json().due.map((d: { caseId: string }) => d.caseId)).toContain(old.caseId);
    const read = (await frontline.request("GET", `/api/v1/cases/${old.caseId}`)).json();
    expect(read.content.person.givenName).toBe("Oldcase");
  });

  it("anonymises closed cases past the municipality's period, keeps coded statistics, and spares the rest", async () => {
    const policy = await coordinator.request("PUT", "/api/v1/retention-policy", {
      monthsAfterClosure: 12,
      version: 0,
    });
    expect(policy.json()).toEqual({ monthsAfterClosure: 12, version: 1 });
    const due = await aCase(t.db, t.keyring, t.seed.municipalityId, {
      ownerOrganisationId: social,
      state: closedOn("2025-10-01"),
      person: {
        givenName: "Retained",
        familyName: "Gone",
        gender: "female",
        ageBand: "18-20",
        citizenship: "NG",
      },
      forms: ["sexual_exploitation"],
      notes: 3,
      tasksDue: ["2025-09-01"],
    });
    const recent = await aCase(t.db, t.keyring, t.seed.municipalityId, {
      ownerOrganisationId: social,
      state: closedOn("2026-06-01"),
      person: { givenName: "Recent", gender: "female" },
    });
    const open = await aCase(t.db, t.keyring, t.seed.municipalityId, {
      ownerOrganisationId: social,
      person: { givenName: "Open", gender: "female" },
    });

    const report = await runRetention(t.db, t.keyring, t.seed.municipalityId, {
      dryRun: false,
      asOf: "2026-11-29",
    });
    expect(report.due.map((d) => d.caseId)).toContain(due.caseId);
    expect(report.due.map((d) => d.caseId)).not.toContain(recent.caseId);
    expect(report.due.map((d) => d.caseId)).not.toContain(open.caseId);
    expect(report.anonymised).toBe(report.due.length);

    const read = (await frontline.request("GET", `/api/v1/cases/${due.caseId}`)).json();
    expect(read.anonymised).toBe(true);
    expect(read.content.person).toMatchObject({
      givenName: null,
      familyName: null,
      gender: "female",
      ageBand: "18-20",
      citizenship: "NG",
      anonymised: true,
    });
    expect(read.content.forms).toEqual(["sexual_exploitation"]);
    expect(read.content.timeline.every((e: { note?: unknown; task?: unknown }) => !e.note && !e.task)).toBe(
      true,
    );
    expect(read.content.timeline).toHaveLength(4);
    const recentRead = (await frontline.request("GET", `/api/v1/cases/${recent.caseId}`)).json();
    expect(recentRead.content.person.givenName).toBe("Recent");

    const rows = await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query<{ given_name_enc: string | null; name_index: string | null }>(
        "select given_name_enc, name_index from persons where id = $1",
        [due.personId],
      ),
    );
    expect(rows).toEqual([{ given_name_enc: null, name_index: null }]);

    // Running again finds nothing more to do.
    const again = await runRetention(t.db, t.keyring, t.seed.municipalityId, {
      dryRun: true,
      asOf: "2026-11-29",
    });
    expect(again.due.map((d) => d.caseId)).not.toContain(due.caseId);
  });

  it("audits each anonymisation and the run", async () => {
    const actions = await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query<{ action: string }>("select action from audit_log where action like 'cases.retention%'"),
    );
    const names = actions.map((a) => a.action);
    expect(names).toContain("cases.retention.dry_run");
    expect(names).toContain("cases.retention.run");
    expect(names).toContain("cases.retention.anonymise");
  });

  it("answers a stale policy version with 409 and refuses the job to roles without retention", async () => {
    const stale = await coordinator.request("PUT", "/api/v1/retention-policy", {
      monthsAfterClosure: 6,
      version: 0,
    });
    expect(stale.status).toBe(409);
    expect(stale.json().error.current).toEqual({ monthsAfterClosure: 12, version: 1 });
    expect((await frontline.request("POST", "/api/v1/retention-runs", { dryRun: true })).status).toBe(403);
  });

  it("runs for every municipality when scheduled, each with its own policy", async () => {
    const results = await runRetentionEverywhere(t.db, t.keyring, { dryRun: true, asOf: "2026-11-29" });
    expect(results.map((r) => r.municipalityId)).toContain(t.seed.municipalityId);
    expect(results.every((r) => r.error === null)).toBe(true);
    expect(results.find((r) => r.municipalityId === t.seed.municipalityId)?.report?.monthsAfterClosure).toBe(
      12,
    );
  });
});
