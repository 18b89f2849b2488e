import { withTenant } from "@ariadne/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let frontline: Agent;
let caseId: string;

beforeAll(async () => {
  t = await createTestApp();
  frontline = await t.signIn("frontline");
  caseId = (await frontline.request("POST", "/api/v1/cases", { person: { aliases: ["Mira"] } })).json().case
    .id;
});
afterAll(async () => {
  await t.close();
});

const counts = () =>
  withTenant(t.db, t.seed.municipalityId, async (tx) => {
    const [row] = await tx.query<Record<string, number>>(
      `select (select count(*) from cases)::int as cases, (select count(*) from persons)::int as persons,
         (select count(*) from case_timeline)::int as timeline, (select count(*) from case_attachments)::int as attachments,
         (select count(*) from case_status_history)::int as history, (select count(*) from case_consents)::int as consents`,
    );
    return row!;
  });

describe("bad input on cases", () => {
  it("answers wrong types in a new case with 400 naming the field, and writes nothing", async () => {
    const before = await counts();
    for (const body of [
      { person: { givenName: 42 } },
      { person: { dateOfBirth: "1999-02-30" } },
      { person: { gender: "robot" } },
      { person: { citizenship: "Finland" } },
      { person: { aliases: ["Mira"] }, forms: ["smuggling"] },
      { person: { aliases: ["Mira"] }, highRisk: "yes" },
    ]) {
      const res = await frontline.request("POST", "/api/v1/cases", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json().error.issues[0].path, JSON.stringify(body)).toMatch(/^body\./);
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses an empty case with 400 naming the pseudonym field, and opens none", async () => {
    const before = await counts();
    for (const body of [
      { person: {} },
      { person: { aliases: [], givenName: null } },
      { person: {}, highRisk: true },
    ]) {
      const res = await frontline.request("POST", "/api/v1/cases", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const issue = res.json().error.issues[0];
      expect(issue.path, JSON.stringify(body)).toBe("body.person.aliases");
      expect(issue.reason, JSON.stringify(body)).toBe("case_minimum");
    }
    expect(await counts()).toEqual(before);
    const described = await frontline.request("POST", "/api/v1/cases", { person: { gender: "female" } });
    expect(described.status).toBe(201);
  });

  it("answers an unknown state with 400 and an illegal transition with 422, leaving the case as it was", async () => {
    const unknown = await frontline.request("POST", `/api/v1/cases/${caseId}/transitions`, {
      to: "rescued",
      version: 1,
    });
    expect(unknown.status).toBe(400);
    const illegal = await frontline.request("POST", `/api/v1/cases/${caseId}/transitions`, {
      to: "in_assistance",
      reflectionPeriodStart: "2026-11-01",
      reflectionPeriodEnd: "2026-10-01",
      version: 1,
    });
    expect(illegal.status).toBe(422);
    expect(illegal.json().error.code).toBe("reflection_period_ends_before_start");
    await frontline.request("POST", `/api/v1/cases/${caseId}/transitions`, {
      to: "presumed_victim",
      version: 1,
    });
    const back = await frontline.request("POST", `/api/v1/cases/${caseId}/transitions`, {
      to: "screening",
      version: 2,
    });
    expect(back.status).toBe(422);
    expect(back.json().error.code).toBe("illegal_transition");
    const detail = (await frontline.request("GET", `/api/v1/cases/${caseId}`)).json();
    expect(detail).toMatchObject({ status: "presumed_victim", version: 2 });
    expect(detail.content.history).toHaveLength(2);
  });

  it("refuses an oversized attachment (400 over the limit, 413 over the body limit) and one whose bytes lie about their type", async () => {
    const before = await counts();
    const pdf = (size: number) =>
      Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(size)]).toString("base64");
    const over = await frontline.request("POST", `/api/v1/cases/${caseId}/attachments`, {
      fileName: "big.pdf",
      mediaType: "application/pdf",
      contentBase64: pdf(720 * 1024),
    });
    expect(over.status).toBe(400);
    expect(over.json().error.issues[0].path).toBe("body.contentBase64");
    const huge = await frontline.request("POST", `/api/v1/cases/${caseId}/attachments`, {
      fileName: "huge.pdf",
      mediaType: "application/pdf",
      contentBase64: pdf(2 * 1024 * 1024),
    });
    expect(huge.status).toBe(413);
    const html = await frontline.request("POST", `/api/v1/cases/${caseId}/attachments`, {
      fileName: "page.html",
      mediaType: "text/html",
      contentBase64: Buffer.from("<script>alert(1)</script>").toString("base64"),
    });
    expect(html.status).toBe(400);
    const disguised = await frontline.request("POST", `/api/v1/cases/${caseId}/attachments`, {
      fileName: "invoice.pdf",
      mediaType: "application/pdf",
      contentBase64: Buffer.from("MZ\x90\x00 executable").toString("base64"),
    });
    expect(disguised.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it("answers a malformed screening with 400 naming the indicator, and stores nothing", async () => {
    const before = await counts();
    const res = await frontline.request("POST", `/api/v1/cases/${caseId}/screenings`, {
      profiles: ["adult_labour"],
      observations: [{ indicator: "no-such-indicator", status: "present", observedAt: "2026-11-01" }],
    });
    expect(res.status).toBe(400);
    expect(res.json().error.issues[0].path).toBe("body.observations.0.indicator");
    expect(await counts()).toEqual(before);
  });

  it("refuses consent to sharing without the organisation, and a grant naming both or neither", async () => {
    const consent = await frontline.request("POST", `/api/v1/cases/${caseId}/consents`, {
      purpose: "sharing",
      givenOn: "2026-11-01",
      form: "written",
      language: "fi",
      interpreter: false,
    });
    expect(consent.status).toBe(400);
    expect((await frontline.request("POST", `/api/v1/cases/${caseId}/grants`, {})).status).toBe(400);
  });

  it("refuses a grant to another municipality's organisation with 400 and writes nothing", async () => {
    const res = await frontline.request("POST", `/api/v1/cases/${caseId}/grants`, {
      organisationId: "00000000-0000-4000-8000-000000000099",
    });
    expect(res.status).toBe(400);
    expect(res.json().error.issues[0].path).toBe("body.organisationId");
  });

  it("refuses an assignee or a meeting partner outside the municipality with 400 naming the field", async () => {
    const stranger = "00000000-0000-4000-8000-000000000098";
    const before = await counts();
    const task = await frontline.request("POST", `/api/v1/cases/${caseId}/tasks`, {
      title: "Call",
      dueOn: "2026-12-01",
      assigneeId: stranger,
    });
    expect(task.status).toBe(400);
    expect(task.json().error.issues[0].path).toBe("body.assigneeId");
    const meeting = await frontline.request("POST", `/api/v1/cases/${caseId}/contacts`, {
      kind: "meeting",
      occurredAt: "2026-11-01T10:00:00Z",
      summary: "Met",
      withOrganisationId: stranger,
    });
    expect(meeting.status).toBe(400);
    expect(meeting.json().error.issues[0].path).toBe("body.withOrganisationId");
    expect(await counts()).toEqual(before);
  });
});
