import { z } from "zod";
import {
  adultAge,
  Coordinates,
  isUnconditional,
  LanguageCode,
  type ServiceFields,
  ServiceGenderSchema,
  ServiceTypeSchema,
} from "./services.ts";

/**
 * Matching (issue 5, item 4): from a case's needs and the person's profile to services ranked
 * with their reasons, and the services left out with the reasons why. Pure and deterministic:
 * the same input in any order gives the same answer, so a professional can trust and explain it.
 */

export const MatchNeeds = z.strictObject({
  types: z.array(ServiceTypeSchema).min(1).max(15),
  /** Leave out services farther than this from the person (needs a place in the profile). */
  maxDistanceKm: z.number().positive().max(20_000).optional(),
  /** Help is needed now: open places or a 24/7 line count for more. */
  urgent: z.boolean().default(false),
});
export type MatchNeeds = z.input<typeof MatchNeeds>;

export const MatchProfile = z.strictObject({
  gender: ServiceGenderSchema.optional(),
  age: z.int().min(0).max(120).optional(),
  languages: z.array(LanguageCode).max(20).default([]),
  place: Coordinates.optional(),
  /** The person has no identification, documents or residence permit (or cannot show them). */
  noDocuments: z.boolean().default(false),
  withChildren: z.boolean().default(false),
  needsWheelchairAccess: z.boolean().default(false),
});
export type MatchProfile = z.input<typeof MatchProfile>;

export const MatchRequest = z.strictObject({ needs: MatchNeeds, profile: MatchProfile });

/** Why a service ranks where it does; `+` codes raise it, the others lower it or inform. */
export type MatchReason =
  | { code: "speaks_language"; languages: string[] }
  | { code: "no_common_language" }
  | { code: "unconditional" }
  | { code: "demands_documents" }
  | { code: "distance"; km: number }
  | { code: "distance_unknown" }
  | { code: "places_available"; available: number }
  | { code: "availability_unknown" }
  | { code: "availability_stale"; days: number }
  | { code: "open_24_7" }
  | { code: "serves_profile" }
  | { code: "free_of_charge" };

/** Why a service was left out; each is a hard requirement the service does not meet. */
export type ExclusionReason =
  | { code: "demands_documents"; demands: ("identification" | "documents" | "residence_permit")[] }
  | { code: "gender_not_served" }
  | { code: "age_not_served"; ageMin: number | null; ageMax: number | null }
  | { code: "minors_not_served" }
  | { code: "families_not_served" }
  | { code: "not_wheelchair_accessible" }
  | { code: "no_places" }
  | { code: "too_far"; km: number };

/** What matching reads of a service. */
export type MatchableService = Pick<
  ServiceFields,
  | "type"
  | "name"
  | "genders"
  | "ageMin"
  | "ageMax"
  | "servesMinors"
  | "servesFamilies"
  | "languages"
  | "wheelchairAccessible"
  | "cost"
  | "requiresIdentification"
  | "requiresDocuments"
  | "requiresResidencePermit"
  | "available"
  | "open24_7"
  | "location"
> & { id: string; archived: boolean; availabilityUpdatedAt: string | null };

export interface RankedService<S> {
  service: S;
  score: number;
  distanceKm: number | null;
  reasons: MatchReason[];
}
export interface ExcludedService<S> {
  service: S;
  reasons: ExclusionReason[];
}
export interface Ranking<S> {
  ranked: RankedService<S>[];
  excluded: ExcludedService<S>[];
}

const earthRadiusKm = 6371.0088; // mean Earth radius (IUGG)

/** Great-circle distance in km by the haversine formula. */
export function haversineKm(a: Coordinates, b: Coordinates): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Availability reported longer ago than this is treated as unknown. */
export const availabilityFreshDays = 7;

const weights = {
  language: 30,
  unconditional: 20,
  placesAvailable: 15,
  availabilityUnknown: 5,
  open24_7Urgent: 15,
  open24_7: 3,
  free: 5,
  nearby: 20, // at the person's door; falls linearly to 0 at `nearbyKm`
} as const;
const nearbyKm = 50;

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Ranks the directory's services of the needed types for one person: hard requirements leave a
 * service out (with reasons); the rest are scored by language, documents demanded, availability,
 * distance, 24/7 and cost, ties broken by distance, name and id. `asOf` dates availability.
 */
