import {
  type CaseCreate,
  CaseCreated,
  CaseDetail,
  CaseList,
  Consent,
  type ConsentCreate,
  TimelineEntry,
  type TransitionRequest,
} from "@ariadne/domain/cases/index.ts";
import { request, withQuery } from "../api/client.ts";

export interface CaseFilters {
  status?: string | undefined;
  highRisk?: string | undefined;
  dueTasks?: string | undefined;
}

const casePath = (id: string) => `/api/v1/cases/${encodeURIComponent(id)}`;

export const casesApi = {
  list: (filters: CaseFilters) => request("GET", withQuery("/api/v1/cases", { ...filters }), CaseList),
  create: (body: CaseCreate) => request("POST", "/api/v1/cases", CaseCreated, body),
  get: (id: string) => request("GET", casePath(id), CaseDetail),
  transition: (id: string, body: TransitionRequest) =>
    request("POST", `${casePath(id)}/transitions`, CaseDetail, body),
  addNote: (id: string, text: string) => request("POST", `${casePath(id)}/notes`, TimelineEntry, { text }),
  addContact: (
    id: string,
    body: { kind: "contact" | "meeting"; occurredAt: string; summary: string; interpreterUsed: boolean },
  ) => request("POST", `${casePath(id)}/contacts`, TimelineEntry, body),
  addTask: (id: string, body: { title: string; dueOn: string }) =>
    request("POST", `${casePath(id)}/tasks`, TimelineEntry, body),
  completeTask: (id: string, taskId: string, version: number) =>
    request("PATCH", `${casePath(id)}/tasks/${encodeURIComponent(taskId)}`, TimelineEntry, {
      done: true,
      version,
    }),
  addConsent: (id: string, body: ConsentCreate) => request("POST", `${casePath(id)}/consents`, Consent, body),
  withdrawConsent: (id: string, consentId: string, withdrawnOn: string) =>
    request("POST", `${casePath(id)}/consents/${encodeURIComponent(consentId)}/withdraw`, Consent, {
      withdrawnOn,
    }),
  exportHref: (personId: string, format: "json" | "pdf", lang: string) =>
    withQuery(`/api/v1/persons/${encodeURIComponent(personId)}/export`, { format, lang }),
};

/** Today as the user's calendar date (YYYY-MM-DD). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
