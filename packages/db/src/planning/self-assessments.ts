import type { planning } from "@ariadne/domain";
import { iso } from "../admin/rows.ts";
import type { Queryable } from "../connection.ts";

type Row = {
  id: string;
  municipality_id: string;
  assessed_on: string;
  answers: planning.Answers;
  note: string;
  version: number;
  created_at: Date;
  updated_at: Date;
};

/** A self-assessment as stored; maturity and proposed action points are computed from the answers. */
export type StoredSelfAssessment = Omit<planning.SelfAssessment, "maturity" | "proposedActionPoints">;

const columns =
  "id, municipality_id, assessed_on::text as assessed_on, answers, note, version, created_at, updated_at";

const toSelfAssessment = (r: Row): StoredSelfAssessment => ({
  id: r.id,
  municipalityId: r.municipality_id,
  assessedOn: r.assessed_on,
  answers: r.answers,
  note: r.note,
  version: r.version,
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
});

/** Oldest first: the history a maturity chart draws. */
export async function listSelfAssessments(tx: Queryable, municipalityId: string) {
  const rows = await tx.query<Row>(
    `select ${columns} from self_assessments where municipality_id = $1 order by assessed_on, created_at, id`,
    [municipalityId],
  );
  return rows.map(toSelfAssessment);
}

export async function getSelfAssessment(tx: Queryable, municipalityId: string, id: string) {
  const [row] = await tx.query<Row>(
    `select ${columns} from self_assessments where municipality_id = $1 and id = $2`,
    [municipalityId, id],
  );
  return row ? toSelfAssessment(row) : null;
}

export async function insertSelfAssessment(
  tx: Queryable,
  a: {
    id: string;
    municipalityId: string;
    createdBy: string;
    assessedOn: string;
    answers: planning.Answers;
    note: string;
  },
) {
  const [row] = await tx.query<Row>(
    `insert into self_assessments (id, municipality_id, assessed_on, answers, note, created_by)
     values ($1, $2, $3::date, $4::jsonb, $5, $6) returning ${columns}`,
    [a.id, a.municipalityId, a.assessedOn, JSON.stringify(a.answers), a.note, a.createdBy],
  );
  return toSelfAssessment(row!);
}

/** Optimistic locking: returns null when `version` is no longer current. */
export async function updateSelfAssessment(
  tx: Queryable,
  municipalityId: string,
  id: string,
  version: number,
  next: { assessedOn: string; answers: planning.Answers; note: string },
) {
  const [row] = await tx.query<Row>(
    `update self_assessments set assessed_on = $4::date, answers = $5::jsonb, note = $6, version = version + 1,
       updated_at = now()
     where municipality_id = $1 and id = $2 and version = $3 returning ${columns}`,
    [municipalityId, id, version, next.assessedOn, JSON.stringify(next.answers), next.note],
  );
  return row ? toSelfAssessment(row) : null;
}
