import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let frontline: Agent;
beforeAll(async () => {
  t = await createTestApp();
  frontline = await t.signIn("frontline");
});
afterAll(async () => {
  await t.close();
});

const observation = (indicator: string, status = "present", observedAt = "2026-10-01") => ({
  indicator,
  status,
  observedAt,
});

describe("POST /api/v1/screenings/evaluate", () => {
  it("evaluates a screening and names what to ask next", async () => {
    const res = await frontline.request("POST", "/api/v1/screenings/evaluate", {
      profiles: ["adult_labour"],
      observations: [observation("alx.dec.01"), observation("alx.exp.01", "unknown")],
    });
    expect(res.status).toBe(200);
    const body = res.json();
    expect(JSON.stringify(body)).toContain("adult_labour");
    expect(JSON.stringify(body)).toMatch(/not_indicated_yet|not_indicated|indicated/);
  });

  it.each([
    [{ profiles: ["adult_labour"], observations: [observation("no.such.id")] }, "observations.0.indicator"],
    [
      { profiles: ["adult_labour"], observations: [observation("alx.dec.01", "present", "2026-02-30")] },
      "observations.0.observedAt",
    ],
    [{ profiles: ["pirates"], observations: [] }, "profiles.0"],
    [
      { profiles: ["adult_labour"], observations: [observation("alx.dec.01"), observation("alx.dec.01")] },
      "observations.1",
    ],
  ])("answers bad input with 400 naming the item (%#)", async (body, path) => {
    const res = await frontline.request("POST", "/api/v1/screenings/evaluate", body);
    expect(res.status).toBe(400);
    const paths = res.json().error.issues.map((i: { path: string }) => i.path);
    expect(
      paths.some((p: string) => p.startsWith(`body.${path}`)),
      JSON.stringify(paths),
    ).toBe(true);
  });

  it("answers with Ariadne's assistance signal beside the unchanged ILO/EC outcome", async () => {
    const res = await frontline.request("POST", "/api/v1/screenings/evaluate", {
      catalogueVersion: "catalogue-v2",
      profiles: ["adult_labour"],
      observations: [observation("ari.mea.02"), observation("alx.exp.01"), observation("alx.exp.02")],
    });
    expect(res.status).toBe(200);
    const body = res.json();
    expect(body.catalogueVersion).toBe("catalogue-v2");
    expect(body.outcome).toBe("not_indicated_yet");
    expect(body.assistance.level).toBe("offer_assistance");
    expect(body.assistance.elements.means.by).toEqual(["ari.mea.02"]);
    expect(body.assistance.reasons[0]).toEqual({ key: "screening.assistance.about" });
    expect(body.assistance.nextQuestions.length).toBeLessThanOrEqual(5);
  });

  it("answers a catalogue-v2 id sent as catalogue-v1 with 400 naming the item", async () => {
    const res = await frontline.request("POST", "/api/v1/screenings/evaluate", {
      catalogueVersion: "catalogue-v1",
      profiles: ["adult_labour"],
      observations: [observation("alx.exp.01"), observation("ari.act.05")],
    });
    expect(res.status).toBe(400);
    expect(res.json().error.issues).toContainEqual({
      path: "body.observations.1.indicator",
      message: "indicator ari.act.05 is in catalogue-v2, not in catalogue-v1 (set catalogueVersion)",
    });
  });

  it("is not open to an analyst, who sees aggregates only", async () => {
    const analyst = await t.signIn("analyst");
    const res = await analyst.request("POST", "/api/v1/screenings/evaluate", {
      profiles: ["adult_labour"],
      observations: [],
    });
    expect(res.status).toBe(403);
  });
});

