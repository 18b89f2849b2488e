import type { Queryable } from "../connection.ts";

/** A person row as stored: identity fields are ciphertexts, made and read by the server's keyring. */
export interface PersonInsert {
  id: string;
  municipalityId: string;
  caseCode: string;
  givenNameEnc: string | null;
  familyNameEnc: string | null;
  dateOfBirthEnc: string | null;
  nameIndex: string | null;
  dateOfBirthIndex: string | null;
  gender: string | null;
  ageBand: string | null;
  citizenship: string | null;
  createdBy: string | null;
}

export async function insertPerson(tx: Queryable, p: PersonInsert) {
  await tx.query(
    `insert into persons (id, municipality_id, case_code, given_name_enc, family_name_enc, date_of_birth_enc,
       name_index, date_of_birth_index, gender, age_band, citizenship, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      p.id,
      p.municipalityId,
      p.caseCode,
      p.givenNameEnc,
      p.familyNameEnc,
      p.dateOfBirthEnc,
      p.nameIndex,
      p.dateOfBirthIndex,
      p.gender,
      p.ageBand,
      p.citizenship,
      p.createdBy,
    ],
  );
}

/** Candidate duplicates: same name index or same date-of-birth index, found without decrypting. */
export async function findPersonsByIndex(tx: Queryable, municipalityId: string, nameIndex: string) {
  return tx.query<{ id: string; case_code: string }>(
    "select id, case_code from persons where municipality_id = $1 and name_index = $2",
    [municipalityId, nameIndex],
  );
}
