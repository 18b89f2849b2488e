import { z } from "zod";
import { CalendarDate, multiLineText, singleLineText } from "../common/index.ts";

/**
 * An awareness campaign (guidelines, prevention chapter: "awareness raising, general and targeted;
 * new target groups such as taxi drivers, librarians, health inspectors"). No personal data.
 */
export const campaignTargetGroups = [
  "general_public",
  "taxi_drivers",
  "librarians",
  "health_inspectors",
  "hotel_staff",
  "transport_staff",
  "employers",
  "other",
] as const;
export const CampaignTargetGroup = z.enum(campaignTargetGroups);

const text = (max: number) => singleLineText(max).min(1);
const count = z.int().min(0).max(100_000_000);

/** A material and its version: a leaflet reprinted with new numbers is version 2, not a new material. */
export const CampaignMaterial = z.strictObject({
  title: text(200),
  version: z.int().min(1).max(1000),
  note: multiLineText(500).default(""),
});

export const ReachPoint = z.strictObject({ on: CalendarDate, reached: count });

const campaignShape = {
  title: text(200),
  targetGroups: z.array(CampaignTargetGroup).min(1).max(8),
  channels: z.array(text(100)).max(20),
  languages: z.array(text(60)).max(30),
  materials: z.array(CampaignMaterial).max(50),
  startsOn: CalendarDate,
  endsOn: CalendarDate.nullable(),
  reachPlanned: count,
  /** Reach achieved so far, as counted on each date (a running total per date). */
  reach: z.array(ReachPoint).max(400),
  costEuros: z.number().min(0).max(100_000_000),
  calls: count,
  concernsReported: count,
  referrals: count,
};

const endsAfterStart = (c: { startsOn?: string; endsOn?: string | null }) =>
  !c.startsOn || !c.endsOn || c.endsOn >= c.startsOn;

export const CampaignFields = z
  .strictObject({
    ...campaignShape,
    channels: campaignShape.channels.default([]),
    languages: campaignShape.languages.default([]),
    materials: campaignShape.materials.default([]),
    endsOn: campaignShape.endsOn.default(null),
    reachPlanned: count.default(0),
    reach: campaignShape.reach.default([]),
    costEuros: campaignShape.costEuros.default(0),
    calls: count.default(0),
    concernsReported: count.default(0),
    referrals: count.default(0),
  })
  .refine(endsAfterStart, { message: "must not be before the start", path: ["endsOn"] });
export type CampaignFields = z.infer<typeof CampaignFields>;

export const CampaignUpdate = z
  .strictObject(campaignShape)
  .partial()
  .extend({ version: z.int().min(1) });

export const Campaign = z.object({
  ...campaignShape,
  id: z.uuid(),
  municipalityId: z.uuid(),
  reachAchieved: z.int(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Campaign = z.infer<typeof Campaign>;

/** Reach achieved: the latest count recorded (counts are running totals). */
export function reachAchieved(c: Pick<CampaignFields, "reach">): number {
  const sorted = [...c.reach].sort((a, b) => a.on.localeCompare(b.on));
  return sorted[sorted.length - 1]?.reached ?? 0;
}
