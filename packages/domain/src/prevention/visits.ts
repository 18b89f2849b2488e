import { z } from "zod";
import { CalendarDate, multiLineText, singleLineText } from "../common/index.ts";
import { PlaceGeometry } from "../mapping/geojson.ts";
import { VulnerableGroupKindSchema } from "../mapping/schemas.ts";

/**
 * An outreach visit (guidelines, prevention chapter: "outreach to populations at risk" where they
 * are): planned with a place, team, date, languages and materials; logged in the field with the
 * people met as counts by group (no names), conversations, materials handed out, concerns,
 * screenings started and referrals that followed. Every field is mergeable on its own
 * (`mergeVisit`), so two devices editing one visit lose nothing.
 */
export const visitStatuses = ["planned", "done", "cancelled"] as const;
export const VisitStatus = z.enum(visitStatuses);
export type VisitStatus = z.infer<typeof VisitStatus>;

const text = (max: number) => singleLineText(max).min(1);
const count = z.int().min(0).max(100_000);

/** People met, counted by vulnerable group (the local map's vocabulary); never names. */
export const PeopleMet = z.partialRecord(VulnerableGroupKindSchema, count);
export type PeopleMet = z.infer<typeof PeopleMet>;

// The fields without defaults: a change (`VisitUpdate`) names only what it changes.
const visitShape = {
  title: text(200),
  status: VisitStatus,
  plannedOn: CalendarDate,
  /** A place of the local map (a location or outreach entry), or none when `point` is a new point. */
  placeEntryId: z.uuid().nullable(),
  point: PlaceGeometry.nullable(),
  team: z.array(text(120)).max(20),
  languages: z.array(text(60)).max(20),
  materialsPlanned: z.array(text(200)).max(30),
  visitedOn: CalendarDate.nullable(),
  peopleMet: PeopleMet,
  conversations: count,
  materialsHandedOut: count,
  screeningsStarted: count,
  referralsFollowed: count,
  /** Signals seen at the place (no personal data): they feed the local map's evidence. */
  signals: z.array(text(500)).max(50),
  /** Concerns and notes may name or describe a person: stored encrypted. */
  concerns: multiLineText(4000),
  notes: multiLineText(4000),
};

export const VisitFields = z.strictObject({
  ...visitShape,
  status: visitShape.status.default("planned"),
  placeEntryId: visitShape.placeEntryId.default(null),
  point: visitShape.point.default(null),
  team: visitShape.team.default([]),
  languages: visitShape.languages.default([]),
  materialsPlanned: visitShape.materialsPlanned.default([]),
  visitedOn: visitShape.visitedOn.default(null),
  peopleMet: visitShape.peopleMet.default({}),
  conversations: count.default(0),
  materialsHandedOut: count.default(0),
  screeningsStarted: count.default(0),
  referralsFollowed: count.default(0),
  signals: visitShape.signals.default([]),
  concerns: visitShape.concerns.default(""),
  notes: visitShape.notes.default(""),
});
export type VisitFields = z.infer<typeof VisitFields>;

/** A new visit; the device may choose its id so that a visit created offline keeps it when sent. */
export const VisitCreate = VisitFields.extend({ id: z.uuid().optional() });
export type VisitCreate = z.infer<typeof VisitCreate>;

/** A change: the fields that changed and the version the device last saw (optimistic locking). */
export const VisitUpdate = z
  .strictObject(visitShape)
  .partial()
  .extend({ version: z.int().min(1) });
export type VisitUpdate = z.infer<typeof VisitUpdate>;

export const Visit = VisitFields.extend({
  id: z.uuid(),
  municipalityId: z.uuid(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Visit = z.infer<typeof Visit>;

/** The fields a visit carries, in form order: what merge and the conflict screen walk. */
export const visitFieldNames = Object.keys(VisitFields.shape) as (keyof VisitFields)[];

/** How many people the visit met, over every group. */
export function peopleMetTotal(visit: Pick<VisitFields, "peopleMet">): number {
  return Object.values(visit.peopleMet).reduce<number>((sum, n) => sum + (n ?? 0), 0);
}

/** The mergeable part of a stored visit (drops id, version and timestamps). */
export function visitFieldsOf(v: Visit): VisitFields {
  const { id: _i, municipalityId: _m, version: _v, createdAt: _c, updatedAt: _u, ...fields } = v;
  return fields;
}
