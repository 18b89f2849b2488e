import { withTenant } from "@ariadne/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfTagging, pdfText } from "../pdf/pdf-text.ts";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";
import { aCase, demoDirectory } from "./testing.ts";

let t: TestApp;
let frontline: Agent;
let coordinator: Agent;
let dir: Awaited<ReturnType<typeof demoDirectory>>;

beforeAll(async () => {
  t = await createTestApp();
  frontline = await t.signIn("frontline");
  coordinator = await t.signIn("coordinator");
  dir = await demoDirectory(t.db, t.seed.municipalityId);
});
afterAll(async () => {
  await t.close();
});

async function newCase(person: Record<string, unknown> = {}) {
  const res = await frontline.request("POST", "/api/v1/cases", { person, forms: ["forced_labour"] });
  expect(res.status).toBe(201);
  return res.json();
}

const auditActions = async (recordId: string) =>
  (
    await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query<{ action: string }>("select action from audit_log where record_id = $1 order by seq", [
        recordId,
      ]),
    )
  ).map((r) => r.action);

describe("a case over time", () => {
  it("opens pseudonymously with a generated code, owned by the creator's organisation", async () => {
    const { case: c } = await newCase();
    expect(c.caseCode).toMatch(/^C\d{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(c).toMatchObject({
      status: "concern_raised",
      ownerOrganisationId: frontline.me.organisationId,
      access: "content",
    });
    expect(c.content.person).toMatchObject({ givenName: null, familyName: null, aliases: [] });
    expect(c.abilities).toMatchObject({ read: true, write: true, breakGlass: false });
  });

  it("records the sector of exploitation, shows it, counts it and keeps it in the case's versions", async () => {
    const { case: c } = await newCase();
    expect(c.content.sector).toBeNull();
    const res = await frontline.request("PATCH", `/api/v1/cases/${c.id}`, {
      sector: "construction",
      version: 1,
    });
    expect(res.status).toBe(200);
    expect(res.json().content.sector).toBe("construction");
    expect((await frontline.request("GET", `/api/v1/cases/${c.id}`)).json().content.sector).toBe(
      "construction",
    );
    const counted = await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query<{ sector: string }>("select sector from case_stat_facts where case_id = $1", [c.id]),
    );
    expect(counted).toEqual([{ sector: "construction" }]);
    const cleared = await frontline.request("PATCH", `/api/v1/cases/${c.id}`, { sector: null, version: 2 });
    expect(cleared.json().content.sector).toBeNull();
    const bad = await frontline.request("PATCH", `/api/v1/cases/${c.id}`, { sector: "mining", version: 3 });
    expect(bad.status).toBe(400);
    expect(bad.json().error.issues.map((x: { path: string }) => x.path)).toContain("body.sector");
  });

  it("refuses to open a case for another organisation", async () => {
    const res = await frontline.request("POST", "/api/v1/cases", {
      person: { aliases: ["Mira"] },
      ownerOrganisationId: dir.org("police"),
    });
    expect(res.status).toBe(400);
  });

  it("follows the lifecycle with who, when and why, and the reflection period's dates", async () => {
    const { case: c } = await newCase();
    const step = async (body: Record<string, unknown>, version: number) => {
      const res = await frontline.request("POST", `/api/v1/cases/${c.id}/transitions`, { ...body, version });
      expect(res.status, JSON.stringify(res.json())).toBe(200);
      return res.json();
    };
    await step({ to: "screening", why: "Indicators of forced labour" }, 1);
    await step({ to: "potential_victim" }, 2);
    await step({ to: "presumed_victim", why: "Reasonable grounds" }, 3);
    const assisted = await step(
      { to: "in_assistance", reflectionPeriodStart: "2026-11-01", reflectionPeriodEnd: "2027-01-30" },
      4,
    );
    expect(assisted.content.state).toEqual({
      status: "in_assistance",
      reflectionPeriod: { start: "2026-11-01", end: "2027-01-30" },
    });
    const closed = await step({ to: "closed", reason: "assistance_completed" }, 5);
    expect(closed.content.history.map((h: { to: string }) => h.to)).toEqual([
      "concern_raised",
      "screening",
      "potential_victim",
      "presumed_victim",
      "in_assistance",
      "closed",
    ]);
    expect(closed.content.history[1]).toMatchObject({
      from: "concern_raised",
      why: "Indicators of forced labour",
      by: frontline.me.id,
    });
    expect(closed.abilities.write).toBe(false);
    expect((await frontline.request("POST", `/api/v1/cases/${c.id}/notes`, { text: "late" })).status).toBe(
      403,
    );
  });

  it("keeps a timeline of notes, meetings, tasks, attachments and screenings evaluated over time", async () => {
    const { case: c } = await newCase();
    const post = async (path: string, body: unknown) => {
      const res = await frontline.request("POST", `/api/v1/cases/${c.id}/${path}`, body);
      expect(res.status, `${path} ${res.body}`).toBe(201);
      return res.json();
    };
    await post("notes", { text: "First contact at the car wash." });
    await post("contacts", {
      kind: "meeting",
      occurredAt: "2026-11-10T10:00:00Z",
      summary: "With interpreter",
      interpreterUsed: true,
    });
    const task = await post("tasks", { title: "Arrange shelter", dueOn: "2026-11-30" });
    const pdf = Buffer.from("%PDF-1.4\n%statement\n");
    const file = await post("attachments", {
      fileName: '../../etc/statement".pdf',
      mediaType: "application/pdf",
      contentBase64: pdf.toString("base64"),
    });
    expect(file.attachment).toEqual({
      fileName: "statement_.pdf",
      mediaType: "application/pdf",
      sizeBytes: pdf.length,
    });
    const first = await post("screenings", {
      profiles: ["adult_labour"],
      observations: [{ indicator: "alx.dec.01", status: "present", observedAt: "2026-10-01" }],
    });
    expect(first.screening.result.catalogueVersion).toBeDefined();
    const screening = await frontline.request("POST", `/api/v1/cases/${c.id}/screenings`, {
      profiles: ["adult_labour"],
      observations: [
        { indicator: "alx.dec.01", status: "present", observedAt: "2026-10-01" },
        { indicator: "alx.exp.01", status: "present", observedAt: "2026-11-01" },
      ],
    });
    expect(screening.status).toBe(201);
    expect(screening.json().screening.result.outcome).toBeDefined();

    const done = await frontline.request("PATCH", `/api/v1/cases/${c.id}/tasks/${task.id}`, {
      done: true,
      version: 1,
    });
    expect(done.json().task).toMatchObject({ title: "Arrange shelter", done: true, dueOn: "2026-11-30" });
    expect(
      (
        await frontline.request("PATCH", `/api/v1/cases/${c.id}/tasks/${task.id}`, {
          done: false,
          version: 1,
        })
      ).status,
    ).toBe(409);

    const detail = (await frontline.request("GET", `/api/v1/cases/${c.id}`)).json();
    const kinds = detail.content.timeline.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["note", "contact", "task", "attachment", "screening"]));
    expect(
      detail.content.timeline.find((e: { kind: string }) => e.kind === "screening").screening.result
        .catalogueVersion,
    ).toBeDefined();

    const download = await frontline.request("GET", `/api/v1/cases/${c.id}/attachments/${file.id}`);
    expect(download.status).toBe(200);
    expect(download.headers["content-disposition"]).toMatch(/^attachment; filename="statement_.pdf"/);
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(download.headers["content-security-policy"]).toContain("sandbox");
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(Buffer.from(download.body, "latin1").subarray(0, 5).toString()).toBe("%PDF-");

    const coordinatorDownload = await coordinator.request(
      "GET",
      `/api/v1/cases/${c.id}/attachments/${file.id}`,
    );
    expect(coordinatorDownload.status).toBe(403);
    expect(await auditActions(c.id)).toEqual(
      expect.arrayContaining([
        "cases.create",
        "cases.note.add",
        "cases.attachment.add",
        "cases.attachment.download",
        "cases.read",
      ]),
    );
  });

  it("records consent per purpose and withdraws it at once", async () => {
    const { case: c } = await newCase();
    const consent = await frontline.request("POST", `/api/v1/cases/${c.id}/consents`, {
      purpose: "sharing",
      organisationId: dir.org("ngo"),
      givenOn: "2026-11-01",
      form: "written",
      language: "ro",
      interpreter: true,
    });
    expect(consent.status).toBe(201);
    expect(consent.json()).toMatchObject({ purpose: "sharing", active: true, withdrawnOn: null });
    const withdrawn = await frontline.request(
      "POST",
      `/api/v1/cases/${c.id}/consents/${consent.json().id}/withdraw`,
      {
        withdrawnOn: "2026-11-20",
      },
    );
    expect(withdrawn.json()).toMatchObject({ active: false, withdrawnOn: "2026-11-20" });
    const again = await frontline.request(
      "POST",
      `/api/v1/cases/${c.id}/consents/${consent.json().id}/withdraw`,
      {
        withdrawnOn: "2026-11-21",
      },
    );
    expect(again.status).toBe(404);
    const detail = (await frontline.request("GET", `/api/v1/cases/${c.id}`)).json();
    expect(detail.content.consents[0]).toMatchObject({ active: false, language: "ro", interpreter: true });
  });
});

