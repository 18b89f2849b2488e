import type { screening } from "@ariadne/domain";
import { CaseList, TimelineEntry } from "@ariadne/domain/cases/index.ts";
import { request, withQuery } from "../api/client.ts";

/** The screening page's calls to the cases API (the cases module's public HTTP face). */
export const screeningApi = {
  /** Cases the user may see in full: only those can take a screening. */
  listCases: async () => {
    const list = await request("GET", withQuery("/api/v1/cases", { limit: 200 }), CaseList);
    return list.items.filter((c) => c.access === "content");
  },
  saveToCase: (caseId: string, input: screening.ScreeningInputData) =>
    request("POST", `/api/v1/cases/${encodeURIComponent(caseId)}/screenings`, TimelineEntry, input),
};
