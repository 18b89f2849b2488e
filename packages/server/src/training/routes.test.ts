import type { admin } from "@ariadne/domain";
import { training } from "@ariadne/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../admin/seed-demo.ts";
import { pdfTagging, pdfText } from "../pdf/pdf-text.ts";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
const as = {} as Record<Exclude<admin.Role, "system_admin">, Agent>;
let other: Agent;
let orgs: { id: string; name: string }[];

const issuePaths = (res: { json: () => { error: { issues: { path: string }[] } } }) =>
  res.json().error.issues.map((i) => i.path);
const unknownId = "00000000-0000-4000-8000-000000000009";

const berry = training.scenarioById("agri-berry-fee")!;
const greenhouse = training.scenarioById("agri-greenhouse-hours")!;

const aCourse = (over: Record<string, unknown> = {}) => ({
  language: "fi",
  title: "Työperäisen hyväksikäytön tunnistaminen",
  groups: ["social_care", "labour_inspection"],
  refresherMonths: 24,
  lessons: [
    { kind: "definition" },
    { kind: "text", title: "Our town", body: "Berry farms hire in summer." },
    { kind: "indicators", profiles: ["adult_labour"] },
    { kind: "barriers" },
    { kind: "referral_pathway" },
    { kind: "scenario", scenarioId: berry.id },
    { kind: "scenario", scenarioId: greenhouse.id },
  ],
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ["coordinator", "frontline", "service_provider", "analyst", "trainer"] as const)
    as[role] = await t.signIn(role);
  const seed2 = await seedDemo(t.db, t.keyring, {
    name: "Other municipality",
    emailDomain: "other.ariadne.test",
  });
  other = await t.signIn("trainer", seed2);
  orgs = (await as.coordinator.request("GET", "/api/v1/organisations")).json().items;
});
afterAll(async () => {
  await t.close();
});

