import { admin, mapping } from "@ariadne/domain";
import { z } from "zod";

/** Collection-level abilities: the same for every record of a municipality, as they follow the role. */
export const Abilities = z.object({ manage: z.boolean() });

export const errors = { 400: admin.ApiError, 401: admin.ApiError, 403: admin.ApiError, 404: admin.ApiError };
export const idParam = z.strictObject({ id: admin.uuid });
export const scope = z.strictObject({ municipalityId: admin.uuid.optional() });
export const asOfScope = z.strictObject({
  municipalityId: admin.uuid.optional(),
  /** The day staleness and overdue deadlines are judged on; today when omitted. */
  asOf: mapping.IsoDateSchema.optional(),
});

/** Today as an ISO date: the server's clock, passed into the pure domain as `asOf`. */
export const today = () => new Date().toISOString().slice(0, 10);
