import { adminDb, type Database, notificationsDb, withSystem, withTenant } from "@ariadne/db";
import nodemailer from "nodemailer";
import type { SmtpConfig } from "../config.ts";
import type { Keyring } from "../crypto/index.ts";

/** The field names a sealed outbox mail's address and body are encrypted under (migrations 0080, 0081). */
export const sealedMailFields = { toAddress: "email_outbox.to_address", body: "email_outbox.body" } as const;

/** After this many failed attempts a mail is given up (status failed), with its last error kept. */
export const maxMailAttempts = 6;

export interface DeliveryReport {
  sent: number;
  failed: number;
}

function transportOf(smtp: SmtpConfig) {
  const auth = smtp.user && smtp.password ? { user: smtp.user, pass: smtp.password } : undefined;
  return smtp.url
    ? nodemailer.createTransport(smtp.url)
    : nodemailer.createTransport({
        host: smtp.host!,
        port: smtp.port,
        secure: smtp.secure,
        ...(auth ? { auth } : {}),
      });
}

/**
 * Delivers due outbox mails of every municipality over SMTP. Each mail is claimed in its own
 * transaction with `skip locked`, so several server processes deliver side by side without
 * sending a mail twice; a failure is retried with back-off. A sealed mail (a supplier's single-use
 * link and their contact's address) is opened with the municipality's data key only to send it.
 */
export async function deliverPendingMail(
  db: Database,
  smtp: SmtpConfig,
  options: { batch?: number; keyring?: Keyring } = {},
): Promise<DeliveryReport> {
  const batch = options.batch ?? 50;
  const transport = transportOf(smtp);
  const report: DeliveryReport = { sent: 0, failed: 0 };
  try {
    const municipalities = await withSystem(db, (tx) => adminDb.listMunicipalities(tx));
    for (const { id: m } of municipalities) {
      await withTenant(db, m, async (tx) => {
        for (const mail of await notificationsDb.claimDueMails(tx, m, batch)) {
          try {
            if (mail.sealed && !options.keyring) throw new Error("a sealed mail needs the keyring");
            const cipher = mail.sealed && options.keyring ? await options.keyring.cipherFor(tx, m) : null;
            const to = cipher ? cipher.decrypt(sealedMailFields.toAddress, mail.toAddress) : mail.toAddress;
            const text = cipher ? cipher.decrypt(sealedMailFields.body, mail.body) : mail.body;
            await transport.sendMail({ from: smtp.from, to, subject: mail.subject, text });
            await notificationsDb.markMailSent(tx, m, mail.id);
            report.sent++;
          } catch (e) {
            await notificationsDb.markMailFailed(
              tx,
              m,
              mail.id,
              e instanceof Error ? e.message : "failed",
              maxMailAttempts,
            );
            report.failed++;
          }
        }
      });
    }
  } finally {
    transport.close();
  }
  return report;
}

/**
 * Runs `run` every `intervalMs` until the returned function stops it; a run never overlaps the
 * previous one, and a failure goes to `log` without stopping the next.
 */
export function repeatWithoutOverlap(
  run: () => Promise<unknown>,
  intervalMs: number,
  log: (e: unknown) => void,
): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    run()
      .catch(log)
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** Runs delivery every `intervalMs` until stopped; a run never overlaps the previous one. */
export function startMailDelivery(
  db: Database,
  smtp: SmtpConfig,
  keyring: Keyring,
  intervalMs = 30_000,
  log: (e: unknown) => void = () => {},
) {
  return repeatWithoutOverlap(() => deliverPendingMail(db, smtp, { keyring }), intervalMs, log);
}
