import { z } from "zod";
import { CalendarDate, singleLineText } from "../common/index.ts";
import { cpvCodePattern, cpvGroupOf } from "./cpv-2008.ts";
import { MonitoringPlan } from "./follow-up.ts";
import { riskLevels } from "./risk-sources.ts";

const uuid = z.uuid();
const text = (max: number) => singleLineText(max).min(1);

/** What the contract's workforce looks like: the labour profile factors of issue 16. */
export const labourFactors = [
  "labour_intensive",
  "low_wage",
  "migrant",
  "seasonal",
  "agency",
  "posted",
] as const;
export type LabourFactor = (typeof labourFactors)[number];

export const contractStages = ["planned", "running", "ended"] as const;
export type ContractStage = (typeof contractStages)[number];

/** The deepest subcontracting tier the register takes: a chain longer than this is itself the finding. */
export const maxTier = 10;

export const CpvCode = z
  .string()
  .regex(
    cpvCodePattern,
    "must be a CPV code: eight digits (with or without the check digit) or a group's three",
  )
  .refine((c) => cpvGroupOf(c) !== null, "is not a group of CPV 2008")
  .meta({ examples: ["90911200"] });

export const CountryCode = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 two-letter code");

/**
 * A supplier or subcontractor of the contract. `tier` 0 is a main supplier, 1 its subcontractor, 2 a
 * subcontractor's subcontractor. Companies are not personal data; their contact person is, and the
 * server keeps it encrypted.
 */
export const Supplier = z.strictObject({
  id: uuid,
  name: text(200),
  businessId: singleLineText(40).optional(),
  tier: z.int().min(0).max(maxTier),
  country: CountryCode.optional(),
  contactName: singleLineText(200).optional(),
  contactEmail: z.email().max(254).optional(),
});
export type Supplier = z.infer<typeof Supplier>;

export const ContractFacts = z.strictObject({
  title: text(300),
  reference: singleLineText(100).optional(),
  stage: z.enum(contractStages).default("planned"),
  cpvCode: CpvCode,
  valueEur: z.int().min(0).max(1_000_000_000_000).optional(),
  startsOn: CalendarDate.optional(),
  lengthMonths: z.int().min(1).max(600).optional(),
  countries: z.array(CountryCode).max(50).default([]),
  labourProfile: z.array(z.enum(labourFactors)).max(labourFactors.length).default([]),
  suppliers: z.array(Supplier).max(100).default([]),
});
export type ContractFacts = z.infer<typeof ContractFacts>;

export const ContractCreate = z.strictObject({ facts: ContractFacts });
export const ClauseId = z.string().regex(/^[a-z_]{1,60}$/, "must be a clause id of the library");

export const ContractUpdate = z.strictObject({
  version: z.int().min(1),
  facts: ContractFacts.optional(),
  /** The clauses the officer chose for the tender, by library id. */
  clauseIds: z.array(ClauseId).max(50).optional(),
  monitoring: MonitoringPlan.optional(),
});

/**
 * The supplier as past findings are matched across contracts: its business id (upper case, no
 * spaces), else its name in lower case.
 */
export function supplierKey(s: Pick<Supplier, "name" | "businessId">): string {
  const id = s.businessId?.replace(/\s+/g, "").toUpperCase();
  return id ? `id:${id}` : `name:${s.name.trim().toLowerCase()}`;
}

/** How deep the subcontracting chain goes: the deepest tier named (0 with none). */
export function subcontractingDepth(facts: Pick<ContractFacts, "suppliers">): number {
  return facts.suppliers.reduce((d, s) => Math.max(d, s.tier), 0);
}

export const RiskLevelSchema = z.enum(riskLevels);
