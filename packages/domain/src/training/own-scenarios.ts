import { z } from "zod";
import { multiLineText } from "../common/index.ts";
import { catalogueFor, profileIds } from "../screening/index.ts";
import { CourseLanguage } from "./course.ts";
import { type Scenario, scenarioSectors } from "./scenarios/index.ts";

const catalogue = catalogueFor("catalogue-v2");
const indicatorById = new Map(catalogue.indicators.map((i) => [i.id, i]));

/** Whether an indicator of the catalogue may be a fact of a situation with these profiles. */
export function indicatorFits(id: string, profiles: readonly string[]): boolean {
  const i = indicatorById.get(id);
  return i !== undefined && (i.kind !== "ilo" || profiles.includes(i.profile));
}

/** An indicator id written as the catalogue writes them (`alx.dec.08`). */
const IndicatorId = z.string().regex(/^[a-z0-9]+(\.[a-z0-9]+)+$/, "an indicator id of the catalogue");

/**
 * A scenario a trainer writes: a situation in a few lines, in the course's language, and its facts
 * as indicator ids of the catalogue (shown, or ruled out by the person). It holds no answer: the
 * screening engine's evaluation of the same facts is the key, as for the library's scenarios.
 * Once saved it is not changed (courses and completions rest on it); a trainer writes a new one.
 */
export const OwnScenarioCreate = z
  .strictObject({
    language: CourseLanguage,
    situation: multiLineText(1200).min(1),
    sector: z.enum(scenarioSectors),
    child: z.boolean().default(false),
    beganVoluntarily: z.boolean().default(false),
    profiles: z.array(z.enum(profileIds)).min(1).max(4),
    present: z.array(IndicatorId).max(30),
    absent: z.array(IndicatorId).max(30).default([]),
  })
  .superRefine((v, ctx) => {
    // Without a list chosen, that is the one error: no fact is judged against no list.
    if (v.profiles.length === 0) return;
    for (const field of ["present", "absent"] as const)
      v[field].forEach((id, i) => {
        if (!indicatorById.has(id))
          ctx.addIssue({ code: "custom", path: [field, i], message: "no such indicator in the catalogue" });
        else if (!indicatorFits(id, v.profiles))
          ctx.addIssue({ code: "custom", path: [field, i], message: "the indicator is of another list" });
      });
    v.absent.forEach((id, i) => {
      if (v.present.includes(id))
        ctx.addIssue({ code: "custom", path: ["absent", i], message: "shown and ruled out at once" });
    });
  });
export type OwnScenarioCreate = z.infer<typeof OwnScenarioCreate>;

export const OwnScenario = z.object({
  id: z.uuid(),
  content: z.object({
    language: CourseLanguage,
    situation: z.string(),
    sector: z.enum(scenarioSectors),
    child: z.boolean(),
    beganVoluntarily: z.boolean(),
    profiles: z.array(z.enum(profileIds)),
    present: z.array(z.string()),
    absent: z.array(z.string()),
  }),
  archived: z.boolean(),
  createdAt: z.string(),
});
export type OwnScenario = z.infer<typeof OwnScenario>;

/** A trainer's scenario as an exercise: its one text stands for every reader's language. */
export function scenarioOf(own: Pick<OwnScenario, "id" | "content">): Scenario {
  const c = own.content;
  return {
    id: own.id,
    sector: c.sector,
    child: c.child,
    beganVoluntarily: c.beganVoluntarily,
    profiles: [...c.profiles],
    present: [...c.present],
    absent: [...c.absent],
    situation: { en: c.situation, fi: c.situation, sv: c.situation },
    language: c.language,
  };
}

/** A scenario as the API sends it with a course (library or own). */
export const ScenarioSchema = z.object({
  id: z.string(),
  sector: z.enum(scenarioSectors),
  child: z.boolean(),
  beganVoluntarily: z.boolean(),
  profiles: z.array(z.enum(profileIds)),
  present: z.array(z.string()),
  absent: z.array(z.string()),
  situation: z.object({ en: z.string(), fi: z.string(), sv: z.string() }),
  /** An own scenario's language (its one text stands in every key of `situation`); none for the library's. */
  language: CourseLanguage.optional(),
});

export const OwnScenarioUpdate = z.strictObject({ archived: z.boolean() });