describe("courses", () => {
  it("starts a municipality with the demo course, its scenarios from the library", async () => {
    const list = (await as.frontline.request("GET", "/api/v1/training/courses")).json();
    const demo = list.items.find(
      (c: { content: { title: string } }) => c.content.title === "Recognising trafficking: the basics",
    );
    expect(demo).toMatchObject({ contentVersion: 1, completedVersion: null });
    for (const l of demo.content.lessons)
      if (l.kind === "scenario") expect(training.scenarioById(l.scenarioId), l.scenarioId).toBeDefined();
  });

  it("lets the trainer build a course and every role read it with the municipality's pathway", async () => {
    const created = await as.trainer.request("POST", "/api/v1/training/courses", aCourse());
    expect(created.status).toBe(201);
    expect(created.json()).toMatchObject({ contentVersion: 1, archived: false });
    for (const role of ["frontline", "service_provider", "analyst", "coordinator"] as const) {
      const res = await as[role].request("GET", `/api/v1/training/courses/${created.json().id}`);
      expect(res.status, role).toBe(200);
    }
    const view = (await as.frontline.request("GET", `/api/v1/training/courses/${created.json().id}`)).json();
    expect(view.pathway.length).toBeGreaterThan(0);
    expect(view.pathway[0].stage).toBe("first_contact_safety");
    expect(view.abilities).toEqual({ manage: false, coverage: false });
  });

  it("refuses an empty course, a lesson over the size limit and an unknown scenario, naming the field", async () => {
    const empty = await as.trainer.request("POST", "/api/v1/training/courses", aCourse({ lessons: [] }));
    expect(empty.status).toBe(400);
    expect(issuePaths(empty)).toEqual(["body.lessons"]);
    const long = await as.trainer.request(
      "POST",
      "/api/v1/training/courses",
      aCourse({
        lessons: [{ kind: "text", title: "Long", body: { en: "x".repeat(training.maxLessonChars + 1) } }],
      }),
    );
    expect(long.status).toBe(400);
    expect(issuePaths(long)).toEqual(["body.lessons.0.body"]);
    const scenario = await as.trainer.request(
      "POST",
      "/api/v1/training/courses",
      aCourse({ lessons: [{ kind: "scenario", scenarioId: "no-such" }] }),
    );
    expect(scenario.status).toBe(400);
    expect(issuePaths(scenario)).toEqual(["body.lessons.0.scenarioId"]);
  });

  it("raises the content version on a change, and tells those who completed the old one", async () => {
    const course = (await as.trainer.request("POST", "/api/v1/training/courses", aCourse())).json();
    const attempt = await as.frontline.request("POST", `/api/v1/training/courses/${course.id}/attempts`, {
      courseVersion: 1,
      group: "social_care",
      language: "en",
      answers: [
        { lesson: 5, marked: berry.present, nextStep: "offer_assistance" },
        { lesson: 6, marked: greenhouse.present, nextStep: "keep_asking" },
      ],
    });
    expect(attempt.status).toBe(201);
    const changed = await as.trainer.request("PATCH", `/api/v1/training/courses/${course.id}`, {
      version: 1,
      content: aCourse({ refresherMonths: 12 }),
    });
    expect(changed.json()).toMatchObject({ contentVersion: 2, version: 2 });
    const list = (await as.frontline.request("GET", "/api/v1/training/courses")).json();
    const mine = list.items.find((c: { id: string }) => c.id === course.id);
    expect(mine).toMatchObject({ contentVersion: 2, completedVersion: 1 });
    // The learner hears of it in the inbox; the trainer who changed it, who never took it, does not.
    const notices = async (agent: Agent) =>
      (await agent.request("GET", "/api/v1/notifications"))
        .json()
        .items.filter((n: { recordId: string }) => n.recordId === course.id);
    expect(await notices(as.frontline)).toEqual([
      expect.objectContaining({
        kind: "course_changed",
        recordType: "training_course",
        link: `/training/courses/${course.id}`,
        reference: "Työperäisen hyväksikäytön tunnistaminen",
        readAt: null,
      }),
    ]);
    expect(await notices(as.trainer)).toEqual([]);
    const archivedOnly = await as.trainer.request("PATCH", `/api/v1/training/courses/${course.id}`, {
      version: 2,
      archived: true,
    });
    expect(archivedOnly.json()).toMatchObject({ contentVersion: 2, archived: true });
    expect(await notices(as.frontline)).toHaveLength(1);
    const stale = await as.trainer.request("PATCH", `/api/v1/training/courses/${course.id}`, {
      version: 1,
      archived: false,
    });
    expect(stale.status).toBe(409);
  });
});

