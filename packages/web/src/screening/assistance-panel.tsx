import { screening } from "@ariadne/domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { elementLabel, type Lang, levelLabel, wordingOf } from "./labels.ts";
import { signalChangeText } from "./result-change.tsx";

const { elementIds, formatMessage } = screening;

/**
 * Ariadne's assistance signal, shown first and apart from the ILO/EC result: the level, each
 * element of trafficking with the answers that show it, why, what to ask next and what to do now.
 */
export function AssistancePanel({
  signal,
  change,
  lang,
}: {
  signal: screening.AssistanceSignal;
  /** Whether the level can still rise (`resultChange`); left out where nothing more is asked. */
  change?: screening.SignalChange;
  lang: Lang;
}) {
  const { t } = useTranslation();
  // The first reason says what the signal is; the panel's own note says it already.
  const reasons = signal.reasons.filter((m) => m.key !== "screening.assistance.about");
  const ids = { elements: useId(), reasons: useId(), ask: useId(), steps: useId() };
  return (
    <section
      className={`screening-section screening-assistance screening-level-${signal.level}`}
      aria-labelledby="screening-assistance"
    >
      <h2 id="screening-assistance">{t("screening.assistance")}</h2>
      <p className="screening-assistance-level" aria-live="polite">
        <strong>{levelLabel(signal.level, lang)}</strong>
      </p>
      {change ? (
        <p className="screening-change" data-result-change="assistance">
          {signalChangeText(change, t, lang)}
        </p>
      ) : null}
      <p className="muted">{t("screening.assistanceNotIlo")}</p>
      <h3 id={ids.elements}>{t("screening.assistanceElements")}</h3>
      <ul className="screening-elements" aria-labelledby={ids.elements}>
        {elementIds.map((e) => {
          const el = signal.elements[e];
          return (
            <li key={e} className={`screening-element-${el.state}`}>
              <strong>
                {elementLabel(e, lang)}: {t(`screening.element_${el.state}`)}
              </strong>
              {el.by.length > 0 ? (
                // A fact recorded for several lists is one fact: its wording is shown once.
                <span> — {[...new Set(el.by.map((id) => wordingOf(id, lang)))].join("; ")}</span>
              ) : null}
            </li>
          );
        })}
      </ul>
      <h3 id={ids.reasons}>{t("screening.assistanceReasons")}</h3>
      <ul aria-labelledby={ids.reasons}>
        {reasons.map((m) => (
          <li key={`${m.key}-${JSON.stringify(m.params ?? {})}`}>{formatMessage(m, lang)}</li>
        ))}
      </ul>
      {signal.nextQuestions.length > 0 ? (
        <>
          <h3 id={ids.ask}>{t("screening.assistanceAsk")}</h3>
          <ol aria-labelledby={ids.ask}>
            {signal.nextQuestions.map((q) => (
              <li key={q.key}>{wordingOf(q.indicators[0] ?? "", lang)}</li>
            ))}
          </ol>
        </>
      ) : null}
      <h3 id={ids.steps}>{t("screening.assistanceSteps")}</h3>
      <ol aria-labelledby={ids.steps}>
        {signal.steps.map((m) => (
          <li key={`${m.key}-${JSON.stringify(m.params ?? {})}`}>{formatMessage(m, lang)}</li>
        ))}
      </ol>
    </section>
  );
}

/** The best first-contact question as a question card's question, with why it is asked. */
export function firstContactQuestion(signal: screening.AssistanceSignal): {
  question: screening.QuestionGroup;
  levelIfPresent: screening.AssistanceLevel;
  settles: screening.ElementId[];
} | null {
  const q = signal.nextQuestions[0];
  if (!q) return null;
  const [head] = q.key.split(":");
  const dimension = (screening.dimensionIds as readonly string[]).includes(head ?? "")
    ? (head as screening.DimensionId)
    : null;
  const form = (screening.supplementaryFormIds as readonly string[]).includes(head ?? "")
    ? (head as screening.SupplementaryFormId)
    : null;
  return {
    question: {
      key: q.key,
      reason: "moves_towards_rule",
      dimension,
      form,
      indicators: q.indicators,
      moves: q.iloMoves,
      decisiveFor: q.iloDecisiveFor,
      missingAfter: null,
      strength: q.strength,
    },
    levelIfPresent: q.levelIfPresent,
    settles: q.settles,
  };
}
