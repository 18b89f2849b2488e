import { casesDb, type Queryable } from "@ariadne/db";
import type { Keyring } from "../crypto/index.ts";
import { decryptPerson, type PlainPerson } from "./person-fields.ts";

/**
 * The person of a case as another module may pass it on (a referral's shared fields): identity and
 * profile in the clear, without aliases or document numbers, which are never shared. The cases module
 * owns the field names the ciphertexts are bound to; callers check access before they call this.
 */
export type PersonForSharing = Omit<PlainPerson, "aliases" | "documentNumbers"> & { caseCode: string };

/** Reads and decrypts the case's person for sharing; null when the person is gone. */
export async function readPersonForSharing(
  tx: Queryable,
  keyring: Pick<Keyring, "cipherFor">,
  municipalityId: string,
  c: Pick<casesDb.CaseAccessRow, "personId" | "caseCode">,
): Promise<PersonForSharing | null> {
  const row = await casesDb.getPerson(tx, municipalityId, c.personId);
  if (!row) return null;
  const {
    aliases: _aliases,
    documentNumbers: _documents,
    ...person
  } = decryptPerson(await keyring.cipherFor(tx, municipalityId), row);
  return { caseCode: c.caseCode, ...person };
}
