import { screening, training } from "@ariadne/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, seedOtherMunicipality, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let trainer: Agent;
let frontline: Agent;
let other: Agent;

const issuePaths = (res: { json: () => { error: { issues: { path: string }[] } } }) =>
  res.json().error.issues.map((i) => i.path);
const berry = training.scenarioById("agri-berry-fee")!;
const childSexual = screening
  .catalogueFor("catalogue-v2")
  .indicators.find((i) => i.kind === "ilo" && i.profile === "child_sexual")!.id;

/** A car wash: the facts of the berry pickers, in another sector, written by the trainer. */
const aScenario = (over: Record<string, unknown> = {}) => ({
  language: "fi",
  situation: "Autopesulan työntekijät maksoivat välittäjälle ja tekevät pitkää päivää pienellä palkalla.",
  sector: "cleaning",
  beganVoluntarily: true,
  profiles: ["adult_labour"],
  present: berry.present,
  ...over,
});
const aCourseWith = (scenarioId: string) => ({
  language: "fi",
  title: "Autopesulat",
  groups: ["labour_inspection"],
  refresherMonths: 24,
  lessons: [{ kind: "definition" }, { kind: "scenario", scenarioId }],
});

beforeAll(async () => {
  t = await createTestApp();
  trainer = await t.signIn("trainer");
  frontline = await t.signIn("frontline");
  other = await t.signIn("trainer", await seedOtherMunicipality(t));
});
afterAll(async () => {
  await t.close();
});

describe("trainer-written scenarios", () => {
  it("are written with facts from the catalogue and scored by the engine's own evaluation in a course", async () => {
    const created = await trainer.request("POST", "/api/v1/training/scenarios", aScenario());
    expect(created.status).toBe(201);
    const own = created.json();
    expect(own.content).toEqual({ ...aScenario(), child: false, absent: [] });
    const list = (await trainer.request("GET", "/api/v1/training/scenarios")).json().items;
    expect(list.map((s: { id: string }) => s.id)).toContain(own.id);

    const course = await trainer.request("POST", "/api/v1/training/courses", aCourseWith(own.id));
    expect(course.status).toBe(201);
    const view = (await frontline.request("GET", `/api/v1/training/courses/${course.json().id}`)).json();
    expect(view.scenarios).toEqual([training.scenarioOf(own)]);

    // The key is the engine's: the same facts as the berry pickers give the same level.
    const key = training.answerKey(training.scenarioOf(own));
    expect(key.level).toBe(training.answerKey(berry).level);
    const wrongStep = training.nextStepChoices.find((s) => s !== key.level)!;
    const attempt = (nextStep: string) =>
      frontline.request("POST", `/api/v1/training/courses/${course.json().id}/attempts`, {
        courseVersion: 1,
        group: "labour_inspection",
        language: "fi",
        answers: [{ lesson: 1, marked: own.content.present, nextStep }],
      });
    const failed = await attempt(wrongStep);
    expect(failed.json()).toMatchObject({ passed: false, completion: null });
    expect(failed.json().scores[0]).toMatchObject({
      scenarioId: own.id,
      expected: key.level,
      stepRight: false,
    });
    const passed = await attempt(key.level);
    expect(passed.status).toBe(201);
    expect(passed.json().passed).toBe(true);
  });

  it("are written in any language Ariadne speaks, shown in a course of that language as written", async () => {
    const situation = "Pracownicy myjni zapłacili pośrednikowi i pracują długie dni za niewielką płacę.";
    const created = await trainer.request(
      "POST",
      "/api/v1/training/scenarios",
      aScenario({ language: "pl", situation }),
    );
    expect(created.status).toBe(201);
    const own = created.json();
    expect(own.content).toMatchObject({ language: "pl", situation });
    const course = await trainer.request("POST", "/api/v1/training/courses", {
      ...aCourseWith(own.id),
      language: "pl",
      title: "Myjnie samochodowe",
    });
    expect(course.status).toBe(201);
    const view = (await frontline.request("GET", `/api/v1/training/courses/${course.json().id}`)).json();
    expect(view.course.content.language).toBe("pl");
    expect(training.scenarioSituationIn(view.scenarios[0], "pl")).toBe(situation);
  });

  it("refuse an unknown indicator, one of another list, a fact both shown and ruled out, and a typed answer", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ present: ["alx.nope.99"] }, "body.present.0"],
      [{ present: [berry.present[0], childSexual] }, "body.present.1"],
      [{ absent: [berry.present[1]] }, "body.absent.0"],
      [{ situation: "" }, "body.situation"],
      [{ sector: "mining" }, "body.sector"],
      [{ profiles: [] }, "body.profiles"],
      [{ language: "ru" }, "body.language"],
    ];
    for (const [over, path] of cases) {
      const res = await trainer.request("POST", "/api/v1/training/scenarios", aScenario(over));
      expect(res.status, path).toBe(400);
      expect(issuePaths(res), path).toEqual([path]);
    }
    const typed = await trainer.request("POST", "/api/v1/training/scenarios", {
      ...aScenario(),
      answer: "offer_assistance",
    });
    expect(typed.status).toBe(400);
  });

  it("are managed by trainers and coordinators only, and stay in their municipality", async () => {
    for (const role of ["frontline", "analyst", "service_provider"] as const) {
      const agent = role === "frontline" ? frontline : await t.signIn(role);
      expect((await agent.request("POST", "/api/v1/training/scenarios", aScenario())).status, role).toBe(403);
      expect((await agent.request("GET", "/api/v1/training/scenarios")).status, role).toBe(403);
    }
    const coordinator = await t.signIn("coordinator");
    const mine = (await coordinator.request("POST", "/api/v1/training/scenarios", aScenario())).json();
    expect((await other.request("GET", "/api/v1/training/scenarios")).json().items).toEqual([]);
    const borrowed = await other.request("POST", "/api/v1/training/courses", aCourseWith(mine.id));
    expect(borrowed.status).toBe(400);
    expect(issuePaths(borrowed)).toEqual(["body.lessons.1.scenarioId"]);
    expect(
      (await other.request("PATCH", `/api/v1/training/scenarios/${mine.id}`, { archived: true })).status,
    ).toBe(404);
  });

  it("once no longer offered, leave the list but stay in the courses that show them", async () => {
    const own = (await trainer.request("POST", "/api/v1/training/scenarios", aScenario())).json();
    const course = (await trainer.request("POST", "/api/v1/training/courses", aCourseWith(own.id))).json();
    const archived = await trainer.request("PATCH", `/api/v1/training/scenarios/${own.id}`, {
      archived: true,
    });
    expect(archived.json()).toMatchObject({ id: own.id, archived: true });
    const list = (await trainer.request("GET", "/api/v1/training/scenarios")).json().items;
    expect(list.map((s: { id: string }) => s.id)).not.toContain(own.id);
    const view = (await frontline.request("GET", `/api/v1/training/courses/${course.id}`)).json();
    expect(view.scenarios.map((s: { id: string }) => s.id)).toEqual([own.id]);
  });
});
