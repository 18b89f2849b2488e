import type { screening } from "@ariadne/domain";
import { CaseCreated, CaseList, ScreeningRecord, TimelineEntry } from "@ariadne/domain/cases/index.ts";
import { request, withQuery } from "../api/client.ts";

const casePath = (id: string) => `/api/v1/cases/${encodeURIComponent(id)}`;

/** The screening page's calls to the cases API (the cases module's public HTTP face). */
export const screeningApi = {
  /** Cases the user may see in full: only those can take a screening. */
  listCases: async () => {
    const list = await request("GET", withQuery("/api/v1/cases", { limit: 200 }), CaseList);
    return list.items.filter((c) => c.access === "content");
  },
  saveToCase: (caseId: string, input: screening.ScreeningInputData) =>
    request("POST", `${casePath(caseId)}/screenings`, TimelineEntry, input),
  /** A new case from the little the worker knows: a pseudonym or code (kept as the person's alias). */
  createCase: (pseudonym: string, idempotencyKey: string) =>
    request("POST", "/api/v1/cases", CaseCreated, { person: { aliases: [pseudonym] } }, { idempotencyKey }),
  /** A saved screening as a record (audited on the server). */
  record: (caseId: string, entryId: string) =>
    request("GET", `${casePath(caseId)}/screenings/${encodeURIComponent(entryId)}`, ScreeningRecord),
};
