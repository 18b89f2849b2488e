import { withSystem, withTenant } from "@ariadne/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoSeed, seedDemo } from "../admin/seed-demo.ts";
import { loadConfig } from "../config.ts";
import { deliverPendingMail } from "../notifications/mail-delivery.ts";
import { localSmtp, mailingEnv } from "../notifications/testing.ts";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";
import { runActionsOverdue } from "./overdue-job.ts";
import { seedDemoProcurement } from "./seed-demo-procurement.ts";
import { aContractOf, aQuestionnaireLink } from "./testing.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests inspect response bodies loosely, as test-app does
type Json = any;

/** A finding on the contract and a corrective action due on `deadline`; returns the action's id. */
async function anActionDue(agent: Agent, contractId: string, deadline: string, description: string) {
  const f = await agent.request("POST", `/api/v1/procurement-contracts/${contractId}/findings`, {
    source: "on_site_audit",
    severity: "major",
    foundOn: "2026-01-05",
    description: "No written pay slips",
  });
  expect(f.status).toBe(201);
  const a = await agent.request("POST", `/api/v1/procurement-findings/${f.json().id}/actions`, {
    description,
    deadline,
  });
  expect(a.status).toBe(201);
  return a.json().id as string;
}

const overdueNotices = async (agent: Agent) =>
  ((await agent.request("GET", "/api/v1/notifications")).json().items as Json[]).filter(
    (n) => n.kind === "procurement_action_overdue",
  );

