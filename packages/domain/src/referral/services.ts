import { z } from "zod";
import { multiLineText, singleLineText } from "../common/index.ts";

/**
 * The service directory (issue 5, item 1): what providers offer to (potential) victims, who it
 * serves and what it demands. Services describe an organisation's offer, never a person.
 */

/** Service types named by the issue, after the guidelines' chapter on referral and assistance. */
export const serviceTypes = [
  "emergency_accommodation",
  "shelter",
  "health_care",
  "mental_health",
  "legal_counselling",
  "interpretation",
  "social_financial_support",
  "housing",
  "education_employment",
  "child_protection",
  "victim_support_ngo",
  "labour_rights",
  "police_reporting",
  "consular_help",
  "return_reintegration",
] as const;
export type ServiceType = (typeof serviceTypes)[number];

/** Genders a service serves; an empty list means it serves everyone. */
export const serviceGenders = ["female", "male", "other"] as const;
export type ServiceGender = (typeof serviceGenders)[number];

export const serviceCosts = ["free", "reduced", "paid"] as const;
export type ServiceCost = (typeof serviceCosts)[number];

export const areasServed = ["municipality", "region", "country"] as const;
export type AreaServed = (typeof areasServed)[number];

/** The groups the gaps view checks each service type against. */
export const serviceGroups = ["women", "men", "gender_diverse", "minors", "families"] as const;
export type ServiceGroup = (typeof serviceGroups)[number];

/** Age of majority: below it a person is a minor (Finnish Child Welfare Act). */
export const adultAge = 18;

export const ServiceTypeSchema = z.enum(serviceTypes);
export const ServiceGenderSchema = z.enum(serviceGenders);
export const ServiceCostSchema = z.enum(serviceCosts);
export const AreaServedSchema = z.enum(areasServed);
export const ServiceGroupSchema = z.enum(serviceGroups);
/** ISO 639-1 (or 639-3 where there is no two-letter code) language code, lower case. */
export const LanguageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, "use an ISO 639 language code such as fi, en or ru");

export const Coordinates = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export type Coordinates = z.infer<typeof Coordinates>;

const count = z.int().min(0).max(100_000).nullable();
const line = (max: number) => singleLineText(max).min(1).nullable();

/** Each field's rule without defaults: a patch must not reset the fields it does not name. */
const fieldRules = {
  organisationId: z.uuid(),
  name: singleLineText(200).min(1),
  type: ServiceTypeSchema,
  description: multiLineText(2000),
  genders: z.array(ServiceGenderSchema).max(3),
  ageMin: z.int().min(0).max(120).nullable(),
  ageMax: z.int().min(0).max(120).nullable(),
  servesMinors: z.boolean(),
  servesFamilies: z.boolean(),
  languages: z.array(LanguageCode).max(40),
  wheelchairAccessible: z.boolean(),
  accessibilityNotes: multiLineText(500),
  cost: ServiceCostSchema,
  requiresIdentification: z.boolean(),
  requiresDocuments: z.boolean(),
  requiresResidencePermit: z.boolean(),
  capacity: count,
  available: count,
  openingHours: multiLineText(300),
  open24_7: z.boolean(),
  emergencyLine: line(40),
  phone: line(40),
  email: z.email().max(200).nullable(),
  website: z
    .url({ protocol: /^https?$/ })
    .max(300)
    .nullable(),
  address: multiLineText(300),
  location: Coordinates.nullable(),
  areaServed: AreaServedSchema,
};

/** The editable fields of a service with their defaults, without cross-field rules. */
export const ServiceFieldsBase = z.strictObject({
  ...fieldRules,
  description: fieldRules.description.default(""),
  genders: fieldRules.genders.default([]),
  ageMin: fieldRules.ageMin.default(null),
  ageMax: fieldRules.ageMax.default(null),
  servesMinors: fieldRules.servesMinors.default(false),
  servesFamilies: fieldRules.servesFamilies.default(false),
  languages: fieldRules.languages.default([]),
  wheelchairAccessible: fieldRules.wheelchairAccessible.default(false),
  accessibilityNotes: fieldRules.accessibilityNotes.default(""),
  cost: fieldRules.cost.default("free"),
  requiresIdentification: fieldRules.requiresIdentification.default(false),
  requiresDocuments: fieldRules.requiresDocuments.default(false),
  requiresResidencePermit: fieldRules.requiresResidencePermit.default(false),
  capacity: fieldRules.capacity.default(null),
  available: fieldRules.available.default(null),
  openingHours: fieldRules.openingHours.default(""),
  open24_7: fieldRules.open24_7.default(false),
  emergencyLine: fieldRules.emergencyLine.default(null),
  phone: fieldRules.phone.default(null),
  email: fieldRules.email.default(null),
  website: fieldRules.website.default(null),
  address: fieldRules.address.default(""),
  location: fieldRules.location.default(null),
  areaServed: fieldRules.areaServed.default("municipality"),
});
export type ServiceFields = z.output<typeof ServiceFieldsBase>;

