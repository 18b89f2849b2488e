import type { referral } from "@ariadne/domain";
import { iso } from "../admin/rows.ts";
import type { Queryable } from "../connection.ts";

export interface StoredScheme {
  steps: referral.SchemeStep[];
  version: number;
  updatedAt: string | null;
}

/** The municipality's scheme of assistance in the pathway's order; version 0 before the first edit. */
export async function getScheme(tx: Queryable, municipalityId: string): Promise<StoredScheme> {
  const [head] = await tx.query<{ version: number; updated_at: Date }>(
    "select version, updated_at from scheme_of_assistance where municipality_id = $1",
    [municipalityId],
  );
  const rows = await tx.query<{
    stage: referral.SchemeStage;
    organisation_id: string | null;
    contact_point: string;
    response_hours: number;
    description: string;
  }>(
    `select stage, organisation_id, contact_point, response_hours, description
     from scheme_steps where municipality_id = $1
     order by array_position(array['first_contact_safety', 'needs_assessment', 'accommodation', 'health',
       'legal_status_rights', 'long_term_support', 'closure_or_return'], stage)`,
    [municipalityId],
  );
  return {
    steps: rows.map((r) => ({
      stage: r.stage,
      organisationId: r.organisation_id,
      contactPoint: r.contact_point,
      responseHours: r.response_hours,
      description: r.description,
    })),
    version: head?.version ?? 0,
    updatedAt: head ? iso(head.updated_at) : null,
  };
}

/** Replaces the scheme's steps if the version still matches; false when someone else was first. */
export async function replaceScheme(
  tx: Queryable,
  municipalityId: string,
  steps: readonly referral.SchemeStep[],
  version: number,
  by: string | null,
): Promise<boolean> {
  const bumped =
    version === 0
      ? await tx.query(
          `insert into scheme_of_assistance (municipality_id, version, updated_by) values ($1, 1, $2)
           on conflict (municipality_id) do nothing returning version`,
          [municipalityId, by],
        )
      : await tx.query(
          `update scheme_of_assistance set version = version + 1, updated_by = $3, updated_at = now()
           where municipality_id = $1 and version = $2 returning version`,
          [municipalityId, version, by],
        );
  if (bumped.length !== 1) return false;
  await tx.query("delete from scheme_steps where municipality_id = $1", [municipalityId]);
  for (const s of steps) {
    await tx.query(
      `insert into scheme_steps (municipality_id, stage, organisation_id, contact_point, response_hours, description)
       values ($1, $2, $3, $4, $5, $6)`,
      [municipalityId, s.stage, s.organisationId, s.contactPoint, s.responseHours, s.description],
    );
  }
  return true;
}
