import type { training } from "@ariadne/domain";
import type { Queryable } from "../connection.ts";

type Row = {
  id: string;
  municipality_id: string;
  course_id: string;
  course_version: number;
  completed_on: string;
  source: "session" | "self_study";
  session_id: string | null;
  user_id: string | null;
  name_enc: string;
  organisation_id: string | null;
  organisation_name_enc: string;
  actor_id: string | null;
  person_key: string;
  professional_group: training.ProfessionalGroup;
  language: training.CourseLanguage;
};

/** A completion as stored: name and written-out organisation still encrypted. */
export interface CompletionRow {
  id: string;
  municipalityId: string;
  courseId: string;
  courseVersion: number;
  completedOn: string;
  source: "session" | "self_study";
  sessionId: string | null;
  userId: string | null;
  nameEnc: string;
  organisationId: string | null;
  organisationNameEnc: string;
  actorId: string | null;
  personKey: string;
  group: training.ProfessionalGroup;
  language: training.CourseLanguage;
}

const columns = `id, municipality_id, course_id, course_version, completed_on::text as completed_on, source, session_id,
  user_id, name_enc, organisation_id, organisation_name_enc, actor_id, person_key, professional_group, language`;

const toRow = (r: Row): CompletionRow => ({
  id: r.id,
  municipalityId: r.municipality_id,
  courseId: r.course_id,
  courseVersion: r.course_version,
  completedOn: r.completed_on,
  source: r.source,
  sessionId: r.session_id,
  userId: r.user_id,
  nameEnc: r.name_enc,
  organisationId: r.organisation_id,
  organisationNameEnc: r.organisation_name_enc,
  actorId: r.actor_id,
  personKey: r.person_key,
  group: r.professional_group,
  language: r.language,
});

export async function insertCompletion(tx: Queryable, c: CompletionRow & { createdBy: string | null }) {
  await tx.query(
    `insert into training_completions (id, municipality_id, course_id, course_version, completed_on, source,
       session_id, user_id, name_enc, organisation_id, organisation_name_enc, person_key, professional_group,
       language, created_by, actor_id)
     values ($1, $2, $3, $4, $5::date, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
    [
      c.id,
      c.municipalityId,
      c.courseId,
      c.courseVersion,
      c.completedOn,
      c.source,
      c.sessionId,
      c.userId,
      c.nameEnc,
      c.organisationId,
      c.organisationNameEnc,
      c.personKey,
      c.group,
      c.language,
      c.createdBy,
      c.actorId,
    ],
  );
  return c;
}

export async function getCompletion(tx: Queryable, municipalityId: string, id: string) {
  const [row] = await tx.query<Row>(
    `select ${columns} from training_completions where municipality_id = $1 and id = $2`,
    [municipalityId, id],
  );
  return row ? toRow(row) : null;
}

/** For the public verification page only (run as the system): the completion a checked code names. */
export async function findCompletionAnywhere(tx: Queryable, id: string) {
  const [row] = await tx.query<Row>(`select ${columns} from training_completions where id = $1`, [id]);
  return row ? toRow(row) : null;
}

export async function listCompletions(
  tx: Queryable,
  municipalityId: string,
  filter: { sessionId?: string; userId?: string } = {},
) {
  const rows = await tx.query<Row>(
    `select ${columns} from training_completions where municipality_id = $1
       and ($2::uuid is null or session_id = $2) and ($3::uuid is null or user_id = $3)
     order by completed_on, id`,
    [municipalityId, filter.sessionId ?? null, filter.userId ?? null],
  );
  return rows.map(toRow);
}

/** What coverage needs of every completion: no names. */
export async function listCoverageCompletions(tx: Queryable, municipalityId: string) {
  const rows = await tx.query<{
    course_id: string;
    person_key: string;
    organisation_id: string | null;
    actor_id: string | null;
    professional_group: training.ProfessionalGroup;
    completed_on: string;
  }>(
    `select course_id, person_key, organisation_id, actor_id, professional_group, completed_on::text as completed_on
     from training_completions where municipality_id = $1`,
    [municipalityId],
  );
  return rows.map(
    (r): training.CoverageCompletion => ({
      courseId: r.course_id,
      personKey: r.person_key,
      organisationId: r.organisation_id,
      actorId: r.actor_id,
      group: r.professional_group,
      completedOn: r.completed_on,
    }),
  );
}

/**
 * Active users of the municipality whose latest completion of the course is of a version older
 * than `currentVersion`: the learners to tell that it changed. Attendees without an account have
 * no inbox; the course list tells account holders too.
 */
export async function listLearnersOfOlderVersions(
  tx: Queryable,
  municipalityId: string,
  courseId: string,
  currentVersion: number,
) {
  return tx.query<{ id: string; email: string }>(
    `select u.id, u.email from users u
     join (select user_id, max(course_version) as v from training_completions
           where municipality_id = $1 and course_id = $2 and user_id is not null group by user_id) c
       on c.user_id = u.id
     where u.municipality_id = $1 and u.active and c.v < $3
     order by u.id`,
    [municipalityId, courseId, currentVersion],
  );
}

/** Removes a course's completions dated before `cutoff` (YYYY-MM-DD); how many went. */
export async function deleteCompletionsBefore(
  tx: Queryable,
  municipalityId: string,
  courseId: string,
  cutoff: string,
) {
  const rows = await tx.query(
    `delete from training_completions where municipality_id = $1 and course_id = $2 and completed_on < $3::date
     returning id`,
    [municipalityId, courseId, cutoff],
  );
  return rows.length;
}
