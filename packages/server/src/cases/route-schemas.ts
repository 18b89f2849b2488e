import { admin } from "@ariadne/domain";
import { z } from "zod";

/** Shared by the case, timeline and person route modules (kept apart to avoid an import cycle). */
export const caseErrors = {
  400: admin.ApiError,
  401: admin.ApiError,
  403: admin.ApiError,
  404: admin.ApiError,
  409: admin.ApiError,
  422: admin.ApiError,
};
export const idParam = z.strictObject({ id: admin.uuid });
