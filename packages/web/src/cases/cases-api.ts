import { Paged, User } from "@ariadne/domain/admin/index.ts";
import {
  type AttachmentCreate,
  BreakGlassAccess,
  type CaseCreate,
  CaseCreated,
  CaseDetail,
  CaseDirectory,
  CaseList,
  type CaseUpdate,
  Consent,
  type ConsentCreate,
  DuplicateCandidateSchema,
  FieldVersion,
  Grant,
  Person,
  type PersonUpdate,
  TimelineEntry,
  type TransitionRequest,
} from "@ariadne/domain/cases/index.ts";
import { CaseSource } from "@ariadne/domain/prevention/index.ts";
import { ReferralList } from "@ariadne/domain/referral/index.ts";
import { z } from "zod";
import { request, withQuery } from "../api/client.ts";
import { formatDateTime } from "../ui/format-date.ts";

export interface CaseFilters {
  status?: string | undefined;
  form?: string | undefined;
  highRisk?: string | undefined;
  assigneeId?: string | undefined;
  dueTasks?: string | undefined;
}

const casePath = (id: string) => `/api/v1/cases/${encodeURIComponent(id)}`;
const personPath = (id: string) => `/api/v1/persons/${encodeURIComponent(id)}`;
/** A form's submission key as request options (`useFormSubmit` hands one to every POST). */
const keyed = (idempotencyKey?: string) => (idempotencyKey ? { idempotencyKey } : {});
const items = <S extends z.ZodType>(s: S) => z.object({ items: z.array(s) });

export const casesApi = {
  /** The report of concern the case was opened from (null when it was opened otherwise). */
  sourceConcern: (id: string) => request("GET", `/api/v1/cases/${id}/source-concern`, CaseSource),
  list: (filters: CaseFilters, cursor?: string, limit = 25) =>
    request("GET", withQuery("/api/v1/cases", { ...filters, cursor, limit: String(limit) }), CaseList),
  /** The case's referrals with their events (made, sent, answered…), for the timeline. */
  referrals: (id: string) =>
    request("GET", withQuery("/api/v1/referrals", { caseId: id, limit: "100" }), ReferralList),
  /** `idempotencyKey`: the submission's, so a repeated click opens one case. */
  create: (body: CaseCreate, idempotencyKey?: string) =>
    request("POST", "/api/v1/cases", CaseCreated, body, idempotencyKey ? { idempotencyKey } : {}),
  get: (id: string) => request("GET", casePath(id), CaseDetail),
  update: (id: string, body: CaseUpdate) => request("PATCH", casePath(id), CaseDetail, body),
  directory: (id: string) => request("GET", `${casePath(id)}/directory`, CaseDirectory),
  transition: (id: string, body: TransitionRequest, idempotencyKey?: string) =>
    request("POST", `${casePath(id)}/transitions`, CaseDetail, body, keyed(idempotencyKey)),
  addNote: (id: string, text: string, idempotencyKey?: string) =>
    request("POST", `${casePath(id)}/notes`, TimelineEntry, { text }, keyed(idempotencyKey)),
  addContact: (
    id: string,
    body: { kind: "contact" | "meeting"; occurredAt: string; summary: string; interpreterUsed: boolean },
    idempotencyKey?: string,
  ) => request("POST", `${casePath(id)}/contacts`, TimelineEntry, body, keyed(idempotencyKey)),
  addTask: (id: string, body: { title: string; dueOn: string }, idempotencyKey?: string) =>
    request("POST", `${casePath(id)}/tasks`, TimelineEntry, body, keyed(idempotencyKey)),
  completeTask: (id: string, taskId: string, version: number) =>
    request("PATCH", `${casePath(id)}/tasks/${encodeURIComponent(taskId)}`, TimelineEntry, {
      done: true,
      version,
    }),
  addAttachment: (id: string, body: AttachmentCreate, idempotencyKey?: string) =>
    request("POST", `${casePath(id)}/attachments`, TimelineEntry, body, keyed(idempotencyKey)),
  attachmentHref: (id: string, attachmentId: string) =>
    `${casePath(id)}/attachments/${encodeURIComponent(attachmentId)}`,
  addConsent: (id: string, body: ConsentCreate, idempotencyKey?: string) =>
    request("POST", `${casePath(id)}/consents`, Consent, body, keyed(idempotencyKey)),
  withdrawConsent: (id: string, consentId: string, withdrawnOn: string) =>
    request("POST", `${casePath(id)}/consents/${encodeURIComponent(consentId)}/withdraw`, Consent, {
      withdrawnOn,
    }),
  addGrant: (id: string, body: { organisationId: string } | { userId: string }, idempotencyKey?: string) =>
    request("POST", `${casePath(id)}/grants`, Grant, body, keyed(idempotencyKey)),
  revokeGrant: (id: string, grantId: string) =>
    request("POST", `${casePath(id)}/grants/${encodeURIComponent(grantId)}/revoke`, null, {}),
  breakGlass: (id: string, reason: string, idempotencyKey?: string) =>
    request("POST", `${casePath(id)}/break-glass`, CaseDetail, { reason }, keyed(idempotencyKey)),
  /** Colleagues by name, for a coordinator reviewing emergency accesses (needs users:read). */
  staff: () => request("GET", "/api/v1/users", Paged(User)),
  breakGlassAccesses: () =>
    request("GET", "/api/v1/break-glass-accesses?unreviewed=true", items(BreakGlassAccess)),
  reviewBreakGlass: (caseId: string, accessId: string) =>
    request(
      "POST",
      `${casePath(caseId)}/break-glass/${encodeURIComponent(accessId)}/review`,
      BreakGlassAccess,
      {},
    ),
  duplicates: (id: string) => request("GET", `${casePath(id)}/duplicates`, items(DuplicateCandidateSchema)),
  merge: (id: string, duplicateCaseId: string, version: number) =>
    request("POST", `${casePath(id)}/merge`, CaseDetail, { duplicateCaseId, version }),
  versions: (id: string) => request("GET", `${casePath(id)}/versions`, items(FieldVersion)),
  rectify: (personId: string, body: PersonUpdate) => request("PATCH", personPath(personId), Person, body),
  anonymise: (personId: string, version: number) =>
    request("POST", `${personPath(personId)}/anonymise`, CaseDetail, { version }),
  exportHref: (personId: string, format: "json" | "pdf", lang: string) =>
    withQuery(`${personPath(personId)}/export`, { format, lang }),
};

/** Today as the user's calendar date (YYYY-MM-DD). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A date or a moment in the reader's language (the app's one formatter, `ui/format-date.ts`). */
export function formatDate(iso: string, lang: string): string {
  return formatDateTime(iso, lang);
}

/** A file size for people: bytes, kB or MB (decimal, as file managers show). */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 100) / 10} kB`;
  return `${Math.round(bytes / 100_000) / 10} MB`;
}