describe("editing a course", () => {
  it("takes a new title, group and lessons added, changed, reordered and removed as a new version", async () => {
    const course = (await as.trainer.request("POST", "/api/v1/training/courses", aCourse())).json();
    const [definition, text, indicators, barriers, pathway, s1, s2] = aCourse().lessons;
    const edited = aCourse({
      title: "Tunnistaminen maatiloilla",
      groups: ["labour_inspection", "police"],
      lessons: [
        { ...(text as object), body: "Berry farms hire in summer. Ask who arranged the journey." },
        definition,
        { ...(indicators as object), profiles: ["adult_labour", "child_labour"] },
        pathway,
        s2,
        s1,
        { kind: "text", title: "Contacts", body: "Call the coordinator." },
      ],
    });
    expect(barriers).toEqual({ kind: "barriers" });
    const res = await as.trainer.request("PATCH", `/api/v1/training/courses/${course.id}`, {
      version: course.version,
      content: edited,
    });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ contentVersion: 2, version: 2 });
    const view = (await as.frontline.request("GET", `/api/v1/training/courses/${course.id}`)).json();
    expect(view.course.content.title).toBe("Tunnistaminen maatiloilla");
    expect(view.course.content.groups).toEqual(["labour_inspection", "police"]);
    expect(view.course.content.lessons.map((l: { kind: string }) => l.kind)).toEqual([
      "text",
      "definition",
      "indicators",
      "referral_pathway",
      "scenario",
      "scenario",
      "text",
    ]);
    expect(view.course.content.lessons[4].scenarioId).toBe(greenhouse.id);
    // Saving the same content again is no new version: nothing a learner sees changed.
    const same = await as.trainer.request("PATCH", `/api/v1/training/courses/${course.id}`, {
      version: 2,
      content: edited,
    });
    expect(same.json()).toMatchObject({ contentVersion: 2, version: 3 });
  });

  it("refuses an edit that empties the course or breaks a lesson, naming the field, and a learner's edit", async () => {
    const course = (await as.trainer.request("POST", "/api/v1/training/courses", aCourse())).json();
    const empty = await as.trainer.request("PATCH", `/api/v1/training/courses/${course.id}`, {
      version: 1,
      content: aCourse({ lessons: [] }),
    });
    expect(empty.status).toBe(400);
    expect(issuePaths(empty)).toEqual(["body.content.lessons"]);
    const untitled = await as.trainer.request("PATCH", `/api/v1/training/courses/${course.id}`, {
      version: 1,
      content: aCourse({ lessons: [{ kind: "definition" }, { kind: "text", title: "", body: "x" }] }),
    });
    expect(untitled.status).toBe(400);
    expect(issuePaths(untitled)).toEqual(["body.content.lessons.1.title"]);
    const learner = await as.frontline.request("PATCH", `/api/v1/training/courses/${course.id}`, {
      version: 1,
      content: aCourse({ title: "Mine now" }),
    });
    expect(learner.status).toBe(403);
    const unchanged = (await as.frontline.request("GET", `/api/v1/training/courses/${course.id}`)).json();
    expect(unchanged.course).toMatchObject({ contentVersion: 1, version: 1 });
  });
});

