import { i18n, screening } from "@ariadne/domain";
import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { changeLocale, loadNamespaces, setupI18n } from "../i18n/index.ts";
import { QuestionCard } from "./question-card.tsx";
import { ResultPanel } from "./result-panel.tsx";

const { catalogueV2, evaluateScreening, nextQuestionGroup, profileIds, resultChange } = screening;

const ids = (profiles: readonly screening.ProfileId[]) =>
  catalogueV2.indicators.filter((i) => i.kind !== "ilo" || profiles.includes(i.profile)).map((i) => i.id);

/** Answers the questions that would move the rule "not known", as in the case reported in issue 13. */
function keyQuestionsNotKnown(input: screening.ScreeningInputData): screening.ScreeningInputData {
  let current = input;
  for (let i = 0; i < 300; i++) {
    const q = nextQuestionGroup(current, { forms: [] });
    if (q?.reason !== "moves_towards_rule") return current;
    const more = q.indicators.map((indicator) => ({
      indicator,
      status: "unknown" as const,
      observedAt: "2026-03-01",
    }));
    current = { ...current, observations: [...current.observations, ...more] };
  }
  return current;
}

const anInput: fc.Arbitrary<screening.ScreeningInputData> = fc
  .uniqueArray(fc.constantFrom(...profileIds), { minLength: 1, maxLength: 2 })
  .chain((profiles) =>
    fc.record({
      catalogueVersion: fc.constant("catalogue-v2" as const),
      profiles: fc.constant(profiles),
      observations: fc.uniqueArray(
        fc.record({
          indicator: fc.constantFrom(...ids(profiles)),
          status: fc.constantFrom("present" as const, "absent" as const, "unknown" as const),
          observedAt: fc.constant("2026-02-01"),
        }),
        { maxLength: 30, selector: (o) => o.indicator },
      ),
    }),
  )
  .chain((input) => fc.boolean().map((notKnown) => (notKnown ? keyQuestionsNotKnown(input) : input)));

/** The "can still change" / "settled" statements a piece of markup makes, by profile. */
function statements(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of html.matchAll(/data-result-change="([^"]+)">([^<]*)</g)) out.set(m[1] ?? "", m[2] ?? "");
  return out;
}

function render(input: screening.ScreeningInputData, lang: string) {
  const result = evaluateScreening(input);
  const change = resultChange(input, result);
  const question = nextQuestionGroup(input, { forms: [] });
  const card = renderToStaticMarkup(
    <QuestionCard
      title="Next question"
      question={question}
      change={change.profiles}
      lang={lang}
      onAnswer={() => {}}
      details={{}}
      onDetails={() => {}}
    />,
  );
  const panel = renderToStaticMarkup(
    <ResultPanel
      result={result}
      change={change}
      timeline={[]}
      answered={input.observations.length}
      lang={lang}
      asOf={null}
      onAsOf={() => {}}
    />,
  );
  return { card: statements(card), panel: statements(panel), question, change };
}

beforeAll(async () => {
  await setupI18n("en");
  await loadNamespaces(["screening"]);
});

describe("the question card and the result panel say one thing", () => {
  it("says the result can still change after the remaining key questions were answered not known", async () => {
    await changeLocale("en");
    const input = keyQuestionsNotKnown({
      catalogueVersion: "catalogue-v2",
      profiles: ["adult_labour"],
      observations: ["alx.dec.01", "alx.dec.08", "alx.exp.01", "alx.exp.04"].map((indicator) => ({
        indicator,
        status: "present" as const,
        observedAt: "2026-02-01",
      })),
    });
    const { card, panel, question } = render(input, "en");
    expect(question?.reason).toBe("completes_picture");
    expect(card.get("adult_labour")).toMatch(/^Adult, labour exploitation: can still change/);
    expect(card.get("adult_labour")).toBe(panel.get("adult_labour"));
  });

  for (const lang of ["en", "fi", "sv"] as const) {
    it(`agree on random screenings (${lang})`, async () => {
      await changeLocale(lang);
      fc.assert(
        fc.property(anInput, (input) => {
          const { card, panel, question, change } = render(input, lang);
          // The panel states every profile; the card, whenever its question cannot move the result.
          expect([...panel.keys()].sort()).toEqual([...input.profiles].sort());
          if (question === null || question.reason === "completes_picture")
            expect([...card.keys()].sort()).toEqual([...input.profiles].sort());
          for (const [profile, said] of card) expect(said).toBe(panel.get(profile));
          // A question that moves the rule is offered only while some profile can still change.
          if (question?.reason === "moves_towards_rule")
            expect(change.profiles.some((p) => p.canChange)).toBe(true);
        }),
        { numRuns: 40 },
      );
    });
  }
});

describe("the catalogue in every language (issue 18)", () => {
  it("shows the question and the result in Estonian once its domain texts are loaded", async () => {
    await changeLocale("et");
    await i18n.loadLocale("et");
    const input: screening.ScreeningInputData = {
      catalogueVersion: "catalogue-v2",
      profiles: ["adult_labour"],
      observations: [{ indicator: "alx.dec.01", status: "present", observedAt: "2026-02-01" }],
    };
    const { question } = render(input, "et");
    const first = screening.latestCatalogue.indicators.find((i) => i.id === question?.indicators[0]);
    if (!first) throw new Error("no question");
    const card = renderToStaticMarkup(
      <QuestionCard
        title="Next question"
        question={question}
        lang="et"
        onAnswer={() => {}}
        details={{}}
        onDetails={() => {}}
      />,
    );
    const estonian = screening.indicatorTextIn(first, "et");
    expect(estonian.lookFor).not.toBe(screening.indicatorTextIn(first, "en").lookFor);
    expect(card).toContain(estonian.lookFor);
    expect(card).toContain(estonian.ask);
    const result = evaluateScreening(input);
    const panel = renderToStaticMarkup(
      <ResultPanel result={result} timeline={[]} answered={1} lang="et" asOf={null} onAsOf={() => {}} />,
    );
    const profile = screening.labelIn("profiles", "adult_labour", "et");
    expect(profile).not.toBe(screening.labelIn("profiles", "adult_labour", "en"));
    expect(panel).toContain(profile);
  });
});
