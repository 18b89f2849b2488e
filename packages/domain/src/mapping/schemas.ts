import { z } from "zod";
import { CalendarDate, multiLineText, singleLineText } from "../common/index.ts";
import { PlaceGeometry } from "./geojson.ts";
import {
  contactFrequencies,
  evidenceStrengths,
  exploitationForms,
  sectors,
  sourceKinds,
  vulnerableGroupKinds,
} from "./vocabularies.ts";

/** Mapping entries describe groups, places and actors, never persons: no personal data here. */

const uuid = z.uuid();
const text = (max: number) => singleLineText(max).min(1);
const list = <T extends z.ZodType>(item: T, max = 50) => z.array(item).max(max);

/** A source's date: a real calendar date in 1900–2200 (the shared date type). */
export const IsoDateSchema = CalendarDate;
export const VulnerableGroupKindSchema = z.enum(vulnerableGroupKinds);
export const SectorSchema = z.enum(sectors);
export const ExploitationFormSchema = z.enum(exploitationForms);
export const EvidenceStrengthSchema = z.enum(evidenceStrengths);
export const SourceKindSchema = z.enum(sourceKinds);
export const ContactFrequencySchema = z.enum(contactFrequencies);

/** Every entry cites where its knowledge comes from and when. */
export const Source = z.strictObject({
  kind: SourceKindSchema,
  date: IsoDateSchema,
  reference: text(500).optional(),
});
export type Source = z.infer<typeof Source>;

export const SizeEstimate = z
  .strictObject({ low: z.int().min(0).max(10_000_000), high: z.int().min(0).max(10_000_000) })
  .refine((s) => s.low <= s.high, { message: "low must not exceed high", path: ["high"] });

export const VulnerableGroupDetails = z.strictObject({
  kind: z.literal("vulnerable_group"),
  groupKind: VulnerableGroupKindSchema,
  estimatedSize: SizeEstimate.nullable().default(null),
  languages: list(text(60)).default([]),
  places: list(text(200)).default([]),
  forms: list(ExploitationFormSchema, 6).default([]),
  contactOrganisationIds: list(uuid).default([]),
  contactNote: multiLineText(1000).min(1).optional(),
});

export const LocationDetails = z.strictObject({
  kind: z.literal("location"),
  sector: SectorSchema,
  geometry: PlaceGeometry.nullable().default(null),
  address: text(300).optional(),
  signals: list(text(500)).default([]),
  forms: list(ExploitationFormSchema, 6).default([]),
});

export const IdentifyingActorDetails = z.strictObject({
  kind: z.literal("identifying_actor"),
  organisationId: uuid.nullable().default(null),
  organisationName: text(200).optional(),
  role: text(200),
  contactFrequency: ContactFrequencySchema,
  trained: z.boolean(),
  groupKinds: list(VulnerableGroupKindSchema, 10).default([]),
});

export const ExploitationFormDetails = z.strictObject({
  kind: z.literal("exploitation_form"),
  form: ExploitationFormSchema,
  status: z.enum(["observed", "suspected"]),
  evidence: EvidenceStrengthSchema,
  groupKinds: list(VulnerableGroupKindSchema, 10).default([]),
  sectors: list(SectorSchema, 14).default([]),
});

/** An outreach visit or round from the outreach logs: where, whom it reached, what was seen. */
export const OutreachDetails = z.strictObject({
  kind: z.literal("outreach"),
  geometry: PlaceGeometry.nullable().default(null),
  groupKinds: list(VulnerableGroupKindSchema, 10).default([]),
  /** How many people the outreach reached, if counted. */
  contacts: z.int().min(0).max(100_000).nullable().default(null),
  signals: list(text(500)).default([]),
});

export const EntryDetails = z.discriminatedUnion("kind", [
  VulnerableGroupDetails,
  LocationDetails,
  IdentifyingActorDetails,
  ExploitationFormDetails,
  OutreachDetails,
]);
export type EntryDetails = z.infer<typeof EntryDetails>;

export const MappingEntryCreate = z.strictObject({
  title: text(200),
  details: EntryDetails,
  source: Source,
});
export type MappingEntryCreate = z.infer<typeof MappingEntryCreate>;

export const MappingEntryUpdate = z.strictObject({
  version: z.int().min(1),
  title: text(200).optional(),
  details: EntryDetails.optional(),
  source: Source.optional(),
  archived: z.boolean().optional(),
});
export type MappingEntryUpdate = z.infer<typeof MappingEntryUpdate>;

export const MappingEntry = z.object({
  id: uuid,
  municipalityId: uuid,
  title: z.string(),
  details: EntryDetails,
  source: Source,
  /** Computed for the request's `asOf`: the source is older than a year. */
  stale: z.boolean(),
  archived: z.boolean(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MappingEntry = z.infer<typeof MappingEntry>;
