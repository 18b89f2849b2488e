import { describe, expect, it } from "vitest";
import { addMonths, casesDueForAnonymisation, type RetentionCandidate } from "./retention.ts";

const aCandidate = (o: Partial<RetentionCandidate> = {}): RetentionCandidate => ({
  caseId: "c1",
  caseCode: "C-1",
  status: "closed",
  closedOn: "2023-01-15",
  anonymised: false,
  ...o,
});

describe("retention", () => {
  it("adds months clamping to the end of a short month", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2023-11-15", 14)).toBe("2025-01-15");
  });

  it("picks closed cases whose period ran out, not open, recent or already anonymised ones", () => {
    const due = casesDueForAnonymisation(
      [
        aCandidate(),
        aCandidate({ caseId: "open", status: "in_assistance", closedOn: null }),
        aCandidate({ caseId: "recent", closedOn: "2026-06-01" }),
        aCandidate({ caseId: "done", anonymised: true }),
      ],
      { monthsAfterClosure: 36 },
      "2026-11-29",
    );
    expect(due).toEqual([{ caseId: "c1", caseCode: "C-1", closedOn: "2023-01-15", dueOn: "2026-01-15" }]);
  });

  it("anonymises on the due day itself", () => {
    const due = casesDueForAnonymisation(
      [aCandidate({ closedOn: "2025-11-29" })],
      { monthsAfterClosure: 12 },
      "2026-11-29",
    );
    expect(due).toHaveLength(1);
  });
});