/** Cross-field rules of a service; reported at the field that must change. */
export function serviceFieldIssues(s: ServiceFields): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (s.ageMin !== null && s.ageMax !== null && s.ageMin > s.ageMax)
    issues.push({ path: "ageMax", message: "must not be below ageMin" });
  if (s.capacity !== null && s.available !== null && s.available > s.capacity)
    issues.push({ path: "available", message: "must not exceed capacity" });
  if (new Set(s.languages).size !== s.languages.length)
    issues.push({ path: "languages", message: "lists a language twice" });
  if (new Set(s.genders).size !== s.genders.length)
    issues.push({ path: "genders", message: "lists a gender twice" });
  return issues;
}

/** A new service, or a full replacement of one. */
export const ServiceCreate = ServiceFieldsBase.superRefine((s, ctx) => {
  for (const issue of serviceFieldIssues(s)) ctx.addIssue({ code: "custom", ...issue, path: [issue.path] });
});
export type ServiceCreate = z.input<typeof ServiceCreate>;

/** A change to a service: any fields, and the version it was read at (optimistic locking). */
export const ServicePatch = z
  .strictObject(fieldRules)
  .partial()
  .extend({ version: z.int().min(1) });
export type ServicePatch = z.input<typeof ServicePatch>;

/** What a service provider may change on its own organisation's services. */
export const availabilityFields = ["capacity", "available"] as const;

export const Service = z.strictObject(fieldRules).extend({
  id: z.uuid(),
  municipalityId: z.uuid(),
  organisationName: z.string(),
  unconditional: z.boolean(),
  availabilityUpdatedAt: z.iso.datetime({ offset: true }).nullable(),
  archived: z.boolean(),
  version: z.int(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Service = z.infer<typeof Service>;

/** Unconditional: demands no identification, documents or residence permit (the guidelines' aim). */
export function isUnconditional(
  s: Pick<ServiceFields, "requiresIdentification" | "requiresDocuments" | "requiresResidencePermit">,
): boolean {
  return !s.requiresIdentification && !s.requiresDocuments && !s.requiresResidencePermit;
}

/** Whether a service serves a group: gender list (empty = all), age range, minors, families. */
export function servesGroup(
  s: Pick<ServiceFields, "genders" | "ageMin" | "ageMax" | "servesMinors" | "servesFamilies">,
  group: ServiceGroup,
): boolean {
  const servesGender = (g: ServiceGender) => s.genders.length === 0 || s.genders.includes(g);
  const servesAdults = s.ageMax === null || s.ageMax >= adultAge;
  switch (group) {
    case "women":
      return servesGender("female") && servesAdults;
    case "men":
      return servesGender("male") && servesAdults;
    case "gender_diverse":
      return servesGender("other") && servesAdults;
    case "minors":
      return s.servesMinors && (s.ageMin === null || s.ageMin < adultAge);
    case "families":
      return s.servesFamilies;
  }
}

/** Filters of the directory list; all optional. */
export const ServiceFilter = z.strictObject({
  type: ServiceTypeSchema.optional(),
  language: LanguageCode.optional(),
  organisationId: z.uuid().optional(),
  unconditional: z.stringbool().optional(),
  availableNow: z.stringbool().optional(),
  includeArchived: z.stringbool().optional(),
});
export type ServiceFilter = z.infer<typeof ServiceFilter>;

/** Applies the directory filters; "available now" means open places or an open 24/7 line. */
export function filterServices<S extends Service>(services: readonly S[], f: ServiceFilter): S[] {
  return services.filter(
    (s) =>
      (f.includeArchived || !s.archived) &&
      (!f.type || s.type === f.type) &&
      (!f.language || s.languages.includes(f.language)) &&
      (!f.organisationId || s.organisationId === f.organisationId) &&
      (f.unconditional === undefined || s.unconditional === f.unconditional) &&
      (!f.availableNow || (s.available ?? 0) > 0 || s.open24_7),
  );
}