export function rankServices<S extends MatchableService>(
  needsInput: MatchNeeds,
  profileInput: MatchProfile,
  services: readonly S[],
  asOf: Date,
): Ranking<S> {
  const needs = MatchNeeds.parse(needsInput);
  const profile = MatchProfile.parse(profileInput);
  const types = new Set(needs.types);
  const ranked: RankedService<S>[] = [];
  const excluded: ExcludedService<S>[] = [];
  for (const service of services) {
    if (service.archived || !types.has(service.type)) continue;
    const distanceKm =
      profile.place && service.location ? round1(haversineKm(profile.place, service.location)) : null;
    const out = exclusionsOf(service, profile, needs, distanceKm);
    if (out.length > 0) excluded.push({ service, reasons: out });
    else ranked.push({ service, distanceKm, ...scoreOf(service, profile, needs, distanceKm, asOf) });
  }
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      (a.distanceKm ?? Number.POSITIVE_INFINITY) - (b.distanceKm ?? Number.POSITIVE_INFINITY) ||
      compareText(a.service.name, b.service.name) ||
      compareText(a.service.id, b.service.id),
  );
  excluded.sort(
    (a, b) => compareText(a.service.name, b.service.name) || compareText(a.service.id, b.service.id),
  );
  return { ranked, excluded };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function exclusionsOf(
  s: MatchableService,
  p: z.output<typeof MatchProfile>,
  needs: z.output<typeof MatchNeeds>,
  distanceKm: number | null,
): ExclusionReason[] {
  const out: ExclusionReason[] = [];
  if (p.noDocuments && !isUnconditional(s)) {
    const demands: ("identification" | "documents" | "residence_permit")[] = [];
    if (s.requiresIdentification) demands.push("identification");
    if (s.requiresDocuments) demands.push("documents");
    if (s.requiresResidencePermit) demands.push("residence_permit");
    out.push({ code: "demands_documents", demands });
  }
  if (p.gender && s.genders.length > 0 && !s.genders.includes(p.gender))
    out.push({ code: "gender_not_served" });
  if (p.age !== undefined) {
    if (p.age < adultAge && !s.servesMinors) out.push({ code: "minors_not_served" });
    else if ((s.ageMin !== null && p.age < s.ageMin) || (s.ageMax !== null && p.age > s.ageMax))
      out.push({ code: "age_not_served", ageMin: s.ageMin, ageMax: s.ageMax });
  }
  if (p.withChildren && !s.servesFamilies) out.push({ code: "families_not_served" });
  if (p.needsWheelchairAccess && !s.wheelchairAccessible) out.push({ code: "not_wheelchair_accessible" });
  if (s.available === 0 && !s.open24_7) out.push({ code: "no_places" });
  if (needs.maxDistanceKm !== undefined && distanceKm !== null && distanceKm > needs.maxDistanceKm)
    out.push({ code: "too_far", km: distanceKm });
  return out;
}

function scoreOf(
  s: MatchableService,
  p: z.output<typeof MatchProfile>,
  needs: z.output<typeof MatchNeeds>,
  distanceKm: number | null,
  asOf: Date,
): { score: number; reasons: MatchReason[] } {
  const reasons: MatchReason[] = [];
  let score = 0;
  const common = p.languages.filter((l) => s.languages.includes(l));
  if (common.length > 0) {
    score += weights.language;
    reasons.push({ code: "speaks_language", languages: common });
  } else if (p.languages.length > 0) reasons.push({ code: "no_common_language" });

  if (isUnconditional(s)) {
    score += weights.unconditional;
    reasons.push({ code: "unconditional" });
  } else reasons.push({ code: "demands_documents" });

  if (s.genders.length > 0 || s.ageMin !== null || s.ageMax !== null || (p.age ?? adultAge) < adultAge)
    reasons.push({ code: "serves_profile" });

  const ageDays = s.availabilityUpdatedAt
    ? Math.floor((asOf.getTime() - Date.parse(s.availabilityUpdatedAt)) / 86_400_000)
    : null;
  if (s.available === null) {
    score += weights.availabilityUnknown;
    reasons.push({ code: "availability_unknown" });
  } else if (ageDays !== null && ageDays > availabilityFreshDays) {
    score += weights.availabilityUnknown;
    reasons.push({ code: "availability_stale", days: ageDays });
  } else if (s.available > 0) {
    score += weights.placesAvailable;
    reasons.push({ code: "places_available", available: s.available });
  }

  if (s.open24_7) {
    score += needs.urgent ? weights.open24_7Urgent : weights.open24_7;
    reasons.push({ code: "open_24_7" });
  }
  if (s.cost === "free") {
    score += weights.free;
    reasons.push({ code: "free_of_charge" });
  }
  if (distanceKm === null) reasons.push({ code: "distance_unknown" });
  else {
    score += Math.round(weights.nearby * Math.max(0, 1 - distanceKm / nearbyKm));
    reasons.push({ code: "distance", km: distanceKm });
  }
  return { score, reasons };
}
