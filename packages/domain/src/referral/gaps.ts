import { z } from "zod";
import {
  LanguageCode,
  type ServiceFields,
  type ServiceGroup,
  ServiceGroupSchema,
  type ServiceType,
  ServiceTypeSchema,
  servesGroup,
  serviceGroups,
  serviceTypes,
} from "./services.ts";

/**
 * Gaps (issue 5, item 2): the needs — service type × group × language — that no active service
 * of the area meets, so the municipality sees where its scheme of assistance falls short.
 */

/** Languages checked when none are asked for: Finland's national languages, English, and a
 *  starting list of other languages; the coordinator chooses the languages of the local groups. */
export const defaultGapLanguages = ["fi", "sv", "en", "ru", "uk", "et", "ro", "vi", "th", "ar"] as const;

export const GapQuery = z.strictObject({
  types: z
    .array(ServiceTypeSchema)
    .max(serviceTypes.length)
    .default([...serviceTypes]),
  groups: z
    .array(ServiceGroupSchema)
    .max(serviceGroups.length)
    .default([...serviceGroups]),
  languages: z
    .array(LanguageCode)
    .min(1)
    .max(40)
    .default([...defaultGapLanguages]),
});
export type GapQuery = z.input<typeof GapQuery>;

export interface Gap {
  type: ServiceType;
  group: ServiceGroup;
  language: string;
  /** Services of this type that serve the group in some other language. */
  servedInOtherLanguages: number;
}

export interface GapReport {
  checked: number;
  gaps: Gap[];
}

type GapService = Pick<
  ServiceFields,
  "type" | "languages" | "genders" | "ageMin" | "ageMax" | "servesMinors" | "servesFamilies"
> & { archived: boolean };

/** Each need of the query that no active service meets, in the query's order. */
export function findGaps(services: readonly GapService[], queryInput: GapQuery = {}): GapReport {
  const query = GapQuery.parse(queryInput);
  const active = services.filter((s) => !s.archived);
  const gaps: Gap[] = [];
  let checked = 0;
  for (const type of query.types) {
    const ofType = active.filter((s) => s.type === type);
    for (const group of query.groups) {
      const serving = ofType.filter((s) => servesGroup(s, group));
      const spoken = new Set(serving.flatMap((s) => s.languages));
      for (const language of query.languages) {
        checked++;
        if (!spoken.has(language))
          gaps.push({ type, group, language, servedInOtherLanguages: serving.length });
      }
    }
  }
  return { checked, gaps };
}