describe("overdue corrective actions", () => {
  let t: TestApp;
  let other: DemoSeed;
  beforeAll(async () => {
    t = await createTestApp();
    other = await seedDemo(t.db, t.keyring, {
      name: "Other municipality",
      emailDomain: "other.ariadne.test",
      boundary: false,
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it("tells the procurement officers once of an open action past its deadline, linking the contract, never its text", async () => {
    const officer = await t.signIn("procurement_officer");
    const c = await aContractOf(officer);
    const late = await anActionDue(officer, c.id, "2026-01-10", "Pay slips for every worker");
    const due = await anActionDue(officer, c.id, "2026-01-20", "Written contracts");
    const done = await anActionDue(officer, c.id, "2026-01-09", "Grievance channel");
    expect(
      (await officer.request("PATCH", `/api/v1/procurement-actions/${done}`, { version: 1, status: "done" }))
        .status,
    ).toBe(200);
    const officerB = await t.signIn("procurement_officer", other);
    const cB = await aContractOf(officerB);
    await anActionDue(officerB, cB.id, "2026-01-01", "Other municipality's action");

    const report = await runActionsOverdue(t.db, { config: {} }, t.seed.municipalityId, "2026-01-20");
    expect(report).toEqual({ asOf: "2026-01-20", flagged: 1 });
    const notices = await overdueNotices(officer);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      recordType: "procurement_action",
      recordId: late,
      link: `/procurement/${c.id}`,
      reference: "2026-01-10",
      readAt: null,
    });
    expect(JSON.stringify(notices)).not.toContain("Pay slips");
    // Told once: the next run (or a second process) finds nothing new; the deadline day is not late.
    expect(await runActionsOverdue(t.db, { config: {} }, t.seed.municipalityId, "2026-01-20")).toMatchObject({
      flagged: 0,
    });
    expect(await overdueNotices(officer)).toHaveLength(1);
    expect(due).not.toBe(late);
    // Coordinators are told only where there is no procurement officer; the other municipality's
    // officer hears nothing of this one.
    expect(await overdueNotices(await t.signIn("coordinator"))).toHaveLength(0);
    expect(await overdueNotices(officerB)).toHaveLength(0);
    const audit = await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query<{ record_id: string }>(
        "select record_id from audit_log where action = 'procurement_actions.overdue.flag'",
      ),
    );
    expect(audit.map((a) => a.record_id)).toEqual([late]);
  });

  it("seeds a demo register with risk levels, clauses and a follow-up whose overdue action is flagged", async () => {
    const demo = await seedDemo(t.db, t.keyring, {
      name: "Demo register",
      emailDomain: "register.ariadne.test",
      boundary: false,
    });
    expect(await seedDemoProcurement(t.db, t.keyring, demo.municipalityId, "2026-12-05")).toEqual({
      contracts: 3,
    });
    const officer = await t.signIn("procurement_officer", demo);
    const list = (await officer.request("GET", "/api/v1/procurement-contracts?asOf=2026-12-05")).json();
    const byTitle = new Map<string, Json>(list.items.map((c: Json) => [c.facts.title, c]));
    const cleaning = byTitle.get("Cleaning of schools and day-care centres");
    expect(cleaning).toMatchObject({ overdueActions: 1, openFindings: 1 });
    expect(["high", "very_high"]).toContain(cleaning.screen.level);
    expect(cleaning.clauseIds).toEqual(cleaning.recommendedClauseIds);
    expect(byTitle.get("Legal advice on procurement law").screen.level).toBe("low");
    const detail = (
      await officer.request("GET", `/api/v1/procurement-contracts/${cleaning.id}?asOf=2026-12-05`)
    ).json();
    expect(detail.followUp.findings).toHaveLength(1);
    expect(detail.followUp.actions.map((a: Json) => [a.deadline, a.overdue])).toEqual([
      ["2026-11-25", true],
      ["2026-12-25", false],
    ]);
    expect(await runActionsOverdue(t.db, { config: {} }, demo.municipalityId, "2026-12-05")).toMatchObject({
      flagged: 1,
    });
  });
});

describe("mail, when SMTP is configured", () => {
  it("mails the overdue notice as a link only, and the questionnaire link sealed to the supplier's contact", async () => {
    const smtp = await localSmtp();
    const env = mailingEnv(smtp.port);
    const config = loadConfig(env);
    const t = await createTestApp(env);
    try {
      const officer = await t.signIn("procurement_officer");
      const c = await aContractOf(officer);
      await anActionDue(officer, c.id, "2026-01-10", "Pay slips for every worker");
      await runActionsOverdue(t.db, { config }, t.seed.municipalityId, "2026-01-20");
      // The cleaning contract's main supplier has a contact e-mail; the second supplier has none.
      const { token, link } = await aQuestionnaireLink(officer, c);
      const none = await officer.request("POST", `/api/v1/procurement-contracts/${c.id}/questionnaires`, {
        supplierId: c.facts.suppliers[1].id,
      });
      expect(none.json().mailed).toBe(false);
      // In the database the link is sealed: no row holds the token in clear.
      const rows = await withSystem(t.db, (tx) =>
        tx.query<{ to_address: string; body: string; sealed: boolean; notification_id: string | null }>(
          "select to_address, body, sealed, notification_id from email_outbox order by created_at",
        ),
      );
      expect(rows.map((r) => r.sealed)).toEqual([false, true]);
      expect(rows[1]!.notification_id).toBeNull();
      expect(rows.some((r) => r.body.includes(token))).toBe(false);
      // The supplier's contact is personal data: the address is sealed too.
      expect(rows[1]!.to_address).not.toContain("puhdas");

      expect(await deliverPendingMail(t.db, config.smtp!, { keyring: t.keyring })).toEqual({
        sent: 2,
        failed: 0,
      });
      const toOfficer = smtp.received.find((m) =>
        m.to.includes(t.seed.credentials.procurement_officer.email),
      )!;
      expect(toOfficer.data).toContain(`https://ariadne.example.org/procurement/${c.id}`);
      expect(toOfficer.data).not.toContain("Pay slips");
      const toSupplier = smtp.received.find((m) => m.to.includes("eeva@puhdas.example"))!;
      expect(toSupplier.data).toContain(`https://ariadne.example.org${link}`);
      // Swedish or Finnish as chosen: the test link is in Finnish; it names no contract fact or person.
      expect(toSupplier.data).toContain("Linkki toimii kerran");
      for (const secret of ["Cleaning of schools", "Eeva Esimerkki", "480000", "Staffing Partner"])
        expect(toSupplier.data).not.toContain(secret);
      // Once sent, the sealed body is emptied: the link is in the supplier's mailbox only.
      const after = await withSystem(t.db, (tx) =>
        tx.query<{ body: string; status: string }>("select body, status from email_outbox where sealed"),
      );
      expect(after).toEqual([{ body: "", status: "sent" }]);
    } finally {
      await t.close();
      await smtp.close();
    }
  });

  it("keeps a sealed mail pending when the keyring is not at hand, and never sends the ciphertext", async () => {
    const smtp = await localSmtp();
    const env = mailingEnv(smtp.port);
    const t = await createTestApp(env);
    try {
      const officer = await t.signIn("procurement_officer");
      await aQuestionnaireLink(officer, await aContractOf(officer));
      expect(await deliverPendingMail(t.db, loadConfig(env).smtp!)).toEqual({ sent: 0, failed: 1 });
      expect(smtp.received).toHaveLength(0);
    } finally {
      await t.close();
      await smtp.close();
    }
  });
});
