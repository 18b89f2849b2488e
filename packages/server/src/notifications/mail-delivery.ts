import { adminDb, type Database, notificationsDb, withSystem, withTenant } from "@ariadne/db";
import nodemailer from "nodemailer";
import type { SmtpConfig } from "../config.ts";

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
 * sending a mail twice; a failure is retried with back-off.
 */
export async function deliverPendingMail(
  db: Database,
  smtp: SmtpConfig,
  batch = 50,
): Promise<DeliveryReport> {
  const transport = transportOf(smtp);
  const report: DeliveryReport = { sent: 0, failed: 0 };
  try {
    const municipalities = await withSystem(db, (tx) => adminDb.listMunicipalities(tx));
    for (const { id: m } of municipalities) {
      await withTenant(db, m, async (tx) => {
        for (const mail of await notificationsDb.claimDueMails(tx, m, batch)) {
          try {
            await transport.sendMail({
              from: smtp.from,
              to: mail.toAddress,
              subject: mail.subject,
              text: mail.body,
            });
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
  intervalMs = 30_000,
  log: (e: unknown) => void = () => {},
) {
  return repeatWithoutOverlap(() => deliverPendingMail(db, smtp), intervalMs, log);
}