describe("GET /api/v1/screening/indicators", () => {
  it("returns the catalogue in the language asked for", async () => {
    const fi = await frontline.request("GET", "/api/v1/screening/indicators?lang=fi");
    expect(fi.status).toBe(200);
    const en = await frontline.request("GET", "/api/v1/screening/indicators?lang=en");
    expect(fi.body).not.toBe(en.body);
    // Every language of the region (issue 18); one Ariadne does not speak is refused, naming the field.
    const de = await frontline.request("GET", "/api/v1/screening/indicators?lang=de");
    expect(de.status).toBe(200);
    expect(de.json().profiles[0].label).toBe("Erwachsene Person, Arbeitsausbeutung");
    const ru = await frontline.request("GET", "/api/v1/screening/indicators?lang=ru");
    expect(ru.status).toBe(400);
    expect(ru.body).toContain("lang");
  });

  it("returns catalogue-v2 with Ariadne's additions and the first-contact set when asked", async () => {
    const res = await frontline.request("GET", "/api/v1/screening/indicators?lang=sv&version=catalogue-v2");
    expect(res.status).toBe(200);
    const body = res.json();
    expect(body.version).toBe("catalogue-v2");
    expect(body.additions.map((a: { id: string }) => a.id)).toContain("ari.pur.01");
    expect(body.firstContact.length).toBeLessThanOrEqual(16);
  });
});

describe("POST /api/v1/screenings/evaluate-group", () => {
  const answer = (question: string, status = "present") => ({ question, status, observedAt: "2026-10-01" });

  it("gives each person met at one workplace their own result, children with the child lists", async () => {
    const res = await frontline.request("POST", "/api/v1/screenings/evaluate-group", {
      catalogueVersion: "catalogue-v2",
      profiles: ["adult_labour"],
      shared: [
        answer("exploitative_conditions:excessive-working-hours"),
        answer("exploitative_conditions:low-or-no-salary"),
      ],
      people: [
        { ref: "A", child: false, answers: [answer("ariadne:employer-holds-bank-account")] },
        { ref: "B", child: false, answers: [] },
        { ref: "C", child: true, answers: [] },
      ],
    });
    expect(res.status, res.body).toBe(200);
    const people = res.json().people;
    expect(people.map((p: { ref: string }) => p.ref)).toEqual(["A", "B", "C"]);
    expect(
      people.map((p: { result: { assistance: { level: string } } }) => p.result.assistance.level),
    ).toEqual(["offer_assistance", "keep_asking", "offer_assistance"]);
    expect(people[2].input.profiles).toEqual(["child_labour"]);
  });

  it("answers an unknown question with 400 naming it", async () => {
    const res = await frontline.request("POST", "/api/v1/screenings/evaluate-group", {
      profiles: ["adult_labour"],
      shared: [answer("exploitative_conditions:nope")],
      people: [{ ref: "A", child: false, answers: [] }],
    });
    expect(res.status).toBe(400);
    expect(res.json().error.issues[0].path).toBe("body.shared.0.question");
  });
});

describe("a screening saved to a case", () => {
  it("keeps its catalogue version and carries the assistance signal when read", async () => {
    const created = await frontline.request("POST", "/api/v1/cases", {
      person: {},
      forms: ["forced_labour"],
    });
    expect(created.status).toBe(201);
    const caseId = created.json().case.id;
    const saved = await frontline.request("POST", `/api/v1/cases/${caseId}/screenings`, {
      catalogueVersion: "catalogue-v2",
      profiles: ["adult_labour"],
      observations: [observation("ari.pur.02"), observation("sup.beg.02"), observation("alx.cod.03")],
    });
    expect(saved.status, saved.body).toBe(201);
    const { result, input } = saved.json().screening;
    expect(input.catalogueVersion).toBe("catalogue-v2");
    expect(result.catalogueVersion).toBe("catalogue-v2");
    expect(result.assistance.level).toBe("offer_assistance");
    const read = await frontline.request("GET", `/api/v1/cases/${caseId}`);
    expect(read.status).toBe(200);
    const entry = read.json().content.timeline.find((e: { kind: string }) => e.kind === "screening");
    expect(entry?.screening.result.assistance.level).toBe("offer_assistance");
  });
});
