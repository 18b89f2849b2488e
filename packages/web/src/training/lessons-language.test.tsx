import { i18n, referral, training } from "@ariadne/domain";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeLocale, loadNamespaces, setupI18n } from "../i18n/index.ts";
import { CourseLanguageField, courseLanguageOf } from "./course-language.tsx";
import { PathwayLesson } from "./lessons.tsx";
import { emptyAnswer, ScenarioExercise } from "./scenario-exercise.tsx";

beforeAll(async () => {
  await setupI18n("en");
  await loadNamespaces(["training"]);
  await changeLocale("pl");
  await i18n.loadLocale("pl");
});
afterAll(async () => {
  await changeLocale("en");
});

describe("a course's library lessons in the reader's language (issue 18)", () => {
  it("shows a library scenario's situation in Polish", () => {
    const scenario = training.scenarioById("agri-berry-fee")!;
    const html = renderToStaticMarkup(
      <ScenarioExercise scenario={scenario} answer={emptyAnswer} onChange={() => {}} />,
    );
    expect(html).toContain("Sezonowi zbieracze jagód przyjechali za pośrednictwem agencji");
    expect(html).not.toContain(scenario.situation.en);
  });

  it("names the scheme of assistance's stages in Polish", () => {
    const html = renderToStaticMarkup(
      <PathwayLesson
        pathway={[
          {
            stage: "needs_assessment",
            organisationName: "Ośrodek Pomocy Społecznej",
            contactPoint: "+48 58 000 00 00",
            responseHours: 24,
            description: "",
          },
        ]}
      />,
    );
    const polish = referral.referralTexts.in("pl").stageNames.needs_assessment;
    expect(polish).toBe("Ocena potrzeb");
    expect(html).toContain(polish);
    expect(html).not.toContain(referral.referralTexts.in("en").stageNames.needs_assessment);
  });

  it("offers every language Ariadne speaks for a course, each named in itself, the reader's first chosen", () => {
    expect(courseLanguageOf("pl-PL")).toBe("pl");
    expect(courseLanguageOf("ru")).toBe("en");
    const html = renderToStaticMarkup(<CourseLanguageField value="pl" onChange={() => {}} />);
    const offered = [...html.matchAll(/<option value="([a-z]+)" lang="\1"/g)].map((m) => m[1]);
    expect(offered.sort()).toEqual([...training.courseLanguages].sort());
    expect(html).toContain('lang="lv">Latviešu</option>');
    expect(html).toMatch(/<option value="pl" lang="pl" selected="">Polski<\/option>/);
  });

  it("marks a trainer's own scenario with the language it is written in, a library one with none", () => {
    const own = training.scenarioOf({
      id: "00000000-0000-4000-8000-000000000003",
      content: training.OwnScenarioCreate.parse({
        language: "lv",
        situation: "Autmazgātavas strādnieki samaksāja starpniekam.",
        sector: "cleaning",
        profiles: ["adult_labour"],
        present: [],
      }),
    });
    const html = renderToStaticMarkup(
      <ScenarioExercise scenario={own} answer={emptyAnswer} onChange={() => {}} />,
    );
    expect(html).toContain(
      '<p class="situation" lang="lv">Autmazgātavas strādnieki samaksāja starpniekam.</p>',
    );
    const library = renderToStaticMarkup(
      <ScenarioExercise
        scenario={training.scenarioById("agri-berry-fee")!}
        answer={emptyAnswer}
        onChange={() => {}}
      />,
    );
    expect(library).toContain('<p class="situation">');
  });
});
