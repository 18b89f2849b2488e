import type { training } from "@ariadne/domain";
import type { Queryable } from "../connection.ts";

type Row = { id: string; media_type: training.LessonImageMediaType; size: number };

export async function insertLessonImage(
  tx: Queryable,
  i: {
    id: string;
    municipalityId: string;
    mediaType: string;
    contentBase64: string;
    size: number;
    createdBy: string | null;
  },
): Promise<training.LessonImage> {
  const [row] = await tx.query<Row>(
    `insert into training_images (id, municipality_id, media_type, content_base64, size, created_by)
     values ($1, $2, $3, $4, $5, $6) returning id, media_type, size`,
    [i.id, i.municipalityId, i.mediaType, i.contentBase64, i.size, i.createdBy],
  );
  return { id: row!.id, mediaType: row!.media_type, size: row!.size };
}

export async function getLessonImage(tx: Queryable, municipalityId: string, id: string) {
  const [row] = await tx.query<Row & { content_base64: string }>(
    "select id, media_type, size, content_base64 from training_images where municipality_id = $1 and id = $2",
    [municipalityId, id],
  );
  return row ? { id: row.id, mediaType: row.media_type, contentBase64: row.content_base64 } : null;
}

/** The ids among `ids` that are images of the municipality. */
export async function existingLessonImageIds(tx: Queryable, municipalityId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await tx.query<{ id: string }>(
    "select id from training_images where municipality_id = $1 and id = any($2::uuid[])",
    [municipalityId, ids],
  );
  return new Set(rows.map((r) => r.id));
}
