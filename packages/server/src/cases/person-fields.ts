import type { casesDb } from "@ariadne/db";
import type { cases } from "@ariadne/domain";
import type { FieldCipher } from "../crypto/index.ts";

/** A person in the clear, as the team sees it (never stored like this). */
export interface PlainPerson {
  givenName: string | null;
  familyName: string | null;
  aliases: string[];
  dateOfBirth: string | null;
  documentNumbers: string[];
  phone: string | null;
  address: string | null;
  gender: string | null;
  ageBand: string | null;
  citizenship: string | null;
  languages: string[];
  unaccompaniedMinor: boolean;
}

export const emptyPerson: PlainPerson = {
  givenName: null,
  familyName: null,
  aliases: [],
  dateOfBirth: null,
  documentNumbers: [],
  phone: null,
  address: null,
  gender: null,
  ageBand: null,
  citizenship: null,
  languages: [],
  unaccompaniedMinor: false,
};

/** Applies an input: an absent field keeps its value, null clears it. */
export function applyPersonInput(base: PlainPerson, input: cases.PersonInput): PlainPerson {
  const next = { ...base };
  for (const [k, v] of Object.entries(input) as [keyof PlainPerson, unknown][]) {
    if (v === undefined) continue;
    (next as Record<string, unknown>)[k] = v;
  }
  return next;
}

const enc = (c: FieldCipher, field: string, v: string | null) => (v === null ? null : c.encrypt(field, v));
const dec = (c: FieldCipher, field: string, v: string | null) => (v === null ? null : c.decrypt(field, v));
const encList = (c: FieldCipher, field: string, v: string[]) =>
  v.length === 0 ? null : c.encrypt(field, JSON.stringify(v));
const decList = (c: FieldCipher, field: string, v: string | null): string[] =>
  v === null ? [] : (JSON.parse(c.decrypt(field, v)) as string[]);

/** Blind indexes of the identifying fields, for duplicate search without decrypting. */
export function personIndexes(c: FieldCipher, p: PlainPerson) {
  const name = [p.givenName, p.familyName].filter(Boolean).join(" ");
  return {
    name: name ? c.blindIndex("persons.name", name) : null,
    dateOfBirth: p.dateOfBirth ? c.blindIndex("persons.date_of_birth", p.dateOfBirth) : null,
    phone: p.phone ? c.blindIndex("persons.phone", p.phone.replace(/[\s()-]/g, "")) : null,
    documents: p.documentNumbers.map((d) => c.blindIndex("persons.document_number", d.replace(/\s/g, ""))),
  };
}

/** The stored, encrypted form of a person's changeable fields. */
export function encryptPerson(c: FieldCipher, p: PlainPerson): casesDb.PersonFieldsRow {
  const idx = personIndexes(c, p);
  return {
    givenNameEnc: enc(c, "persons.given_name", p.givenName),
    familyNameEnc: enc(c, "persons.family_name", p.familyName),
    dateOfBirthEnc: enc(c, "persons.date_of_birth", p.dateOfBirth),
    aliasesEnc: encList(c, "persons.aliases", p.aliases),
    documentNumbersEnc: encList(c, "persons.document_numbers", p.documentNumbers),
    phoneEnc: enc(c, "persons.phone", p.phone),
    addressEnc: enc(c, "persons.address", p.address),
    nameIndex: idx.name,
    dateOfBirthIndex: idx.dateOfBirth,
    phoneIndex: idx.phone,
    documentIndexes: idx.documents,
    gender: p.gender,
    ageBand: p.ageBand,
    citizenship: p.citizenship,
    languages: p.languages,
    unaccompaniedMinor: p.unaccompaniedMinor,
  };
}

export function decryptPerson(c: FieldCipher, r: casesDb.PersonRow): PlainPerson {
  return {
    givenName: dec(c, "persons.given_name", r.givenNameEnc),
    familyName: dec(c, "persons.family_name", r.familyNameEnc),
    aliases: decList(c, "persons.aliases", r.aliasesEnc),
    dateOfBirth: dec(c, "persons.date_of_birth", r.dateOfBirthEnc),
    documentNumbers: decList(c, "persons.document_numbers", r.documentNumbersEnc),
    phone: dec(c, "persons.phone", r.phoneEnc),
    address: dec(c, "persons.address", r.addressEnc),
    gender: r.gender,
    ageBand: r.ageBand,
    citizenship: r.citizenship,
    languages: r.languages,
    unaccompaniedMinor: r.unaccompaniedMinor,
  };
}

/** Field-by-field differences, for the version history. */
export function personChanges(before: PlainPerson, after: PlainPerson) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const k of Object.keys(after) as (keyof PlainPerson)[]) {
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k]))
      changes[k] = { from: before[k], to: after[k] };
  }
  return changes;
}
