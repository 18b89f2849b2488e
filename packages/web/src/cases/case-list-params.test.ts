import { describe, expect, it } from "vitest";
import { caseListSearch, noCaseListParams, readCaseListParams } from "./case-list-params.ts";

const me = "0b7c1f3a-6a8e-4a43-9d0e-8e4a3c2b1f00";
const colleague = "1c1f3a52-6a8e-4a43-9d0e-8e4a3c2b1f00";
const cursor = `1712345678901_${colleague}`;
const coordinator = { id: me, canChooseColleague: true };
const frontline = { id: me, canChooseColleague: false };
const read = (search: string, reader = coordinator) =>
  readCaseListParams(new URLSearchParams(search), reader);

describe("the case list's address", () => {
  it("gives back the filters and page it was written with", () => {
    const p = {
      status: "presumed_victim",
      form: "forced_labour",
      highRisk: "true",
      assignee: colleague,
      dueTasks: true,
      after: [cursor],
    };
    expect(read(caseListSearch(p).toString())).toEqual({ params: p, ignored: [] });
  });

  it("keeps a plain list's address plain", () => {
    expect(caseListSearch(noCaseListParams).toString()).toBe("");
    expect(read("")).toEqual({ params: noCaseListParams, ignored: [] });
  });

  it("leaves out and names values it cannot use, never failing the list", () => {
    const { params, ignored } = read(
      `status=nonsense&form=%3Cscript%3E&highRisk=maybe&assignee=x&dueTasks=1&after=garbage&after=${cursor}`,
    );
    expect(params).toEqual(noCaseListParams);
    expect(ignored.sort()).toEqual(["after", "assignee", "dueTasks", "form", "highRisk", "status"]);
  });

  it("filters by a colleague only for a reader who may choose colleagues; by oneself for anyone", () => {
    expect(read(`assignee=${colleague}`, frontline)).toEqual({
      params: noCaseListParams,
      ignored: ["assignee"],
    });
    expect(read(`assignee=${me}`, frontline).params.assignee).toBe("me");
    expect(read("assignee=me", frontline).params.assignee).toBe("me");
  });

  it("ignores names it does not know", () => {
    expect(read("utm_source=mail&page=3")).toEqual({ params: noCaseListParams, ignored: [] });
  });
});