describe("the person's rights", () => {
  it("exports everything held on the person as JSON, audited", async () => {
    const { case: c } = await newCase({
      givenName: "Elena",
      familyName: "Popescu",
      phone: "+40 721 000 111",
      gender: "female",
    });
    await frontline.request("POST", `/api/v1/cases/${c.id}/notes`, { text: "Prefers Romanian." });
    await frontline.request("PATCH", `/api/v1/persons/${c.personId}`, { address: "Rua 1", version: 1 });
    const res = await frontline.request("GET", `/api/v1/persons/${c.personId}/export`);
    expect(res.status).toBe(200);
    expect(res.headers["content-disposition"]).toContain("attachment");
    const exported = res.json();
    expect(exported).toMatchObject({
      format: "ariadne.person-export.v1",
      person: { givenName: "Elena", familyName: "Popescu", address: "Rua 1" },
      case: { caseCode: c.caseCode, state: { status: "concern_raised" } },
    });
    expect(exported.timeline[0].note.text).toBe("Prefers Romanian.");
    expect(exported.versions[0].changes.address).toEqual({ from: null, to: "Rua 1" });
    expect(exported.breakGlassAccesses).toEqual([]);
    expect(await auditActions(c.personId)).toEqual(["persons.rectify", "persons.export"]);
    expect((await coordinator.request("GET", `/api/v1/persons/${c.personId}/export`)).status).toBe(403);
  });

  it("exports the same as a PDF download in the person's language where Ariadne has it", async () => {
    const { case: c } = await newCase({ givenName: "Sofia", languages: ["ar", "sv"] });
    const res = await frontline.request("GET", `/api/v1/persons/${c.personId}/export?format=pdf`);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-language"]).toBe("sv");
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="person-.*\.pdf"$/);
    expect(res.body.startsWith("%PDF-")).toBe(true);
    const fi = await frontline.request("GET", `/api/v1/persons/${c.personId}/export?format=pdf&lang=fi`);
    expect(fi.headers["content-language"]).toBe("fi");
  });

  it("prints the person's name exactly in the PDF, whatever the letters, in the person's language", async () => {
    // Russian is not (yet) a language of Ariadne's: the export is in the next one the person reads.
    const { case: c } = await newCase({
      givenName: "Rūta",
      familyName: "Petrauskaitė",
      aliases: ["Åsa Jääskeläinen"],
      languages: ["ru", "fi"],
    });
    // The raw bytes: the agent's response decodes bodies as UTF-8 text.
    const res = await t.app.inject({
      method: "GET",
      url: `/api/v1/persons/${c.personId}/export?format=pdf`,
      headers: { cookie: frontline.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-language"]).toBe("fi");
    const text = pdfText(res.rawPayload);
    expect(text).toContain("Petrauskaitė");
    expect(text).toContain("Rūta");
    expect(text).toContain("Åsa Jääskeläinen");
    expect(text).toContain("Kunnan hallussa olevat henkilötiedot");
    // The person's fields and the case's status in Finnish too, not as codes.
    expect(text).toContain("Sukunimi: Petrauskaitė");
    expect(text).toContain("Tila: Huoli herännyt");
    expect(text).not.toContain("familyName");
    // Codes by their names in Finnish, dates in the long form, never "ru, fi" or a bare ISO date.
    expect(text).toContain("venäjä, suomi");
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(text).toMatch(/\d{1,2}\. [a-zäö]+kuuta \d{4}/);
  });

  it("exports in Lithuanian to a person who reads it (issue 18: every language of the region)", async () => {
    const { case: c } = await newCase({
      givenName: "Rūta",
      familyName: "Petrauskaitė",
      languages: ["lt", "fi"],
    });
    const res = await t.app.inject({
      method: "GET",
      url: `/api/v1/persons/${c.personId}/export?format=pdf`,
      headers: { cookie: frontline.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-language"]).toBe("lt");
    const text = pdfText(res.rawPayload);
    expect(text).toContain("Savivaldybės tvarkomi asmens duomenys");
    expect(text).toContain("Pavardė: Petrauskaitė");
    expect(text).not.toContain("familyName");
    // Tagged for a screen reader: marked, in Lithuanian, the title a heading and each field a paragraph.
    const tagging = pdfTagging(res.rawPayload);
    expect(tagging).toMatchObject({ marked: true, lang: "lt" });
    expect(tagging.structure).toMatch(/H1[^\n]*\n\s*"Savivaldybės tvarkomi asmens duomenys/);
    expect(tagging.structure).toMatch(/P[^\n]*\n\s*"Pavardė: Petrauskaitė/);
    expect(res.rawPayload.toString("latin1")).toMatch(/\/DisplayDocTitle true/);
  });

  it("exports in the reader's stored language when Ariadne speaks none of the person's (issue 18)", async () => {
    const { case: c } = await newCase({ givenName: "Olga", familyName: "Ivanova", languages: ["ru"] });
    expect((await frontline.request("PUT", "/api/v1/auth/locale", { locale: "et" })).status).toBe(200);
    try {
      const res = await t.app.inject({
        method: "GET",
        url: `/api/v1/persons/${c.personId}/export?format=pdf`,
        headers: { cookie: frontline.cookie },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-language"]).toBe("et");
      const text = pdfText(res.rawPayload);
      expect(text).toContain("Omavalitsuse käes olevad isikuandmed");
      expect(text).toContain("Ivanova");
      // The request's own choice still wins over the stored one.
      const fi = await frontline.request("GET", `/api/v1/persons/${c.personId}/export?format=pdf&lang=fi`);
      expect(fi.headers["content-language"]).toBe("fi");
    } finally {
      await frontline.request("PUT", "/api/v1/auth/locale", { locale: null });
    }
    const english = await frontline.request("GET", `/api/v1/persons/${c.personId}/export?format=pdf`);
    expect(english.headers["content-language"]).toBe("en");
  });

  it("rectifies a field, keeps the old value as a version, and clears a field with null", async () => {
    const { case: c } = await newCase({ givenName: "Jon", citizenship: "SE" });
    const res = await frontline.request("PATCH", `/api/v1/persons/${c.personId}`, {
      givenName: "John",
      citizenship: null,
      version: 1,
    });
    expect(res.json()).toMatchObject({ givenName: "John", citizenship: null, version: 2 });
    const versions = (await frontline.request("GET", `/api/v1/cases/${c.id}/versions`)).json().items;
    expect(versions[0].changes).toEqual({
      givenName: { from: "Jon", to: "John" },
      citizenship: { from: "SE", to: null },
    });
  });

  it("anonymises a closed case on request, keeping coded statistics; refuses while it is open", async () => {
    const { case: c } = await newCase({ givenName: "Mara", gender: "female", ageBand: "21-23" });
    expect(
      (await frontline.request("POST", `/api/v1/persons/${c.personId}/anonymise`, { version: 1 })).status,
    ).toBe(403);
    await frontline.request("POST", `/api/v1/cases/${c.id}/transitions`, {
      to: "closed",
      reason: "person_declined",
      version: 1,
    });
    const res = await frontline.request("POST", `/api/v1/persons/${c.personId}/anonymise`, { version: 1 });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({
      anonymised: true,
      content: { person: { givenName: null, gender: "female", ageBand: "21-23" } },
    });
  });
});

describe("duplicates", () => {
  it("warns of the same person entered twice, found by blind index, and merges only when asked", async () => {
    const person = { givenName: "Ivana", familyName: "Horvat", dateOfBirth: "2001-03-04" };
    const first = await newCase(person);
    expect(first.duplicateCandidates).toEqual([]);
    const second = await newCase({ givenName: " IVANA ", familyName: "horvat", dateOfBirth: "2001-03-04" });
    expect(second.duplicateCandidates).toEqual([
      expect.objectContaining({
        caseId: first.case.id,
        matched: ["name", "dateOfBirth"],
        strength: "strong",
      }),
    ]);
    const phoneOnly = await newCase({ phone: "+385 91 555 0101" });
    const byPhone = await newCase({ phone: "+385915550101" });
    expect(byPhone.duplicateCandidates[0]).toMatchObject({ caseId: phoneOnly.case.id, matched: ["phone"] });

    // Nothing is merged automatically: both cases still stand.
    expect(
      (await frontline.request("GET", `/api/v1/cases/${first.case.id}`)).json().mergedIntoCaseId,
    ).toBeNull();
    await frontline.request("POST", `/api/v1/cases/${second.case.id}/notes`, {
      text: "Note on the duplicate",
    });
    const dup = (await frontline.request("GET", `/api/v1/cases/${first.case.id}/duplicates`)).json().items;
    expect(dup.map((d: { caseId: string }) => d.caseId)).toEqual([second.case.id]);

    const merged = await frontline.request("POST", `/api/v1/cases/${first.case.id}/merge`, {
      duplicateCaseId: second.case.id,
      version: 1,
    });
    expect(merged.status).toBe(200);
    expect(
      merged
        .json()
        .content.timeline.some((e: { note?: { text: string } }) => e.note?.text === "Note on the duplicate"),
    ).toBe(true);
    const gone = (await frontline.request("GET", `/api/v1/cases/${second.case.id}`)).json();
    expect(gone).toMatchObject({ status: "closed", mergedIntoCaseId: first.case.id });
    expect(gone.content.state).toMatchObject({ reason: "duplicate_merged" });
    const reopen = await frontline.request("POST", `/api/v1/cases/${second.case.id}/transitions`, {
      to: "concern_raised",
      version: gone.version,
    });
    expect(reopen.status).toBe(422);
    expect(await auditActions(first.case.id)).toContain("cases.merge");
    const list = (await frontline.request("GET", "/api/v1/cases?limit=200")).json();
    expect(list.items.some((i: { id: string }) => i.id === second.case.id)).toBe(false);
  });
});

describe("the case list", () => {
  it("filters by status, form, risk, assignee and due tasks", async () => {
    const social = dir.org("social_services");
    const m = t.seed.municipalityId;
    const a = await aCase(t.db, t.keyring, m, {
      ownerOrganisationId: social,
      forms: ["forced_begging"],
      tasksDue: ["2020-01-01"],
    });
    const b = await aCase(t.db, t.keyring, m, {
      ownerOrganisationId: social,
      highRisk: true,
      state: { status: "presumed_victim" },
      forms: ["forced_begging"],
    });
    await frontline.request("PATCH", `/api/v1/cases/${b.caseId}`, {
      assigneeId: frontline.me.id,
      version: 1,
    });
    const ids = async (q: string) =>
      (await frontline.request("GET", `/api/v1/cases?limit=200&${q}`))
        .json()
        .items.map((i: { id: string }) => i.id);
    expect(await ids("form=forced_begging")).toEqual(expect.arrayContaining([a.caseId, b.caseId]));
    expect(await ids("form=forced_begging&status=presumed_victim")).toEqual([b.caseId]);
    expect(await ids("form=forced_begging&highRisk=true")).toEqual([b.caseId]);
    expect(await ids(`form=forced_begging&assigneeId=${frontline.me.id}`)).toEqual([b.caseId]);
    expect(await ids("form=forced_begging&dueTasks=true")).toEqual([a.caseId]);
    const item = (await frontline.request("GET", "/api/v1/cases?form=forced_begging&dueTasks=true")).json()
      .items[0];
    expect(item).toMatchObject({ openTasks: 1, nextDueOn: "2020-01-01", access: "content" });
    expect((await frontline.request("GET", "/api/v1/cases?status=rescued")).status).toBe(400);
  });

  it("pages the list by keyset cursor: every case once, even when a case changes mid-walk", async () => {
    const social = dir.org("social_services");
    const m = t.seed.municipalityId;
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      made.push(
        (await aCase(t.db, t.keyring, m, { ownerOrganisationId: social, forms: ["organ_removal"] })).caseId,
      );
    }
    const all = (await frontline.request("GET", "/api/v1/cases?limit=200&form=organ_removal")).json();
    expect(all.nextCursor).toBeNull();
    const walked: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await frontline.request(
        "GET",
        `/api/v1/cases?limit=2&form=organ_removal${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(res.status).toBe(200);
      const page = res.json();
      expect(page.total).toBe(all.total);
      walked.push(...page.items.map((i: { id: string }) => i.id));
      cursor = page.nextCursor;
      // A case already passed changes and jumps to the top: the walk neither repeats nor skips others.
      if (pages++ === 0) {
        await frontline.request("POST", `/api/v1/cases/${walked[0]}/notes`, { text: "Moved up." });
      }
    } while (cursor);
    expect(new Set(walked).size).toBe(walked.length);
    expect(walked).toEqual(all.items.map((i: { id: string }) => i.id));
    expect(walked).toEqual(expect.arrayContaining(made));
    expect((await frontline.request("GET", "/api/v1/cases?cursor=yesterday")).status).toBe(400);
  });

  it("shows a coordinator the existence of non-high-risk cases only, without coded content", async () => {
    const items = (await coordinator.request("GET", "/api/v1/cases?limit=200")).json().items;
    expect(items.length).toBeGreaterThan(0);
    expect(
      items.every(
        (i: { access: string; highRisk: unknown; forms: unknown }) =>
          i.access === "existence" && i.highRisk === null && i.forms === null,
      ),
    ).toBe(true);
  });
});
