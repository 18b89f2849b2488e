import type { trainingDb } from "@ariadne/db";
import { training } from "@ariadne/domain";
import { z } from "zod";
import type { FieldCipher } from "../crypto/index.ts";

export const TrainingAbilities = z.object({ manage: z.boolean(), coverage: z.boolean() });

export const fields = {
  name: "training_completions.name",
  organisationName: "training_completions.organisation_name",
  person: "training_completions.person",
} as const;

export const CourseOut = training.Course.extend({ contentVersion: z.int() });

/** A person counted once across sessions: a keyed blind index of their name and organisation. */
export function personKeyOf(cipher: FieldCipher, name: string, organisation: string): string {
  return cipher.blindIndex(
    fields.person,
    `${name.trim().toLowerCase()}|${organisation.trim().toLowerCase()}`,
  );
}

/** A completion with its personal fields opened and its certificate code. */
export function revealCompletion(
  cipher: FieldCipher,
  row: trainingDb.CompletionRow,
  code: string,
): training.Completion {
  return {
    id: row.id,
    courseId: row.courseId,
    courseVersion: row.courseVersion,
    completedOn: row.completedOn,
    source: row.source,
    sessionId: row.sessionId,
    userId: row.userId,
    name: cipher.decrypt(fields.name, row.nameEnc),
    organisationId: row.organisationId,
    organisationName: cipher.decrypt(fields.organisationName, row.organisationNameEnc),
    actorId: row.actorId,
    group: row.group,
    language: row.language,
    certificateCode: code,
  };
}
