import { CaseListQuery } from "@ariadne/domain/cases/index.ts";
import { z } from "zod";

/**
 * The case list's filters and page as the address keeps them (`/cases?status=…&after=…`), so that
 * Back from a case, a reload or a shared link shows the same list.
 */
export interface CaseListParams {
  status: string;
  form: string;
  highRisk: string;
  /** "" (anyone), "me", or a colleague's user id. */
  assignee: string;
  dueTasks: boolean;
  /** The `nextCursor` of each page before this one, first page first; empty on the first page. */
  after: string[];
}

export const noCaseListParams: CaseListParams = {
  status: "",
  form: "",
  highRisk: "",
  assignee: "",
  dueTasks: false,
  after: [],
};

const query = CaseListQuery.shape;
const userId = z.uuid();

/**
 * The filters in `params`, each checked by the API's own rule. A value the list cannot use (an
 * unknown status, a colleague's id for a reader who cannot filter by colleagues, a broken page
 * cursor) is left out and named in `ignored`, never passed on to fail the whole list.
 */
export function readCaseListParams(
  params: URLSearchParams,
  reader: { id: string; canChooseColleague: boolean },
): { params: CaseListParams; ignored: string[] } {
  const ignored: string[] = [];
  const take = (name: string, valid: (value: string) => boolean): string => {
    const value = params.get(name);
    if (value === null || value === "") return "";
    if (valid(value)) return value;
    ignored.push(name);
    return "";
  };
  const status = take("status", (v) => query.status.safeParse(v).success);
  const form = take("form", (v) => query.form.safeParse(v).success);
  const highRisk = take("highRisk", (v) => query.highRisk.safeParse(v).success);
  const assignee = take(
    "assignee",
    (v) => v === "me" || v === reader.id || (reader.canChooseColleague && userId.safeParse(v).success),
  );
  const dueTasks = take("dueTasks", (v) => v === "true") === "true";
  // A page is reached through the pages before it: a broken cursor drops it and those after.
  const after: string[] = [];
  for (const cursor of params.getAll("after")) {
    if (!query.cursor.safeParse(cursor).success) {
      ignored.push("after");
      break;
    }
    after.push(cursor);
  }
  return {
    params: { status, form, highRisk, assignee: assignee === reader.id ? "me" : assignee, dueTasks, after },
    ignored,
  };
}

/** The address's search part for `p`: only the filters set, so a plain list stays `/cases`. */
export function caseListSearch(p: CaseListParams): URLSearchParams {
  const out = new URLSearchParams();
  if (p.status) out.set("status", p.status);
  if (p.form) out.set("form", p.form);
  if (p.highRisk) out.set("highRisk", p.highRisk);
  if (p.assignee) out.set("assignee", p.assignee);
  if (p.dueTasks) out.set("dueTasks", "true");
  for (const cursor of p.after) out.append("after", cursor);
  return out;
}
