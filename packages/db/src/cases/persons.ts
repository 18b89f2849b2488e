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
  aliasesEnc?: string | null;
  documentNumbersEnc?: string | null;
  phoneEnc?: string | null;
  addressEnc?: string | null;
  documentIndexes?: string[];
  phoneIndex?: string | null;
  languages?: string[];
  unaccompaniedMinor?: boolean;
}

export interface PersonRow extends Required<PersonInsert> {
  version: number;
  anonymisedAt: Date | null;
}

/** The columns a rectification may change (everything but ids, code and bookkeeping). */
export type PersonFieldsRow = Omit<
  PersonRow,
  "id" | "municipalityId" | "caseCode" | "createdBy" | "version" | "anonymisedAt"
>;

export async function insertPerson(tx: Queryable, p: PersonInsert) {
  await tx.query(
    `insert into persons (id, municipality_id, case_code, given_name_enc, family_name_enc, date_of_birth_enc,
       name_index, date_of_birth_index, gender, age_band, citizenship, created_by,
       aliases_enc, document_numbers_enc, phone_enc, address_enc, document_indexes, phone_index, languages,
       unaccompanied_minor)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)`,
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
      p.aliasesEnc ?? null,
      p.documentNumbersEnc ?? null,
      p.phoneEnc ?? null,
      p.addressEnc ?? null,
      p.documentIndexes ?? [],
      p.phoneIndex ?? null,
      p.languages ?? [],
      p.unaccompaniedMinor ?? false,
    ],
  );
}

const personColumns = `id, municipality_id as "municipalityId", case_code as "caseCode",
  given_name_enc as "givenNameEnc", family_name_enc as "familyNameEnc", date_of_birth_enc as "dateOfBirthEnc",
  name_index as "nameIndex", date_of_birth_index as "dateOfBirthIndex", gender, age_band as "ageBand",
  citizenship, created_by as "createdBy", aliases_enc as "aliasesEnc", document_numbers_enc as "documentNumbersEnc",
  phone_enc as "phoneEnc", address_enc as "addressEnc", document_indexes as "documentIndexes",
  phone_index as "phoneIndex", languages, unaccompanied_minor as "unaccompaniedMinor", version,
  anonymised_at as "anonymisedAt"`;

export async function getPerson(
  tx: Queryable,
  municipalityId: string,
  id: string,
): Promise<PersonRow | null> {
  const [row] = await tx.query<PersonRow>(
    `select ${personColumns} from persons where municipality_id = $1 and id = $2`,
    [municipalityId, id],
  );
  return row ?? null;
}

/** Writes all changeable fields if the version still matches; null when someone else was first. */
export async function updatePerson(
  tx: Queryable,
  municipalityId: string,
  id: string,
  version: number,
  f: PersonFieldsRow,
): Promise<PersonRow | null> {
  const [row] = await tx.query<PersonRow>(
    `update persons set given_name_enc = $4, family_name_enc = $5, date_of_birth_enc = $6, name_index = $7,
       date_of_birth_index = $8, gender = $9, age_band = $10, citizenship = $11, aliases_enc = $12,
       document_numbers_enc = $13, phone_enc = $14, address_enc = $15, document_indexes = $16, phone_index = $17,
       languages = $18, unaccompanied_minor = $19, version = version + 1, updated_at = now()
     where municipality_id = $1 and id = $2 and version = $3
     returning ${personColumns}`,
    [
      municipalityId,
      id,
      version,
      f.givenNameEnc,
      f.familyNameEnc,
      f.dateOfBirthEnc,
      f.nameIndex,
      f.dateOfBirthIndex,
      f.gender,
      f.ageBand,
      f.citizenship,
      f.aliasesEnc,
      f.documentNumbersEnc,
      f.phoneEnc,
      f.addressEnc,
      f.documentIndexes,
      f.phoneIndex,
      f.languages,
      f.unaccompaniedMinor,
    ],
  );
  return row ?? null;
}

/** Candidate duplicates: same name index or same date-of-birth index, found without decrypting. */
export async function findPersonsByIndex(tx: Queryable, municipalityId: string, nameIndex: string) {
  return tx.query<{ id: string; case_code: string }>(
    "select id, case_code from persons where municipality_id = $1 and name_index = $2",
    [municipalityId, nameIndex],
  );
}

export interface IndexMatchRow {
  personId: string;
  caseId: string;
  caseCode: string;
  ownerOrganisationId: string;
  name: string | null;
  dateOfBirth: string | null;
  phone: string | null;
  documentNumbers: string[];
}

/**
 * Persons with a case that share any blind index with the given ones, other than `exceptPersonId`;
 * merged-away and anonymised cases are left out. Found without decrypting anything.
 */
export async function findIndexMatches(
  tx: Queryable,
  municipalityId: string,
  idx: { name: string | null; dateOfBirth: string | null; phone: string | null; documents: string[] },
  exceptPersonId: string | null,
): Promise<IndexMatchRow[]> {
  return tx.query<IndexMatchRow>(
    `select p.id as "personId", c.id as "caseId", p.case_code as "caseCode",
       c.owner_organisation_id as "ownerOrganisationId", p.name_index as name,
       p.date_of_birth_index as "dateOfBirth", p.phone_index as phone, p.document_indexes as "documentNumbers"
     from persons p join cases c on c.municipality_id = p.municipality_id and c.person_id = p.id
     where p.municipality_id = $1 and p.id is distinct from $2 and c.merged_into_case_id is null
       and p.anonymised_at is null
       and ((p.name_index = $3) or (p.date_of_birth_index = $4) or (p.phone_index = $5)
            or (p.document_indexes && $6::text[]))
     limit 50`,
    [municipalityId, exceptPersonId, idx.name, idx.dateOfBirth, idx.phone, idx.documents],
  );
}

/** Removes every identifying field; the coded fields stay for statistics. */
export async function anonymisePerson(tx: Queryable, municipalityId: string, id: string): Promise<void> {
  await tx.query(
    `update persons set given_name_enc = null, family_name_enc = null, date_of_birth_enc = null,
       name_index = null, date_of_birth_index = null, aliases_enc = null, document_numbers_enc = null,
       phone_enc = null, address_enc = null, document_indexes = '{}', phone_index = null,
       anonymised_at = now(), updated_at = now(), version = version + 1
     where municipality_id = $1 and id = $2`,
    [municipalityId, id],
  );
}
