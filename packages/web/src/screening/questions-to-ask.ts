import { screening } from "@ariadne/domain";
import { firstContactQuestion } from "./assistance-panel.tsx";

const { nextQuestionGroup } = screening;

type FirstContact = NonNullable<ReturnType<typeof firstContactQuestion>>;

/** What the question cards ask now: each question once, in the card that leads for it. */
export interface QuestionsToAsk {
  /** The assistance signal's best question (the first-contact card), which leads. */
  firstContact: FirstContact | null;
  /**
   * The ILO/EC lists' best question when the first-contact card already asks it: that card then
   * also says why the lists ask it.
   */
  alsoNext: screening.QuestionGroup | null;
  /** The next question card's own: never the first-contact question; null when nothing else is left. */
  next: screening.QuestionGroup | null;
}

/** One question asked twice: the same fact (key) or an answer that would be recorded for both. */
function sameQuestion(a: screening.QuestionGroup, b: screening.QuestionGroup): boolean {
  return a.key === b.key || a.indicators.some((id) => b.indicators.includes(id));
}

/**
 * The first-contact question and the ILO/EC lists' next one, on everything recorded. Ariadne's
 * assistance signal leads at first contact (the ILO/EC rule is a bar for counting identified
 * victims, not a frontline threshold: docs domain.md §2), so when both would ask the same
 * question it is asked once, in the first-contact card, and the next question card goes on to the
 * lists' next question that is not that one.
 */
export function questionsToAsk(
  recorded: screening.ScreeningInputData,
  signal: screening.AssistanceSignal,
): QuestionsToAsk {
  const firstContact = firstContactQuestion(signal);
  const next = nextQuestionGroup(recorded, { forms: [] });
  if (!firstContact || !next || !sameQuestion(firstContact.question, next))
    return { firstContact, alsoNext: null, next };
  // The lists' ranking with the first-contact question's ids taken as asked (not known, which the
  // rule never counts as absent), dated with the latest answer so the date the result stands on
  // does not move.
  const latest = recorded.observations
    .map((o) => o.observedAt)
    .sort()
    .at(-1);
  const asked = [...new Set([...firstContact.question.indicators, ...next.indicators])].map((indicator) => ({
    indicator,
    status: "unknown" as const,
    observedAt: latest ?? "1970-01-01",
  }));
  const following = nextQuestionGroup(
    { ...recorded, observations: [...recorded.observations, ...asked] },
    { forms: [] },
  );
  return {
    firstContact,
    alsoNext: next,
    next: following && !sameQuestion(firstContact.question, following) ? following : null,
  };
}
