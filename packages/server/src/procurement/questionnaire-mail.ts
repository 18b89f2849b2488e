import { randomUUID } from "node:crypto";
import { adminDb, notificationsDb, type procurementDb, type Queryable } from "@ariadne/db";
import { procurement } from "@ariadne/domain";
import { readerLocale } from "../http/reader-locale.ts";
import { sealedMailFields } from "../notifications/index.ts";
import type { Services } from "../services.ts";
import { withContacts } from "./contracts-service.ts";

/**
 * Puts the questionnaire link in the mail outbox to the supplier's contact, in the sending
 * transaction, when SMTP and the public address are configured and the supplier has a contact
 * e-mail; false otherwise (the officer then passes the link on). Address and body are sealed: the
 * body holds the single-use link, the address is the contact person's, and neither may lie
 * readable in the database.
 */
export async function mailQuestionnaireLink(
  s: Services,
  tx: Queryable,
  m: string,
  contract: procurementDb.ContractRow,
  supplierId: string,
  q: { language: string; link: string; expiresAt: string },
): Promise<boolean> {
  if (!s.config.smtp || !s.config.publicUrl) return false;
  const cipher = await s.keyring.cipherFor(tx, m);
  const to = withContacts(cipher, contract).suppliers.find((x) => x.id === supplierId)?.contactEmail;
  const municipality = await adminDb.getMunicipality(tx, m);
  if (!to || !municipality) return false;
  const mail = procurement.questionnaireEmail(await readerLocale(q.language), {
    municipalityName: municipality.name,
    url: `${s.config.publicUrl}${q.link}`,
    expiresOn: q.expiresAt.slice(0, 10),
  });
  await notificationsDb.insertOutboxMail(tx, m, {
    id: randomUUID(),
    notificationId: null,
    toAddress: cipher.encrypt(sealedMailFields.toAddress, to),
    subject: mail.subject,
    body: cipher.encrypt(sealedMailFields.body, mail.text),
    sealed: true,
  });
  return true;
}
