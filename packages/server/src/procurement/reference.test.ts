import { i18n, procurement } from "@ariadne/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";

let t: TestApp;
let officer: Agent;

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.signIn("procurement_officer");
});
afterAll(async () => {
  await t.close();
});

// biome-ignore lint/suspicious/noExplicitAny: tests inspect response bodies loosely, as test-app does
type Json = any;
const english = (path: string[]) => procurement.procurementTexts.text("en", path);

describe("procurement reference data in every language (issue 18)", () => {
  it("gives the clauses and the questionnaire in Latvian when asked, each text Latvian's own", async () => {
    const res = await officer.request("GET", "/api/v1/procurement-reference?lang=lv");
    expect(res.status).toBe(200);
    const body: Json = res.json();
    expect(body.languages).toEqual(["lv"]);
    expect(body.clauses.items).toHaveLength(procurement.clauseLibrary.length);
    for (const clause of body.clauses.items)
      for (const part of ["title", "purpose", "wording"]) {
        expect(Object.keys(clause[part]), `${clause.id} ${part}`).toEqual(["lv"]);
        expect(clause[part].lv, `${clause.id} ${part}`).not.toBe(english(["clauses", clause.id, part]));
      }
    const labour = body.clauses.items.find((c: Json) => c.id === "labour_rights");
    await i18n.loadLocale("lv");
    expect(labour.title.lv).toBe(
      procurement.procurementTexts.text("lv", ["clauses", "labour_rights", "title"]),
    );
    expect(labour).toMatchObject({ stages: ["performance"], fromLevel: "low" });
    expect(body.questionnaire.questions.map((q: Json) => Object.keys(q.text))).toEqual(
      procurement.questions.map(() => ["lv"]),
    );
    // The rest of the reference data is the same in every language.
    expect(body.cpv.source).toEqual(procurement.cpvSource);
  });

  it("gives the CPV 2008 titles in the language asked, and says whose titles they are", async () => {
    const finnish: Json = (await officer.request("GET", "/api/v1/procurement-reference?lang=fi")).json();
    expect(finnish.cpv.groups).toHaveLength(procurement.cpvGroups.length);
    expect(finnish.cpv.divisions).toHaveLength(procurement.cpvDivisions.length);
    expect(finnish.cpv.groups.find((g: Json) => g.code === "909").title).toEqual({
      fi: "Siivous- ja puhtaanapitopalvelut",
    });
    expect(finnish.cpv.divisions.find((d: Json) => d.code === "45").title).toEqual({ fi: "Rakennustyöt" });
    expect(finnish.cpv.titles.fi).toMatch(/luonnos.*213\/2008/);
    // Estonian: its own titles where it has them, English text by text where it has none yet.
    const estonian: Json = (await officer.request("GET", "/api/v1/procurement-reference?lang=et")).json();
    await i18n.loadLocale("et");
    for (const { code, title } of procurement.cpvGroups) {
      const got = estonian.cpv.groups.find((g: Json) => g.code === code).title;
      expect(got, code).toEqual({ et: procurement.cpvTexts.text("et", [code]) });
      if (!procurement.cpvTexts.has("et", [code])) expect(got.et, code).toBe(title);
    }
    expect(estonian.cpv.groups.find((g: Json) => g.code === "909").title).toEqual({
      et: "Puhastus- ja sanitaarteenused",
    });
    expect(estonian.cpv.titles.et).toMatch(/mustand/);
    // Without a language, every language's title: English's is the Regulation's.
    const all: Json = (await officer.request("GET", "/api/v1/procurement-reference")).json();
    const tractors = all.cpv.groups.find((g: Json) => g.code === "167").title;
    expect(Object.keys(tractors).sort()).toEqual([...i18n.localeIds].sort());
    expect(tractors.en).toBe("Tractors");
    expect(tractors.sv).toBe("Traktorer");
  });

  it("gives every text in every language Ariadne speaks when no language is asked for", async () => {
    const body: Json = (await officer.request("GET", "/api/v1/procurement-reference")).json();
    expect(body.languages).toEqual([...i18n.localeIds]);
    const question = body.questionnaire.questions.find((q: Json) => q.id === "recruitment_fees");
    expect(Object.keys(question.text).sort()).toEqual([...i18n.localeIds].sort());
    expect(question.text.en).toBe(english(["questions", "recruitment_fees"]));
    expect(question.text.fi).toBe(procurement.questions.find((q) => q.id === "recruitment_fees")!.text.fi);
    for (const lang of i18n.localeIds)
      if (lang !== "en") expect(question.text[lang], lang).not.toBe(question.text.en);
  });

  it("refuses a language it does not speak, naming the field", async () => {
    const res = await officer.request("GET", "/api/v1/procurement-reference?lang=ru");
    expect(res.status).toBe(400);
    expect(res.json().error.issues.map((i: Json) => i.path)).toEqual(["querystring.lang"]);
  });
});
