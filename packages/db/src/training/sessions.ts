import type { training } from "@ariadne/domain";
import { iso } from "../admin/rows.ts";
import type { Queryable } from "../connection.ts";

type Row = {
  id: string;
  municipality_id: string;
  course_id: string;
  course_version: number;
  held_on: string;
  format: "classroom" | "online";
  place: string;
  organisation_ids: string[];
  trainer_user_id: string | null;
  trainer_name: string;
  attendees: number | string;
  created_at: Date;
};

const columns = `s.id, s.municipality_id, s.course_id, s.course_version, s.held_on::text as held_on, s.format, s.place,
  array_to_json(s.organisation_ids) as organisation_ids, s.trainer_user_id, s.trainer_name, s.created_at,
  (select count(*) from training_completions c where c.municipality_id = s.municipality_id and c.session_id = s.id)
    as attendees`;

const toSession = (r: Row): training.Session => ({
  id: r.id,
  municipalityId: r.municipality_id,
  courseId: r.course_id,
  courseVersion: r.course_version,
  heldOn: r.held_on,
  format: r.format,
  place: r.place,
  organisationIds: r.organisation_ids,
  trainerUserId: r.trainer_user_id,
  trainerName: r.trainer_name,
  attendees: Number(r.attendees),
  createdAt: iso(r.created_at)!,
});

export async function listSessions(tx: Queryable, municipalityId: string) {
  const rows = await tx.query<Row>(
    `select ${columns} from training_sessions s where s.municipality_id = $1 order by s.held_on desc, s.id`,
    [municipalityId],
  );
  return rows.map(toSession);
}

export async function getSession(tx: Queryable, municipalityId: string, id: string) {
  const [row] = await tx.query<Row>(
    `select ${columns} from training_sessions s where s.municipality_id = $1 and s.id = $2`,
    [municipalityId, id],
  );
  return row ? toSession(row) : null;
}

export async function insertSession(tx: Queryable, s: Omit<training.Session, "attendees" | "createdAt">) {
  await tx.query(
    `insert into training_sessions (id, municipality_id, course_id, course_version, held_on, format, place,
       organisation_ids, trainer_user_id, trainer_name)
     values ($1, $2, $3, $4, $5::date, $6, $7, $8::uuid[], $9, $10)`,
    [
      s.id,
      s.municipalityId,
      s.courseId,
      s.courseVersion,
      s.heldOn,
      s.format,
      s.place,
      `{${s.organisationIds.join(",")}}`,
      s.trainerUserId,
      s.trainerName,
    ],
  );
  return (await getSession(tx, s.municipalityId, s.id))!;
}
