import { z } from "zod";
import { CalendarDate, multiLineText, singleLineText } from "../common/index.ts";

/**
 * The partnership register: "Cooperation & multidisciplinary partnerships are the key to
 * success!" (CBSS 2016, Conclusions). Members (an organisation with its contact point and
 * cooperation agreement) and meetings (participants and decisions) are entries of one register.
 * Contact points are personal data: the server stores entries encrypted.
 */
const uuid = z.uuid();
const text = (max: number) => singleLineText(max).min(1);

export const agreementKinds = [
  "none",
  "memorandum_of_understanding",
  "cooperation_agreement",
  "contract",
] as const;

export const ContactPoint = z.strictObject({
  name: text(200),
  email: z.email().max(254).optional(),
  phone: text(50).optional(),
});

export const MemberDetails = z.strictObject({
  kind: z.literal("member"),
  organisationId: uuid,
  contactPoint: ContactPoint.nullable().default(null),
  roleInNetwork: multiLineText(500).default(""),
  agreement: z
    .strictObject({
      kind: z.enum(agreementKinds),
      signedOn: CalendarDate.optional(),
      expiresOn: CalendarDate.optional(),
      reference: text(300).optional(),
    })
    .default({ kind: "none" }),
});

export const MeetingDetails = z.strictObject({
  kind: z.literal("meeting"),
  heldOn: CalendarDate,
  title: text(300),
  participantOrganisationIds: z.array(uuid).max(100).default([]),
  decisions: z.array(multiLineText(2000).min(1)).max(100).default([]),
});

export const PartnershipDetails = z.discriminatedUnion("kind", [MemberDetails, MeetingDetails]);
export type PartnershipDetails = z.infer<typeof PartnershipDetails>;

export const PartnershipCreate = z.strictObject({ details: PartnershipDetails });
export const PartnershipUpdate = z.strictObject({
  version: z.int().min(1),
  details: PartnershipDetails.optional(),
  archived: z.boolean().optional(),
});

export const Partnership = z.object({
  id: uuid,
  municipalityId: uuid,
  details: PartnershipDetails,
  archived: z.boolean(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Partnership = z.infer<typeof Partnership>;

/** Organisations an entry refers to, so the server can check they are the municipality's own. */
export function organisationsOf(d: PartnershipDetails): { path: string; id: string }[] {
  return d.kind === "member"
    ? [{ path: "details.organisationId", id: d.organisationId }]
    : d.participantOrganisationIds.map((id, i) => ({ path: `details.participantOrganisationIds.${i}`, id }));
}
