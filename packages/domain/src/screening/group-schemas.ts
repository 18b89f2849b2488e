import { z } from "zod";
import { multiLineText, singleLineText } from "../common/index.ts";
import { questionIds } from "./group.ts";
import {
  BarrierIdSchema,
  CalendarDate,
  ObservationStatusSchema,
  ProfileIdSchema,
  ScreeningInput,
  ScreeningResult,
} from "./schemas.ts";
import { barrierIds, catalogueVersions, profileIds } from "./types.ts";

/** Shared by `POST /api/v1/screenings/evaluate-group` and `ariadne screen --group`. */

export const GroupAnswerSchema = z.strictObject({
  question: singleLineText(120, { trim: false }).min(3),
  status: ObservationStatusSchema,
  observedAt: CalendarDate,
  source: singleLineText(200).min(1).optional(),
  note: multiLineText(2000).optional(),
});

const GroupMemberSchema = z.strictObject({
  ref: singleLineText(60).min(1),
  child: z.boolean(),
  profiles: z.array(ProfileIdSchema).min(1).max(profileIds.length).optional(),
  answers: z.array(GroupAnswerSchema).max(1000),
  barriers: z.array(BarrierIdSchema).max(barrierIds.length).optional(),
});

function checkAnswers(
  answers: readonly { question: string; observedAt: string }[],
  known: ReadonlyMap<string, unknown>,
  version: string,
  path: (string | number)[],
  ctx: z.RefinementCtx,
) {
  const seen = new Map<string, number>();
  answers.forEach((a, i) => {
    if (!known.has(a.question)) {
      ctx.addIssue({
        code: "custom",
        path: [...path, i, "question"],
        message: `unknown question ${a.question} in ${version}`,
      });
      return;
    }
    const key = `${a.question}@${a.observedAt}`;
    const first = seen.get(key);
    if (first !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: [...path, i, "question"],
        message: `duplicate answer to ${a.question} on ${a.observedAt} (also ${[...path, first].join(".")})`,
      });
    } else seen.set(key, i);
  });
}

/** A group screening: questions must exist in the catalogue, refs be unique, answers not repeat. */
export const GroupScreeningInput = z
  .strictObject({
    catalogueVersion: z.enum(catalogueVersions).optional(),
    mode: z.enum(["first_contact", "full"]).optional(),
    asOf: CalendarDate.optional(),
    profiles: z.array(ProfileIdSchema).min(1).max(profileIds.length),
    shared: z.array(GroupAnswerSchema).max(1000),
    people: z.array(GroupMemberSchema).min(1).max(200),
  })
  .superRefine((group, ctx) => {
    const version = group.catalogueVersion ?? "catalogue-v1";
    const known = questionIds(group.catalogueVersion);
    checkAnswers(group.shared, known, version, ["shared"], ctx);
    const refs = new Map<string, number>();
    group.people.forEach((p, i) => {
      const first = refs.get(p.ref);
      if (first !== undefined)
        ctx.addIssue({
          code: "custom",
          path: ["people", i, "ref"],
          message: `ref ${p.ref} is used twice (also people.${first})`,
        });
      else refs.set(p.ref, i);
      checkAnswers(p.answers, known, version, ["people", i, "answers"], ctx);
    });
  });
export type GroupScreeningInput = z.infer<typeof GroupScreeningInput>;

export const GroupScreeningResult = z.strictObject({
  people: z.array(
    z.strictObject({
      ref: z.string(),
      input: ScreeningInput,
      result: ScreeningResult,
      notApplicable: z.array(z.string()),
    }),
  ),
});
export type GroupScreeningResult = z.infer<typeof GroupScreeningResult>;
