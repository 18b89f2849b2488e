import { withTenant } from "@ariadne/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { aReferralToTheShelter } from "../referral/referrals-testing.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { deliverPendingMail } from "./mail-delivery.ts";
import { localSmtp, mailingEnv } from "./testing.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe("notifications", () => {
  it("puts a new referral in the receiving organisation's inbox, and marks it read", async () => {
    const f = await aReferralToTheShelter(t);
    const inbox = (await f.provider.request("GET", "/api/v1/notifications")).json();
    const n = inbox.items.find((i: { recordId: string }) => i.recordId === f.referral.id);
    expect(n).toMatchObject({ kind: "referral_received", reference: f.referral.reference, readAt: null });
    const read = await f.provider.request("POST", `/api/v1/notifications/${n.id}/read`, {});
    expect(read.status).toBe(204);
    const after = (await f.provider.request("GET", "/api/v1/notifications")).json();
    expect(after.unread).toBe(inbox.unread - 1);
    // Someone else's notification does not exist for you.
    expect((await f.frontline.request("POST", `/api/v1/notifications/${n.id}/read`, {})).status).toBe(404);
  });

  it("holds no personal data in a notification", async () => {
    const f = await aReferralToTheShelter(t, { fields: ["givenName", "familyName", "phone"] });
    const res = await f.provider.request("GET", "/api/v1/notifications");
    expect(res.body).not.toContain("Marija");
    expect(res.body).not.toContain("Petrauskaite");
  });

  it("delivers the outbox over SMTP as a link only, once", async () => {
    const smtp = await localSmtp();
    try {
      const env = mailingEnv(smtp.port);
      const config = loadConfig(env);
      // The app with mail configured: the outbox fills in the referral's own transaction.
      const mailing = await createTestApp(env);
      try {
        const f = await aReferralToTheShelter(mailing, { fields: ["givenName", "familyName", "phone"] });
        const report = await deliverPendingMail(mailing.db, config.smtp!);
        expect(report).toEqual({ sent: 1, failed: 0 });
        expect(smtp.received).toHaveLength(1);
        const mail = smtp.received[0]!;
        expect(mail.to).toEqual([mailing.seed.credentials.service_provider.email]);
        expect(mail.data).toContain(`https://ariadne.example.org/referrals/inbox/${f.referral.id}`);
        for (const personal of ["Marija", "Petrauskaite", "+358"]) expect(mail.data).not.toContain(personal);
        expect(await deliverPendingMail(mailing.db, config.smtp!)).toEqual({ sent: 0, failed: 0 });
        const [row] = await withTenant(mailing.db, mailing.seed.municipalityId, (tx) =>
          tx.query<{ status: string }>("select status from email_outbox"),
        );
        expect(row?.status).toBe("sent");
      } finally {
        await mailing.close();
      }
    } finally {
      await smtp.close();
    }
  });

  it("writes a mail in the recipient's own language, else their municipality's (issue 18)", async () => {
    const env = mailingEnv(1);
    const mailing = await createTestApp(env);
    try {
      const subjects = async () =>
        (
          await withTenant(mailing.db, mailing.seed.municipalityId, (tx) =>
            tx.query<{ subject: string }>("select subject from email_outbox order by created_at, id"),
          )
        ).map((r) => r.subject);
      const provider = await mailing.signIn("service_provider");
      const coordinator = await mailing.signIn("coordinator");
      expect((await provider.request("PUT", "/api/v1/auth/locale", { locale: "et" })).status).toBe(200);
      await aReferralToTheShelter(mailing);
      expect(await subjects()).toEqual(["Ariadne: uus suunamine teie organisatsioonile"]);
      // Without a choice of their own, the municipality's default language.
      await provider.request("PUT", "/api/v1/auth/locale", { locale: null });
      expect((await coordinator.request("PUT", "/api/v1/municipality/locale", { locale: "pl" })).status).toBe(
        200,
      );
      await aReferralToTheShelter(mailing);
      expect((await subjects())[1]).toBe("Ariadne: nowe skierowanie do organizacji");
    } finally {
      await mailing.close();
    }
  });

  it("keeps a mail pending with its error when the SMTP server is down", async () => {
    const env = { SMTP_HOST: "127.0.0.1", SMTP_PORT: "1", SMTP_FROM: "ariadne@example.org" };
    const config = loadConfig(env);
    const mailing = await createTestApp(env);
    try {
      await aReferralToTheShelter(mailing);
      expect(await deliverPendingMail(mailing.db, config.smtp!)).toEqual({ sent: 0, failed: 1 });
      const [row] = await withTenant(mailing.db, mailing.seed.municipalityId, (tx) =>
        tx.query<{ status: string; attempts: number; last_error: string }>(
          "select status, attempts, last_error from email_outbox",
        ),
      );
      expect(row).toMatchObject({ status: "pending", attempts: 1 });
      expect(row?.last_error).toBeTruthy();
    } finally {
      await mailing.close();
    }
  });

  it("names the wrong SMTP setting at boot", () => {
    expect(() => loadConfig({ SMTP_HOST: "mail.example.org" })).toThrow(/SMTP_FROM/);
    expect(() => loadConfig({ SMTP_URL: "http://mail", SMTP_FROM: "a@example.org" })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ SMTP_HOST: "h", SMTP_FROM: "a@example.org", SMTP_USER: "u" })).toThrow(
      /SMTP_PASSWORD/,
    );
    expect(() => loadConfig({ SMTP_PORT: "25" })).toThrow(/SMTP_HOST/);
    expect(loadConfig({}).smtp).toBeNull();
  });
});
