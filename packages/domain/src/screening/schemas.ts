import { z } from "zod";
import { CalendarDate, multiLineText, singleLineText } from "../common/index.ts";
import { indexCatalogue } from "./catalogue-index.ts";
import { catalogueFor, catalogues } from "./catalogues.ts";
import { type MessageKey, messages } from "./messages.ts";
import type { Catalogue } from "./types.ts";
import {
  barrierIds,
  catalogueVersions,
  dimensionIds,
  elementIds,
  profileIds,
  strengths,
  supplementaryFormIds,
} from "./types.ts";

/** Shared by `POST /api/v1/screenings/evaluate`, `ariadne screen` and the web app's forms. */

/** The shared calendar date (a real date, years 1900–2200); kept here for screening's callers. */
export { CalendarDate };

export const ProfileIdSchema = z.enum(profileIds);
export const BarrierIdSchema = z.enum(barrierIds);
export const ObservationStatusSchema = z.enum(["present", "absent", "unknown"]);

export const ObservationSchema = z.strictObject({
  indicator: singleLineText(40, { trim: false }).min(1),
  status: ObservationStatusSchema,
  observedAt: CalendarDate,
  source: singleLineText(200).min(1).optional(),
  note: multiLineText(2000).optional(),
});

/**
 * Builds the input schema: indicator ids must exist in the input's `catalogueVersion` (v1 when
 * left out; or in `fixed`, when given) and fit the profiles.
 */
export function screeningInputSchema(fixed?: Catalogue) {
  return z
    .strictObject({
      catalogueVersion: z.enum(catalogueVersions).optional(),
      mode: z.enum(["first_contact", "full"]).optional(),
      profiles: z.array(ProfileIdSchema).min(1).max(profileIds.length),
      observations: z.array(ObservationSchema).max(5000),
      asOf: CalendarDate.optional(),
      barriers: z.array(BarrierIdSchema).max(barrierIds.length).optional(),
    })
    .superRefine((input, ctx) => {
      const catalogue = fixed ?? catalogueFor(input.catalogueVersion);
      const index = indexCatalogue(catalogue);
      const profiles = new Set(input.profiles);
      input.profiles.forEach((p, i) => {
        if (input.profiles.indexOf(p) !== i) {
          ctx.addIssue({ code: "custom", path: ["profiles", i], message: `profile ${p} is listed twice` });
        }
      });
      const seen = new Map<string, number>();
      input.observations.forEach((o, i) => {
        const ind = index.byId.get(o.indicator);
        if (!ind) {
          const elsewhere = Object.values(catalogues).find((c) => indexCatalogue(c).byId.has(o.indicator));
          ctx.addIssue({
            code: "custom",
            path: ["observations", i, "indicator"],
            message: elsewhere
              ? `indicator ${o.indicator} is in ${elsewhere.version}, not in ${catalogue.version} (set catalogueVersion)`
              : `unknown indicator ${o.indicator} in ${catalogue.version}`,
          });
          return;
        }
        if (ind.kind === "ilo" && !profiles.has(ind.profile)) {
          ctx.addIssue({
            code: "custom",
            path: ["observations", i, "indicator"],
            message: `indicator ${o.indicator} belongs to profile ${ind.profile}, which is not in profiles`,
          });
        }
        const key = `${o.indicator}@${o.observedAt}`;
        const first = seen.get(key);
        if (first !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["observations", i, "indicator"],
            message: `duplicate observation of ${o.indicator} on ${o.observedAt} (also observations.${first})`,
          });
        } else {
          seen.set(key, i);
        }
      });
    });
}

export const ScreeningInput = screeningInputSchema();
export type ScreeningInput = z.infer<typeof ScreeningInput>;

export interface InputIssue {
  /** Dotted path of the offending item, e.g. `observations.3.indicator`. */
  path: string;
  message: string;
}

