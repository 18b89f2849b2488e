import type { training } from "@ariadne/domain";
import { iso } from "../admin/rows.ts";
import type { Queryable } from "../connection.ts";

type Row = {
  id: string;
  municipality_id: string;
  content: training.CourseContent;
  content_version: number;
  archived: boolean;
  version: number;
  updated_at: Date;
};

export type StoredCourse = training.Course & { contentVersion: number };

const columns = "id, municipality_id, content, content_version, archived, version, updated_at";

const toCourse = (r: Row): StoredCourse => ({
  id: r.id,
  municipalityId: r.municipality_id,
  content: r.content,
  contentVersion: r.content_version,
  archived: r.archived,
  version: r.version,
  updatedAt: iso(r.updated_at)!,
});

export async function listCourses(tx: Queryable, municipalityId: string, includeArchived = false) {
  const rows = await tx.query<Row>(
    `select ${columns} from training_courses where municipality_id = $1 and ($2 or not archived)
     order by created_at, id`,
    [municipalityId, includeArchived],
  );
  return rows.map(toCourse);
}

export async function getCourse(tx: Queryable, municipalityId: string, id: string) {
  const [row] = await tx.query<Row>(
    `select ${columns} from training_courses where municipality_id = $1 and id = $2`,
    [municipalityId, id],
  );
  return row ? toCourse(row) : null;
}

export async function insertCourse(
  tx: Queryable,
  c: { id: string; municipalityId: string; content: training.CourseContent; createdBy: string | null },
) {
  const [row] = await tx.query<Row>(
    `insert into training_courses (id, municipality_id, content, created_by) values ($1, $2, $3::jsonb, $4)
     returning ${columns}`,
    [c.id, c.municipalityId, JSON.stringify(c.content), c.createdBy],
  );
  return toCourse(row!);
}

/** Optimistic locking: null when `version` is no longer current. A content change raises its version. */
export async function updateCourse(
  tx: Queryable,
  municipalityId: string,
  id: string,
  version: number,
  next: { content: training.CourseContent; contentChanged: boolean; archived: boolean },
) {
  const [row] = await tx.query<Row>(
    `update training_courses set content = $4::jsonb, content_version = content_version + $5::int,
       archived = $6, version = version + 1, updated_at = now()
     where municipality_id = $1 and id = $2 and version = $3 returning ${columns}`,
    [municipalityId, id, version, JSON.stringify(next.content), next.contentChanged ? 1 : 0, next.archived],
  );
  return row ? toCourse(row) : null;
}
