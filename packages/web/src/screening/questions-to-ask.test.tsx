import { screening } from "@ariadne/domain";
import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { changeLocale, loadNamespaces, setupI18n } from "../i18n/index.ts";
import { QuestionCard } from "./question-card.tsx";
import { questionsToAsk } from "./questions-to-ask.ts";

const { catalogueV2, evaluateScreening, nextQuestionGroup, profileIds } = screening;

/** The first-contact card's question answered "present", `times` times over, as a worker on a phone does. */
function firstContactAnswered(profiles: screening.ProfileId[], times: number): screening.ScreeningInputData {
  let input: screening.ScreeningInputData = {
    catalogueVersion: "catalogue-v2",
    profiles,
    mode: "first_contact",
    observations: [],
  };
  for (let i = 0; i < times; i++) {
    const { firstContact } = questionsToAsk(input, evaluateScreening(input).assistance);
    if (!firstContact) break;
    const more = firstContact.question.indicators.map((indicator) => ({
      indicator,
      status: "present" as const,
      observedAt: "2026-02-01",
    }));
    input = { ...input, observations: [...input.observations, ...more] };
  }
  return input;
}

const card = (title: string, question: screening.QuestionGroup | null) =>
  renderToStaticMarkup(
    <QuestionCard
      title={title}
      question={question}
      lang="en"
      onAnswer={() => {}}
      details={{}}
      onDetails={() => {}}
    />,
  );

beforeAll(async () => {
  await setupI18n("en");
  await loadNamespaces(["screening"]);
  await changeLocale("en");
});

describe("the first-contact and next question cards ask each question once", () => {
  it("asks a question both would ask in the first-contact card only; the next card goes on to another", () => {
    // Adult labour after four first-contact answers: both would ask about confiscated documents.
    const input = firstContactAnswered(["adult_labour"], 4);
    const signal = evaluateScreening(input).assistance;
    const lists = nextQuestionGroup(input, { forms: [] });
    expect(signal.nextQuestions[0]?.key).toBe(lists?.key);

    const { firstContact, alsoNext, next } = questionsToAsk(input, signal);
    expect(firstContact?.question.key).toBe(lists?.key);
    expect(alsoNext?.key).toBe(lists?.key);
    expect(next).not.toBeNull();
    expect(next?.key).not.toBe(lists?.key);
    expect(next?.indicators.some((id) => firstContact?.question.indicators.includes(id))).toBe(false);

    const html = card("First-contact question", firstContact?.question ?? null) + card("Next question", next);
    const wording = [...html.matchAll(/class="screening-wording"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(wording).toHaveLength(2);
    expect(new Set(wording).size).toBe(2);
  });

  it("leaves the next card as the lists rank it when the two questions differ", () => {
    const input = firstContactAnswered(["adult_labour"], 1);
    const signal = evaluateScreening(input).assistance;
    const asks = questionsToAsk(input, signal);
    expect(asks.alsoNext).toBeNull();
    expect(asks.next).toEqual(nextQuestionGroup(input, { forms: [] }));
  });

  it("never shows one question in both cards, on random screenings", () => {
    const ids = (profiles: readonly screening.ProfileId[]) =>
      catalogueV2.indicators.filter((i) => i.kind !== "ilo" || profiles.includes(i.profile)).map((i) => i.id);
    const anInput = fc
      .uniqueArray(fc.constantFrom(...profileIds), { minLength: 1, maxLength: 2 })
      .chain((profiles) =>
        fc.record({
          catalogueVersion: fc.constant("catalogue-v2" as const),
          profiles: fc.constant(profiles),
          mode: fc.constantFrom("first_contact" as const, "full" as const),
          observations: fc.uniqueArray(
            fc.record({
              indicator: fc.constantFrom(...ids(profiles)),
              status: fc.constantFrom("present" as const, "absent" as const, "unknown" as const),
              observedAt: fc.constantFrom("2026-02-01", "2026-03-01"),
            }),
            { maxLength: 30, selector: (o) => o.indicator },
          ),
        }),
      );
    fc.assert(
      fc.property(anInput, (input) => {
        const { firstContact, alsoNext, next } = questionsToAsk(input, evaluateScreening(input).assistance);
        if (!firstContact || !next) return;
        expect(next.key).not.toBe(firstContact.question.key);
        expect(next.indicators.some((id) => firstContact.question.indicators.includes(id))).toBe(false);
        // The next card keeps the lists' own question whenever it is another one.
        if (!alsoNext) expect(next).toEqual(nextQuestionGroup(input, { forms: [] }));
      }),
      { numRuns: 60 },
    );
  });
});
