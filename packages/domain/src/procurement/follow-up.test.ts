import { describe, expect, it } from "vitest";
import { clauseLibrary, recommendClauses } from "./clauses.ts";
import {
  answersOfConcern,
  isOverdue,
  overdueActions,
  QuestionnaireAnswers,
  questions,
  recommendMonitoring,
} from "./follow-up.ts";
import { summariseRegister } from "./report.ts";

describe("clause library", () => {
  it("covers the issue's topics, each with purpose, stage and wording in en, fi and sv", () => {
    expect(clauseLibrary.map((c) => c.id)).toEqual([
      "labour_rights",
      "wages_and_hours",
      "no_recruitment_fees",
      "no_document_retention",
      "subcontracting_transparency",
      "audit_and_interviews",
      "grievance_channel",
      "remedy_and_termination",
    ]);
    for (const c of clauseLibrary) {
      expect(c.stages.length, c.id).toBeGreaterThan(0);
      for (const lang of ["en", "fi", "sv"] as const) {
        expect(c.wording[lang].length, `${c.id} ${lang}`).toBeGreaterThan(80);
        expect(c.purpose[lang].length).toBeGreaterThan(20);
        expect(c.title[lang].length).toBeGreaterThan(5);
      }
    }
  });

  it("recommends more clauses as the risk rises, the labour rights clause always", () => {
    const ids = (l: Parameters<typeof recommendClauses>[0]) => recommendClauses(l).map((c) => c.id);
    expect(ids("low")).toEqual(["labour_rights", "wages_and_hours"]);
    expect(ids("medium")).toEqual(
      expect.arrayContaining([
        "no_recruitment_fees",
        "subcontracting_transparency",
        "remedy_and_termination",
      ]),
    );
    expect(ids("medium")).not.toContain("audit_and_interviews");
    expect(ids("high")).toEqual(clauseLibrary.map((c) => c.id));
    expect(ids("very_high")).toEqual(ids("high"));
  });
});

describe("follow-up", () => {
  it("plans closer checks as the risk rises", () => {
    expect(recommendMonitoring("low")).toEqual(["self_assessment"]);
    expect(recommendMonitoring("medium")).toEqual(["self_assessment", "document_checks"]);
    expect(recommendMonitoring("high")).toEqual([
      "self_assessment",
      "document_checks",
      "on_site_audit",
      "worker_interviews",
    ]);
  });

  it("flags an open corrective action the day after its deadline, never a done one", () => {
    expect(isOverdue({ status: "open", deadline: "2026-12-04" }, "2026-12-04")).toBe(false);
    expect(isOverdue({ status: "open", deadline: "2026-12-04" }, "2026-12-05")).toBe(true);
    expect(isOverdue({ status: "done", deadline: "2026-01-01" }, "2026-12-05")).toBe(false);
    expect(isOverdue({ status: "cancelled", deadline: "2026-01-01" }, "2026-12-05")).toBe(false);
    const list = overdueActions(
      [
        { id: "a", status: "open" as const, deadline: "2026-11-30" },
        { id: "b", status: "open" as const, deadline: "2026-10-01" },
        { id: "c", status: "open" as const, deadline: "2027-01-01" },
      ],
      "2026-12-05",
    );
    expect(list.map((a) => a.id)).toEqual(["b", "a"]);
  });

  const answers = () => ({
    answers: {
      written_contracts: "yes",
      collective_agreement_wages: "yes",
      recruitment_fees: "no",
      documents_held: "no",
      subcontractors_listed: "yes",
      workers_count: 12,
      grievance_channel: "A shop steward and a phone line in Estonian and Russian.",
    },
    respondentName: "Eva Supplier",
  });

  it("takes a complete answer and points out the answers of concern", () => {
    const ok = QuestionnaireAnswers.parse(answers());
    expect(answersOfConcern(ok)).toEqual([]);
    const bad = QuestionnaireAnswers.parse({
      ...answers(),
      answers: { ...answers().answers, documents_held: "yes" },
    });
    expect(answersOfConcern(bad)).toEqual(["documents_held"]);
  });

  it("refuses an oversize, malformed, missing or unknown answer, naming it", () => {
    const path = (a: unknown) => QuestionnaireAnswers.safeParse(a).error?.issues.map((i) => i.path.join("."));
    expect(
      path({ ...answers(), answers: { ...answers().answers, grievance_channel: "x".repeat(2001) } }),
    ).toEqual(["answers.grievance_channel"]);
    expect(path({ ...answers(), answers: { ...answers().answers, workers_count: "twelve" } })).toEqual([
      "answers.workers_count",
    ]);
    expect(path({ ...answers(), answers: { ...answers().answers, documents_held: "maybe" } })).toEqual([
      "answers.documents_held",
    ]);
    const { written_contracts: _, ...missing } = answers().answers;
    expect(path({ ...answers(), answers: missing })).toEqual(["answers.written_contracts"]);
    expect(path({ ...answers(), answers: { ...answers().answers, salary: "x" } })?.[0]).toBe("answers");
    expect(questions.length).toBe(7);
  });
});

describe("register summary", () => {
  it("counts contracts by risk, clauses used, audits done, open findings and overdue actions", () => {
    const s = summariseRegister(
      [
        {
          id: "1",
          title: "a",
          cpvGroup: "909",
          stage: "running",
          level: "high",
          clauseIds: ["labour_rights", "audit_and_interviews"],
          audits: 1,
          findings: [{ severity: "major", possibleTrafficking: false, open: true }],
          actions: [{ status: "open", deadline: "2026-11-01" }],
        },
        {
          id: "2",
          title: "b",
          cpvGroup: "483",
          stage: "planned",
          level: "low",
          clauseIds: ["labour_rights"],
          audits: 0,
          findings: [{ severity: "minor", possibleTrafficking: true, open: false }],
          actions: [],
        },
        {
          id: "3",
          title: "c",
          cpvGroup: "555",
          stage: "planned",
          level: null,
          clauseIds: [],
          audits: 0,
          findings: [],
          actions: [],
        },
      ],
      "2026-12-05",
    );
    expect(s).toEqual({
      contracts: 3,
      byLevel: { low: 1, medium: 0, high: 1, very_high: 0, unscreened: 1 },
      clausesUsed: { labour_rights: 2, audit_and_interviews: 1 },
      auditsDone: 1,
      openFindings: 1,
      possibleTrafficking: 1,
      overdueActions: 1,
    });
  });
});