/** Parses untrusted JSON into a screening input; errors name each offending item. */
export function parseScreeningInput(
  data: unknown,
  catalogue?: Catalogue,
): { ok: true; value: ScreeningInput } | { ok: false; issues: InputIssue[] } {
  const schema = catalogue === undefined ? ScreeningInput : screeningInputSchema(catalogue);
  const r = schema.safeParse(data);
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    issues: r.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
  };
}

const messageKeys = Object.keys(messages) as [MessageKey, ...MessageKey[]];
export const MessageSchema = z.strictObject({
  key: z.enum(messageKeys),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

const Outcome = z.enum(["indicated", "not_indicated_yet", "not_indicated"]);
const DimensionIdSchema = z.enum(dimensionIds);
const StrengthSchema = z.enum(strengths);
const FormIdSchema = z.enum(supplementaryFormIds);
const Missing = z.number().int().nonnegative().nullable();

export const QuestionSchema = z.strictObject({
  indicator: z.string(),
  profile: ProfileIdSchema,
  dimension: DimensionIdSchema,
  strength: StrengthSchema,
  decisive: z.boolean(),
  missingAfter: z.number().int().nonnegative(),
});

const AssistanceLevelSchema = z.enum(["offer_assistance", "keep_asking", "no_concern_recorded"]);
const AssistanceElementSchema = z.strictObject({
  state: z.enum(["shown", "not_shown", "not_required"]),
  via: z.enum(["recruitment", "harbouring", "threshold", "strong_coercion"]).nullable(),
  by: z.array(z.string()),
});
const ElementIdSchema = z.enum(elementIds);

/** Ariadne's assistance signal (not the ILO/EC rule): see docs/screening-format.md. */
export const AssistanceSignalSchema = z.strictObject({
  level: AssistanceLevelSchema,
  elements: z.strictObject({
    act: AssistanceElementSchema,
    means: AssistanceElementSchema,
    purpose: AssistanceElementSchema,
  }),
  reasons: z.array(MessageSchema),
  nextQuestions: z.array(
    z.strictObject({
      key: z.string(),
      indicators: z.array(z.string()),
      elements: z.array(ElementIdSchema),
      strength: StrengthSchema,
      levelIfPresent: AssistanceLevelSchema,
      settles: z.array(ElementIdSchema),
      iloDecisiveFor: z.array(ProfileIdSchema),
      iloMoves: z.array(ProfileIdSchema),
      firstContact: z.boolean(),
    }),
  ),
  steps: z.array(MessageSchema),
  mode: z.enum(["first_contact", "full"]),
});

export const ScreeningResult = z.strictObject({
  catalogueVersion: z.string(),
  asOf: CalendarDate.nullable(),
  outcome: Outcome,
  forms: z.strictObject({ indicated: z.array(ProfileIdSchema), pointedTo: z.array(FormIdSchema) }),
  profiles: z.array(
    z.strictObject({
      profile: ProfileIdSchema,
      isChild: z.boolean(),
      outcome: Outcome,
      missing: Missing,
      dimensions: z.array(
        z.strictObject({
          dimension: DimensionIdSchema,
          state: z.enum(["positive", "negative", "undetermined"]),
          clause: z
            .enum(["two_strong", "strong_and_medium_or_weak", "three_medium", "two_medium_and_weak"])
            .nullable(),
          decidedBy: z.array(z.string()),
          present: z.array(z.string()),
          absent: z.array(z.string()),
          unknown: z.array(z.string()),
          missing: Missing,
        }),
      ),
      explanation: z.array(MessageSchema),
      whatToAskNext: z.array(QuestionSchema),
    }),
  ),
  supplementary: z.array(
    z.strictObject({
      form: FormIdSchema,
      pointedTo: z.boolean(),
      present: z.array(z.string()),
      unknown: z.array(z.string()),
    }),
  ),
  explanation: z.array(MessageSchema),
  approachGuidance: z.array(z.strictObject({ barrier: BarrierIdSchema })),
  nextSteps: z.array(MessageSchema),
  observationsConsidered: z.number().int().nonnegative(),
  assistance: AssistanceSignalSchema,
});
export type ScreeningResult = z.infer<typeof ScreeningResult>;
