import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planning } from "@ariadne/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfTagging } from "../pdf/pdf-text.ts";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let coordinator: Agent;
let frontline: Agent;
let analyst: Agent;
let orgs: { id: string; name: string }[];

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn("coordinator");
  frontline = await t.signIn("frontline");
  analyst = await t.signIn("analyst");
  orgs = (await coordinator.request("GET", "/api/v1/organisations")).json().items;
});
afterAll(async () => {
  await t.close();
});

const issuePaths = (res: { json: () => { error: { issues: { path: string }[] } } }) =>
  res.json().error.issues.map((i) => i.path);
const unknownId = "00000000-0000-4000-8000-000000000009";

describe("action plan template", () => {
  it("holds the guidelines' chapters, each action citing the guidelines", async () => {
    const res = await frontline.request("GET", "/api/v1/action-plan/template");
    expect(res.status).toBe(200);
    const template = res.json();
    expect(template.chapters.map((c: { chapter: string }) => c.chapter)).toEqual([
      "mapping",
      "identification",
      "referral_and_assistance",
      "prevention",
      "cooperation",
    ]);
    for (const c of template.chapters) {
      for (const a of c.actions) expect(a.citation.source).toMatch(/Guidelines for municipalities \(2016\)/);
    }
  });
});

describe("action plan", () => {
  it("seeds the plan from the template once, skipping actions already in it", async () => {
    const first = await coordinator.request("POST", "/api/v1/action-plan/seed", {
      templateActionIds: ["mapping.vulnerable-groups", "prevention.procurement"],
    });
    expect(first.status).toBe(201);
    expect(first.json().created.map((p: { templateActionId: string }) => p.templateActionId)).toEqual([
      "mapping.vulnerable-groups",
      "prevention.procurement",
    ]);
    expect(first.json().created[1].description).toContain("social clauses in public procurement");
    const again = await coordinator.request("POST", "/api/v1/action-plan/seed", {
      templateActionIds: ["prevention.procurement", "cooperation.partnership"],
    });
    expect(again.json().created.map((p: { templateActionId: string }) => p.templateActionId)).toEqual([
      "cooperation.partnership",
    ]);
    expect(again.json().skipped).toEqual(["prevention.procurement"]);
  });

  it("stores a seeded point as its template key and canonical wording, never in the requester's language", async () => {
    const res = await coordinator.request(
      "POST",
      "/api/v1/action-plan/seed",
      { templateActionIds: ["prevention.awareness"] },
      { "accept-language": "fi" },
    );
    expect(res.status).toBe(201);
    const [point] = res.json().created;
    // The web app shows this in the reader's language from the key (plan/template-text.ts).
    expect(point.templateActionId).toBe("prevention.awareness");
    expect(point.title).toBe(planning.recommendedAction("prevention.awareness")?.title);
    expect(point.title).not.toBe("Lisää tietoisuutta yleisillä ja kohdennetuilla toimilla");
  });

  it("refuses a template action that does not exist, naming it", async () => {
    const res = await coordinator.request("POST", "/api/v1/action-plan/seed", {
      templateActionIds: ["mapping.nope"],
    });
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toContain("body.templateActionIds.0");
  });

  it("creates an action point with owner, partners, deadline and the priorities it serves", async () => {
    const priority = (
      await coordinator.request("POST", "/api/v1/priorities", {
        form: "forced_labour",
        ratings: { prevalence: 4, severity: 5, hiddenness: 4, fewTrainedActors: 3, lowCoverage: 4 },
      })
    ).json();
    const res = await coordinator.request("POST", "/api/v1/action-plan", {
      chapter: "identification",
      title: "Train berry-farm inspectors",
      ownerOrganisationId: orgs[0]!.id,
      partnerOrganisationIds: [orgs[1]!.id],
      deadline: "2027-04-30",
      resources: "2 trainer days",
      progressIndicator: "inspectors trained / inspectors",
      priorityIds: [priority.id],
    });
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({
      status: "planned",
      progressPercent: 0,
      priorityIds: [priority.id],
      partnerOrganisationIds: [orgs[1]!.id],
      deadline: "2027-04-30",
      overdue: false,
      version: 1,
    });
  });

  it("refuses an owner or a priority that is not the municipality's, naming the field", async () => {
    const owner = await coordinator.request("POST", "/api/v1/action-plan", {
      chapter: "prevention",
      title: "X",
      ownerOrganisationId: unknownId,
    });
    expect(issuePaths(owner)).toEqual(["body.ownerOrganisationId"]);
    const partner = await coordinator.request("POST", "/api/v1/action-plan", {
      chapter: "prevention",
      title: "X",
      partnerOrganisationIds: [orgs[0]!.id, unknownId],
    });
    expect(issuePaths(partner)).toEqual(["body.partnerOrganisationIds.1"]);
    const priority = await coordinator.request("POST", "/api/v1/action-plan", {
      chapter: "prevention",
      title: "X",
      priorityIds: [unknownId],
    });
    expect(issuePaths(priority)).toEqual(["body.priorityIds.0"]);
  });

  it("refuses an unknown chapter, naming the field", async () => {
    const res = await coordinator.request("POST", "/api/v1/action-plan", {
      chapter: "conclusions",
      title: "X",
    });
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toContain("body.chapter");
  });

  it("updates progress with optimistic locking", async () => {
    const p = (
      await coordinator.request("POST", "/api/v1/action-plan", {
        chapter: "cooperation",
        title: "Sign the agreement",
      })
    ).json();
    const ok = await coordinator.request("PATCH", `/api/v1/action-plan/${p.id}`, {
      status: "in_progress",
      progressPercent: 40,
      evidence: "Draft circulated",
      version: 1,
    });
    expect(ok.json()).toMatchObject({
      status: "in_progress",
      progressPercent: 40,
      evidence: "Draft circulated",
      version: 2,
    });
    const stale = await coordinator.request("PATCH", `/api/v1/action-plan/${p.id}`, {
      status: "done",
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.json().error.current).toMatchObject({ status: "in_progress", version: 2 });
  });

  it("groups the plan by chapter with a timeline that flags overdue points as of a day", async () => {
    await coordinator.request("POST", "/api/v1/action-plan", {
      chapter: "prevention",
      title: "Leaflets for taxi drivers",
      deadline: "2026-10-01",
    });
    const res = await frontline.request("GET", "/api/v1/action-plan?asOf=2026-11-29");
    expect(res.status).toBe(200);
    const plan = res.json();
    expect(plan.chapters.map((c: { chapter: string }) => c.chapter)).toEqual([
      "mapping",
      "identification",
      "referral_and_assistance",
      "prevention",
      "cooperation",
    ]);
    const leaflets = plan.timeline.find((x: { title: string }) => x.title === "Leaflets for taxi drivers");
    expect(leaflets).toMatchObject({ deadline: "2026-10-01", overdue: true });
    const dates = plan.timeline.map((x: { deadline: string }) => x.deadline);
    expect(dates).toEqual([...dates].sort());
  });

  it("lets partners read the plan but only the coordinator change it", async () => {
    const plan = await analyst.request("GET", "/api/v1/action-plan");
    expect(plan.status).toBe(200);
    expect(plan.json().abilities).toEqual({ manage: false });
    expect((await coordinator.request("GET", "/api/v1/action-plan")).json().abilities).toEqual({
      manage: true,
    });
    expect(
      (await frontline.request("POST", "/api/v1/action-plan", { chapter: "mapping", title: "X" })).status,
    ).toBe(403);
    expect((await frontline.request("POST", "/api/v1/action-plan/seed", {})).status).toBe(403);
  });

  it("exports the plan as a PDF that renders, with its chapters and action points", async () => {
    const res = await t.app.inject({
      method: "GET",
      url: "/api/v1/action-plan/export.pdf?asOf=2026-11-29",
      headers: { cookie: coordinator.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // A title beyond Latin-1 (Lithuanian, Polish, Russian) prints as written.
    await coordinator.request("POST", "/api/v1/action-plan", {
      chapter: "cooperation",
      title: "Šiaulių ir Łodzi partneriai — встреча",
    });
    const unicode = (
      await t.app.inject({
        method: "GET",
        url: "/api/v1/action-plan/export.pdf?asOf=2026-11-29",
        headers: { cookie: coordinator.cookie },
      })
    ).rawPayload;
    const dir = mkdtempSync(join(tmpdir(), "ariadne-plan-"));
    try {
      writeFileSync(join(dir, "plan.pdf"), pdf);
      execFileSync("pdftoppm", ["-png", "-r", "40", join(dir, "plan.pdf"), join(dir, "page")]);
      const pages = readdirSync(dir).filter((f) => f.startsWith("page") && f.endsWith(".png"));
      expect(pages.length).toBeGreaterThanOrEqual(1);
      for (const p of pages) expect(statSync(join(dir, p)).size).toBeGreaterThan(1000);
      const text = execFileSync("pdftotext", ["-layout", join(dir, "plan.pdf"), "-"]).toString();
      for (const heading of [
        "Mapping the local situation",
        "Identification of victims",
        "Prevention",
        "Timeline",
      ]) {
        expect(text).toContain(heading);
      }
      expect(text).toContain("Local priorities");
      expect(text).toMatch(/1\. forced labour: score \d+ of 100 \(proposed\)/);
      expect(text).toContain("Train berry-farm inspectors");
      expect(text).toContain("Leaflets for taxi drivers");
      writeFileSync(join(dir, "unicode.pdf"), unicode);
      expect(execFileSync("pdftotext", [join(dir, "unicode.pdf"), "-"]).toString()).toContain(
        "Šiaulių ir Łodzi partneriai — встреча",
      );
      // In Finnish: the PDF's own words, the forms, statuses and dates in the reader's language.
      const finnish = await t.app.inject({
        method: "GET",
        url: "/api/v1/action-plan/export.pdf?asOf=2026-11-29&lang=fi",
        headers: { cookie: coordinator.cookie },
      });
      expect(finnish.statusCode).toBe(200);
      writeFileSync(join(dir, "fi.pdf"), finnish.rawPayload);
      const fi = execFileSync("pdftotext", [join(dir, "fi.pdf"), "-"])
        .toString()
        .replace(/\s+/g, " ");
      for (const words of [
        "Ihmiskaupan vastainen toimintasuunnitelma",
        "Paikalliset painopisteet",
        "Aikajana",
      ]) {
        expect(fi).toContain(words);
      }
      expect(fi).toMatch(/1\. pakkotyö: pisteet \d+\/100 \(ehdotettu\)/);
      expect(fi).toContain("Tilanne 29. marraskuuta 2026");
      expect(fi).not.toContain("Local priorities");
      // A language the PDF does not speak is refused by name, not answered in another.
      const unknown = await t.app.inject({
        method: "GET",
        url: "/api/v1/action-plan/export.pdf?lang=xx",
        headers: { cookie: coordinator.cookie },
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.details?.[0]?.path ?? JSON.stringify(unknown.json())).toContain("lang");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("tags the plan's PDF for a screen reader in the reader's language (issue 18)", async () => {
    const res = await t.app.inject({
      method: "GET",
      url: "/api/v1/action-plan/export.pdf?asOf=2026-11-29&lang=et",
      headers: { cookie: coordinator.cookie },
    });
    expect(res.statusCode).toBe(200);
    // Marked, in Estonian: the title a heading, the priorities, chapters and timeline headings below
    // it, each action point a heading below its chapter, its details paragraphs.
    const { elements, ...tagging } = pdfTagging(res.rawPayload);
    expect(tagging).toMatchObject({ marked: true, lang: "et", titleShown: true });
    expect(elements[0]).toEqual({ type: "H1", text: "Inimkaubanduse vastane tegevuskava" });
    const sections = elements.filter((e) => e.type === "H2").map((e) => e.text);
    expect(sections[0]).toBe("Kohalikud prioriteedid");
    expect(sections).toContain("Kohaliku olukorra kaardistamine");
    expect(sections.at(-1)).toBe("Ajakava");
    expect(elements).toContainEqual({ type: "H3", text: "Train berry-farm inspectors" });
    expect(elements.find((e) => e.text.startsWith("Vastutaja: "))?.type).toBe("P");
  });
});

describe("self-assessment", () => {
  it("serves the checklist of the guidelines' recommendations per chapter", async () => {
    const res = await frontline.request("GET", "/api/v1/self-assessments/checklist");
    expect(res.status).toBe(200);
    expect(res.json().chapters).toHaveLength(5);
    expect(res.json().levels).toEqual(["not_started", "initial", "developing", "established", "embedded"]);
  });

  it("gives a maturity level per chapter and turns gaps into proposed action points", async () => {
    const res = await coordinator.request("POST", "/api/v1/self-assessments", {
      assessedOn: "2026-03-01",
      answers: {
        "mapping.vulnerable-groups": "yes",
        "mapping.locations": "yes",
        "mapping.identifying-actors": "partly",
        "mapping.forms": "yes",
        "mapping.priorities": "no",
      },
    });
    expect(res.status).toBe(201);
    const a = res.json();
    expect(a.maturity.find((m: { chapter: string }) => m.chapter === "mapping")).toMatchObject({
      level: "established",
      ratio: 0.7,
    });
    expect(a.maturity.find((m: { chapter: string }) => m.chapter === "prevention").level).toBe("not_started");
    const proposed = a.proposedActionPoints.map((p: { templateActionId: string }) => p.templateActionId);
    expect(proposed).toContain("mapping.priorities");
    expect(proposed).toContain("mapping.identifying-actors");
    expect(proposed).not.toContain("mapping.locations");
  });

  it("turns a self-assessment's gaps into action points, once", async () => {
    const template = (await coordinator.request("GET", "/api/v1/action-plan/template")).json();
    const allYes = Object.fromEntries(
      template.chapters.flatMap((c: { actions: { id: string }[] }) => c.actions.map((x) => [x.id, "yes"])),
    );
    const a = (
      await coordinator.request("POST", "/api/v1/self-assessments", {
        assessedOn: "2026-06-01",
        answers: allYes,
      })
    ).json();
    await coordinator.request("PATCH", `/api/v1/self-assessments/${a.id}`, {
      answers: { ...allYes, "referral.scheme-of-assistance": "partly", "referral.map-services": "no" },
      version: 1,
    });
    const seeded = await coordinator.request("POST", "/api/v1/action-plan/seed", { selfAssessmentId: a.id });
    expect(seeded.status).toBe(201);
    expect(seeded.json().created.map((p: { title: string }) => p.title)).toEqual([
      "Map the services for (potential) victims and the actors who provide or could provide them",
      "Strengthen: Agree a local scheme of assistance",
    ]);
    const again = await coordinator.request("POST", "/api/v1/action-plan/seed", { selfAssessmentId: a.id });
    expect(again.json()).toMatchObject({
      created: [],
      skipped: ["referral.map-services", "referral.scheme-of-assistance"],
    });
    const unknown = await coordinator.request("POST", "/api/v1/action-plan/seed", {
      selfAssessmentId: unknownId,
    });
    expect(issuePaths(unknown)).toEqual(["body.selfAssessmentId"]);
  });

  it("refuses an answer to a recommendation that is not on the checklist, naming it", async () => {
    const res = await coordinator.request("POST", "/api/v1/self-assessments", {
      assessedOn: "2026-03-01",
      answers: { "mapping.unknown": "yes" },
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(issuePaths(res))).toContain("body.answers");
  });

  it("tracks maturity over time as a series per chapter", async () => {
    const later = await coordinator.request("POST", "/api/v1/self-assessments", {
      assessedOn: "2026-11-01",
      answers: { "prevention.awareness": "yes", "prevention.outreach": "partly" },
    });
    const res = await analyst.request("GET", "/api/v1/self-assessments");
    expect(res.status).toBe(200);
    const prevention = res.json().series.find((s: { chapter: string }) => s.chapter === "prevention");
    expect(
      prevention.points.map((p: { assessedOn: string; levelIndex: number }) => [p.assessedOn, p.levelIndex]),
    ).toEqual([
      ["2026-03-01", 0],
      ["2026-06-01", 4],
      ["2026-11-01", 1],
    ]);
    const patched = await coordinator.request("PATCH", `/api/v1/self-assessments/${later.json().id}`, {
      note: "Reviewed with partners",
      version: 1,
    });
    expect(patched.json()).toMatchObject({ note: "Reviewed with partners", version: 2 });
    const stale = await coordinator.request("PATCH", `/api/v1/self-assessments/${later.json().id}`, {
      note: "x",
      version: 1,
    });
    expect(stale.status).toBe(409);
  });
});

describe("partnership register", () => {
  it("registers a member with a contact point, stored encrypted", async () => {
    const res = await coordinator.request("POST", "/api/v1/partnerships", {
      details: {
        kind: "member",
        organisationId: orgs[0]!.id,
        contactPoint: { name: "Zebulon Quartermaine-Ytterberg", email: "zq@example.org" },
        roleInNetwork: "Chairs the network",
        agreement: { kind: "cooperation_agreement", signedOn: "2026-02-01" },
      },
    });
    expect(res.status).toBe(201);
    expect(res.json().details.contactPoint.name).toBe("Zebulon Quartermaine-Ytterberg");
    const raw = await t.db.query<{ details_enc: string }>(
      "select details_enc from partnerships where id = $1",
      [res.json().id],
    );
    expect(raw[0]!.details_enc).not.toContain("Zebulon");
    const read = await frontline.request("GET", `/api/v1/partnerships/${res.json().id}`);
    expect(read.json().details.agreement).toMatchObject({
      kind: "cooperation_agreement",
      signedOn: "2026-02-01",
    });
  });

  it("records a meeting with its participants and decisions", async () => {
    const res = await coordinator.request("POST", "/api/v1/partnerships", {
      details: {
        kind: "meeting",
        heldOn: "2026-11-20",
        title: "Network meeting",
        participantOrganisationIds: orgs.slice(0, 2).map((o) => o.id),
        decisions: ["Adopt the action plan draft"],
      },
    });
    expect(res.status).toBe(201);
    const list = (await coordinator.request("GET", "/api/v1/partnerships")).json().items;
    expect(list.map((p: { details: { kind: string } }) => p.details.kind).sort()).toEqual([
      "meeting",
      "member",
    ]);
  });

  it("refuses a participant that is not the municipality's organisation, naming it", async () => {
    const res = await coordinator.request("POST", "/api/v1/partnerships", {
      details: { kind: "meeting", heldOn: "2026-11-20", title: "M", participantOrganisationIds: [unknownId] },
    });
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toEqual(["body.details.participantOrganisationIds.0"]);
  });

  it("archives an entry with optimistic locking and never changes its kind", async () => {
    const m = (
      await coordinator.request("POST", "/api/v1/partnerships", {
        details: { kind: "meeting", heldOn: "2026-01-10", title: "Kick-off" },
      })
    ).json();
    const kind = await coordinator.request("PATCH", `/api/v1/partnerships/${m.id}`, {
      details: { kind: "member", organisationId: orgs[0]!.id },
      version: 1,
    });
    expect(issuePaths(kind)).toEqual(["body.details.kind"]);
    const archived = await coordinator.request("PATCH", `/api/v1/partnerships/${m.id}`, {
      archived: true,
      version: 1,
    });
    expect(archived.json()).toMatchObject({ archived: true, version: 2 });
    expect(
      (await coordinator.request("PATCH", `/api/v1/partnerships/${m.id}`, { archived: false, version: 1 }))
        .status,
    ).toBe(409);
    const titles = (await coordinator.request("GET", "/api/v1/partnerships"))
      .json()
      .items.map((p: { details: { title?: string } }) => p.details.title);
    expect(titles).not.toContain("Kick-off");
  });

  it("lets only the coordinator change the register", async () => {
    const res = await frontline.request("POST", "/api/v1/partnerships", {
      details: { kind: "meeting", heldOn: "2026-11-20", title: "M" },
    });
    expect(res.status).toBe(403);
  });
});