describe("self-study and certificates", () => {
  it("scores a failed attempt without completing, then completes and certifies a passed one", async () => {
    const course = (await as.trainer.request("POST", "/api/v1/training/courses", aCourse())).json();
    const answers = (step: string) => [
      { lesson: 5, marked: berry.present, nextStep: step },
      { lesson: 6, marked: greenhouse.present, nextStep: "keep_asking" },
    ];
    const body = { courseVersion: 1, group: "social_care", language: "fi" };
    const failed = await as.frontline.request("POST", `/api/v1/training/courses/${course.id}/attempts`, {
      ...body,
      answers: answers("no_concern_recorded"),
    });
    expect(failed.status).toBe(200);
    expect(failed.json()).toMatchObject({ passed: false, completion: null });
    expect(failed.json().scores[0]).toMatchObject({ passed: false, expected: "offer_assistance" });

    const passed = await as.frontline.request("POST", `/api/v1/training/courses/${course.id}/attempts`, {
      ...body,
      answers: answers("offer_assistance"),
    });
    expect(passed.status).toBe(201);
    const completion = passed.json().completion;
    expect(completion).toMatchObject({
      name: "Frida Frontline",
      organisationName: "Social services",
      source: "self_study",
    });

    const check = await t.app.inject({
      method: "GET",
      url: `/api/v1/training/certificates/${completion.certificateCode}`,
    });
    expect(check.statusCode).toBe(200);
    expect(check.json()).toEqual({
      valid: true,
      name: "Frida Frontline",
      course: "Työperäisen hyväksikäytön tunnistaminen",
      completedOn: completion.completedOn,
      validUntil: training.addMonths(completion.completedOn, 24),
    });
    const audited = await t.db.query<{ action: string }>(
      "select action from audit_log where record_id = $1 and action = 'training_certificates.verify'",
      [completion.id],
    );
    expect(audited).toHaveLength(1);
    const code: string = completion.certificateCode;
    const altered = `${code.slice(0, 5)}${code[5] === "a" ? "b" : "a"}${code.slice(6)}`;
    expect(
      (await t.app.inject({ method: "GET", url: `/api/v1/training/certificates/${altered}` })).statusCode,
    ).toBe(404);

    const pdf = await t.app.inject({
      method: "GET",
      url: `/api/v1/training/completions/${completion.id}/certificate.pdf`,
      headers: { cookie: as.frontline.cookie },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain("Koulutustodistus");
    expect(text).toContain("Frida Frontline");
    expect(text).toContain(code);
    // Another learner may not download it; it is not theirs (404, not 403).
    const foreign = await as.analyst.request(
      "GET",
      `/api/v1/training/completions/${completion.id}/certificate.pdf`,
    );
    expect(foreign.status).toBe(404);
  });

  it("gives a Latvian course and its certificate in Latvian, another language when asked, tagged in it", async () => {
    const course = (
      await as.trainer.request(
        "POST",
        "/api/v1/training/courses",
        aCourse({ language: "lv", title: "Cilvēku tirdzniecības atpazīšana" }),
      )
    ).json();
    expect(course.content.language).toBe("lv");
    const shown = (await as.frontline.request("GET", `/api/v1/training/courses/${course.id}`)).json();
    expect(shown.course.content).toMatchObject({ language: "lv", title: course.content.title });
    const passed = await as.frontline.request("POST", `/api/v1/training/courses/${course.id}/attempts`, {
      courseVersion: 1,
      group: "social_care",
      language: "lv",
      answers: [
        { lesson: 5, marked: berry.present, nextStep: "offer_assistance" },
        { lesson: 6, marked: greenhouse.present, nextStep: "keep_asking" },
      ],
    });
    expect(passed.status).toBe(201);
    const completion = passed.json().completion;
    expect(completion.language).toBe("lv");
    const url = `/api/v1/training/completions/${completion.id}/certificate.pdf`;
    const get = (u: string) =>
      t.app.inject({ method: "GET", url: u, headers: { cookie: as.frontline.cookie } });
    const pdf = await get(url);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-language"]).toBe("lv");
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain("Apmācību sertifikāts");
    expect(text).toContain("ir pabeidzis(-usi) kursu");
    expect(text).toContain("Cilvēku tirdzniecības atpazīšana");
    expect(text).toContain("Pārbaudes kods");
    // The date as Latvian writes it: "2026. gada 5. decembris".
    expect(text).toMatch(/\d{4}\. gada \d{1,2}\. [a-zāēīū]+/);
    const tagging = pdfTagging(pdf.rawPayload);
    expect(tagging).toMatchObject({ marked: true, lang: "lv", titleShown: true });
    expect(tagging.elements).toContainEqual({ type: "H1", text: "Apmācību sertifikāts" });

    const polish = await get(`${url}?lang=pl`);
    expect(polish.headers["content-language"]).toBe("pl");
    expect(pdfText(polish.rawPayload)).toMatch(/ukończył\(a\) kurs[\s\S]*Kod weryfikacyjny/);
    expect(pdfTagging(polish.rawPayload).lang).toBe("pl");
    const bad = await get(`${url}?lang=xx`);
    expect(bad.statusCode).toBe(400);
    expect(issuePaths(bad)).toEqual(["querystring.lang"]);
  });

  it("refuses a course in a language Ariadne does not speak, naming the field", async () => {
    const res = await as.trainer.request("POST", "/api/v1/training/courses", aCourse({ language: "ru" }));
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toEqual(["body.language"]);
  });

  it("refuses an answer for a mark that is not among the scenario's choices, naming it", async () => {
    const course = (await as.trainer.request("POST", "/api/v1/training/courses", aCourse())).json();
    const res = await as.frontline.request("POST", `/api/v1/training/courses/${course.id}/attempts`, {
      courseVersion: 1,
      group: "social_care",
      language: "en",
      answers: [
        { lesson: 5, marked: [berry.present[0], "zzz.nope"], nextStep: "offer_assistance" },
        { lesson: 6, marked: [], nextStep: "keep_asking" },
      ],
    });
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toEqual(["body.answers.0.marked.1"]);
  });
});

describe("sessions, attendance and coverage", () => {
  it("moves the plan's training point when the gap it is about is trained", async () => {
    const police = orgs.find((o) => o.name === "Police department")!;
    const liaison = (
      await as.coordinator.request("POST", "/api/v1/mapping", {
        title: "Harbour police liaison",
        details: {
          kind: "identifying_actor",
          organisationId: police.id,
          role: "Liaison officer",
          contactFrequency: "weekly",
          trained: false,
        },
        source: { kind: "outreach_log", date: "2026-09-01" },
      })
    ).json().id as string;
    const gaps = (await as.coordinator.request("POST", "/api/v1/training/coverage/gaps-to-plan", {})).json();
    expect(gaps.created.map((p: { title: string }) => p.title)).toContain(
      "Train in identifying victims: Harbour police liaison",
    );
    const point = async () =>
      (await as.coordinator.request("GET", "/api/v1/action-plan"))
        .json()
        .chapters.flatMap((c: { items: { title: string }[] }) => c.items)
        .find((p: { title: string }) => p.title === "Train in identifying victims: Harbour police liaison");
    expect(await point()).toMatchObject({ status: "planned", progressPercent: 0, evidence: "" });

    const course = (await as.trainer.request("POST", "/api/v1/training/courses", aCourse())).json();
    const session = (
      await as.trainer.request("POST", "/api/v1/training/sessions", {
        courseId: course.id,
        heldOn: "2026-11-25",
        format: "online",
      })
    ).json();
    const recorded = await as.trainer.request("POST", "/api/v1/training/attendances", {
      sessionId: session.id,
      attendees: [{ name: "Leena Liaison", organisationId: police.id, actorId: liaison, group: "police" }],
    });
    expect(recorded.status).toBe(201);
    const moved = await point();
    expect(moved).toMatchObject({ status: "done", progressPercent: 100 });
    expect(moved.evidence).toMatch(
      /^Training coverage on \d{4}-\d{2}-\d{2}: 1 trained, 1 not due for a refresher, last on 2026-11-25\.$/,
    );
  });

  it("credits the identifying actor an attendee is recorded as, not the organisation's other actors", async () => {
    const police = orgs.find((o) => o.name === "Police department")!;
    const anActor = async (title: string) =>
      (
        await as.coordinator.request("POST", "/api/v1/mapping", {
          title,
          details: {
            kind: "identifying_actor",
            organisationId: police.id,
            role: "Officer",
            contactFrequency: "weekly",
            trained: false,
          },
          source: { kind: "outreach_log", date: "2026-09-01" },
        })
      ).json().id as string;
    const patrol = await anActor("Patrol officers at the harbour");
    const licensing = await anActor("Licensing unit");
    const course = (await as.trainer.request("POST", "/api/v1/training/courses", aCourse())).json();
    const session = (
      await as.trainer.request("POST", "/api/v1/training/sessions", {
        courseId: course.id,
        heldOn: "2026-11-24",
        format: "classroom",
      })
    ).json();
    const sessions = (await as.trainer.request("GET", "/api/v1/training/sessions")).json();
    expect(sessions.actors).toEqual(
      expect.arrayContaining([
        { id: patrol, title: "Patrol officers at the harbour", organisationId: police.id },
      ]),
    );
    const unknown = await as.trainer.request("POST", "/api/v1/training/attendances", {
      sessionId: session.id,
      attendees: [{ name: "Pekka Poliisi", organisationId: police.id, actorId: unknownId, group: "police" }],
    });
    expect(unknown.status).toBe(400);
    expect(issuePaths(unknown)).toEqual(["body.attendees.0.actorId"]);
    const recorded = await as.trainer.request("POST", "/api/v1/training/attendances", {
      sessionId: session.id,
      attendees: [{ name: "Pekka Poliisi", organisationId: police.id, actorId: patrol, group: "police" }],
    });
    expect(recorded.status).toBe(201);
    expect(recorded.json().items[0].actorId).toBe(patrol);
    const coverage = (
      await as.coordinator.request("GET", "/api/v1/training/coverage?asOf=2026-12-01")
    ).json();
    const row = (id: string) => coverage.actors.find((a: { actorId: string }) => a.actorId === id);
    expect(row(patrol)).toMatchObject({ status: "current", people: 1 });
    expect(row(licensing)).toMatchObject({ status: "never_trained", people: 0 });
  });

  it("records attendance at a session, stores names encrypted, and the coordinator sees coverage change", async () => {
    // The health centre: no one of it has completed a course in these tests before.
    const social = orgs.find((o) => o.name === "Health centre")!;
    const actor = await as.coordinator.request("POST", "/api/v1/mapping", {
      title: "Social workers at the reception centre",
      details: {
        kind: "identifying_actor",
        organisationId: social.id,
        role: "Social worker",
        contactFrequency: "daily",
        trained: false,
      },
      source: { kind: "outreach_log", date: "2026-09-01" },
    });
    expect(actor.status).toBe(201);
    const before = (await as.coordinator.request("GET", "/api/v1/training/coverage")).json();
    expect(before.actors.find((a: { actorId: string }) => a.actorId === actor.json().id).status).toBe(
      "never_trained",
    );

    const course = (await as.trainer.request("POST", "/api/v1/training/courses", aCourse())).json();
    const session = await as.trainer.request("POST", "/api/v1/training/sessions", {
      courseId: course.id,
      heldOn: "2026-11-20",
      format: "classroom",
      place: "Town hall",
      organisationIds: [social.id],
    });
    expect(session.status).toBe(201);
    expect(session.json()).toMatchObject({ trainerName: "Tomas Trainer", attendees: 0, courseVersion: 1 });
    const attended = await as.trainer.request("POST", "/api/v1/training/attendances", {
      sessionId: session.json().id,
      attendees: [
        { name: "Rūta Petrauskaitė", organisationId: social.id, group: "health_care", language: "sv" },
        { name: "Olli Taxi", organisationName: "City Taxi Oy", group: "taxi_drivers" },
      ],
    });
    expect(attended.status).toBe(201);
    expect(attended.json().items.map((c: { organisationName: string }) => c.organisationName)).toEqual([
      "Health centre",
      "City Taxi Oy",
    ]);
    const raw = await t.db.query<{ name_enc: string }>("select name_enc from training_completions");
    for (const r of raw) expect(r.name_enc).not.toContain("Petrauskait");

    const after = (await as.coordinator.request("GET", "/api/v1/training/coverage?asOf=2026-12-01")).json();
    expect(after.actors.find((a: { actorId: string }) => a.actorId === actor.json().id)).toMatchObject({
      status: "current",
      people: 1,
      lastTrainedOn: "2026-11-20",
    });
    expect(after.groups.find((g: { group: string }) => g.group === "taxi_drivers")).toMatchObject({
      people: 1,
    });
    const due = (await as.coordinator.request("GET", "/api/v1/training/coverage?asOf=2028-11-20")).json();
    expect(due.actors.find((a: { actorId: string }) => a.actorId === actor.json().id).status).toBe(
      "refresher_due",
    );

    const gaps = await as.coordinator.request("POST", "/api/v1/training/coverage/gaps-to-plan", {
      asOf: "2028-11-20",
    });
    expect(gaps.status).toBe(201);
    expect(gaps.json().created.map((p: { title: string }) => p.title)).toContain(
      "Refresher training: Social workers at the reception centre",
    );
    const again = await as.coordinator.request("POST", "/api/v1/training/coverage/gaps-to-plan", {
      asOf: "2028-11-20",
    });
    expect(again.json().created).toEqual([]);

    const view = (await as.trainer.request("GET", `/api/v1/training/sessions/${session.json().id}`)).json();
    expect(view.attendees.map((a: { name: string }) => a.name).sort()).toEqual([
      "Olli Taxi",
      "Rūta Petrauskaitė",
    ]);
  });

  it("refuses attendance for an unknown session and a session of an unknown course, naming the field", async () => {
    const res = await as.trainer.request("POST", "/api/v1/training/attendances", {
      sessionId: unknownId,
      attendees: [{ name: "A", organisationName: "B", group: "police" }],
    });
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toEqual(["body.sessionId"]);
    const session = await as.trainer.request("POST", "/api/v1/training/sessions", {
      courseId: unknownId,
      heldOn: "2026-11-20",
      format: "online",
    });
    expect(issuePaths(session)).toEqual(["body.courseId"]);
    const noOrg = await as.trainer.request("POST", "/api/v1/training/attendances", {
      sessionId: unknownId,
      attendees: [],
    });
    expect(issuePaths(noOrg)).toEqual(["body.attendees"]);
  });
});

describe("access", () => {
  it("walks the role × route matrix: trainers manage, coordinators see coverage, everyone takes courses", async () => {
    const course = (await as.trainer.request("POST", "/api/v1/training/courses", aCourse())).json();
    const session = (
      await as.trainer.request("POST", "/api/v1/training/sessions", {
        courseId: course.id,
        heldOn: "2026-11-20",
        format: "online",
      })
    ).json();
    const routes: [string, string, unknown, Record<string, number>][] = [
      ["GET", "/api/v1/training/courses", undefined, {}],
      ["GET", `/api/v1/training/courses/${course.id}`, undefined, {}],
      ["GET", "/api/v1/training/my-completions", undefined, {}],
      ["POST", "/api/v1/training/courses", aCourse(), { coordinator: 201, trainer: 201 }],
      ["GET", "/api/v1/training/sessions", undefined, { coordinator: 200, trainer: 200 }],
      ["GET", `/api/v1/training/sessions/${session.id}`, undefined, { coordinator: 200, trainer: 200 }],
      [
        "POST",
        "/api/v1/training/sessions",
        { courseId: course.id, heldOn: "2026-11-21", format: "online" },
        { coordinator: 201, trainer: 201 },
      ],
      ["GET", "/api/v1/training/coverage", undefined, { coordinator: 200 }],
    ];
    for (const [method, url, body, allowed] of routes) {
      for (const role of ["coordinator", "frontline", "service_provider", "analyst", "trainer"] as const) {
        const expected = Object.keys(allowed).length === 0 ? 200 : (allowed[role] ?? 403);
        const res = await as[role].request(method as "GET" | "POST", url, body);
        expect(res.status, `${role} ${method} ${url}`).toBe(expected);
      }
    }
  });

  it("answers 404 for another municipality's course, session and certificate", async () => {
    const course = (await as.trainer.request("POST", "/api/v1/training/courses", aCourse())).json();
    const session = (
      await as.trainer.request("POST", "/api/v1/training/sessions", {
        courseId: course.id,
        heldOn: "2026-11-20",
        format: "online",
      })
    ).json();
    expect((await other.request("GET", `/api/v1/training/courses/${course.id}`)).status).toBe(404);
    expect((await other.request("GET", `/api/v1/training/sessions/${session.id}`)).status).toBe(404);
    expect(
      (await other.request("PATCH", `/api/v1/training/courses/${course.id}`, { version: 1, archived: true }))
        .status,
    ).toBe(404);
    const foreign = await other.request("POST", "/api/v1/training/attendances", {
      sessionId: session.id,
      attendees: [{ name: "A", organisationName: "B", group: "police" }],
    });
    expect(foreign.status).toBe(400);
    expect(issuePaths(foreign)).toEqual(["body.sessionId"]);
    const named = await other.request(
      "GET",
      `/api/v1/training/courses?municipalityId=${as.trainer.me.municipalityId}`,
    );
    expect(named.status).toBe(404);
  });
});
