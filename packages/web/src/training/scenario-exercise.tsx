import { screening, training } from "@ariadne/domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useDomainLocale } from "../i18n/use-domain-locale.ts";

const catalogue = screening.catalogueFor("catalogue-v2");
const byId = new Map(catalogue.indicators.map((i) => [i.id, i]));
export const wordingOf = (id: string, locale: string) => {
  const indicator = byId.get(id);
  return indicator ? screening.indicatorTextIn(indicator, locale).wording : id;
};

export interface ExerciseAnswer {
  marked: string[];
  nextStep: training.ScenarioAnswer["nextStep"] | null;
  checked: boolean;
}

export const emptyAnswer: ExerciseAnswer = { marked: [], nextStep: null, checked: false };

/**
 * A scenario exercise: the situation, the indicators to mark, the next step to pick; once checked,
 * the screening engine's own evaluation of the same facts with its reasons is the feedback.
 */
export function ScenarioExercise({
  scenario,
  answer,
  onChange,
}: {
  scenario: training.Scenario;
  answer: ExerciseAnswer;
  onChange: (next: ExerciseAnswer) => void;
}) {
  const { t } = useTranslation();
  // The situation and the catalogue's texts in the reader's language (English where it has none).
  const catalogueLang = useDomainLocale();
  const id = useId();
  const choices = training.scenarioChoices(scenario);
  const score =
    answer.checked && answer.nextStep
      ? training.scoreScenario(scenario, { marked: answer.marked, nextStep: answer.nextStep })
      : null;
  const level = (l: screening.AssistanceLevel) => screening.labelIn("assistanceLevels", l, catalogueLang);
  const toggle = (indicator: string) =>
    onChange({
      ...answer,
      checked: false,
      marked: answer.marked.includes(indicator)
        ? answer.marked.filter((m) => m !== indicator)
        : [...answer.marked, indicator],
    });
  return (
    <div className="exercise" data-scenario={scenario.id}>
      <p className="situation" lang={scenario.language}>
        {training.scenarioSituationIn(scenario, catalogueLang)}
      </p>
      <fieldset>
        <legend>{t("training.exercise.marks")}</legend>
        <ul className="choice-list">
          {choices.map((c) => (
            <li key={c}>
              <label>
                <input type="checkbox" checked={answer.marked.includes(c)} onChange={() => toggle(c)} />
                <span>{wordingOf(c, catalogueLang)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t("training.exercise.next")}</legend>
        <ul className="choice-list">
          {training.nextStepChoices.map((step) => (
            <li key={step}>
              <label>
                <input
                  type="radio"
                  name={`${id}-next`}
                  checked={answer.nextStep === step}
                  onChange={() => onChange({ ...answer, checked: false, nextStep: step })}
                />
                <span>{level(step)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={!answer.nextStep}
          onClick={() => onChange({ ...answer, checked: true })}
        >
          {t("training.exercise.check")}
        </button>
      </div>
      {score ? (
        <div className={score.passed ? "feedback-right" : "feedback-wrong"} role="status">
          <p>
            <strong>{score.passed ? t("training.exercise.right") : t("training.exercise.wrong")}</strong>{" "}
            {t("training.exercise.engineSays", { level: level(score.key.level) })}
          </p>
          <ul>
            {score.key.reasons.map((m) => (
              <li key={`${m.key}-${JSON.stringify(m.params ?? {})}`}>
                {screening.formatMessage(m, catalogueLang)}
              </li>
            ))}
          </ul>
          <p>{t("training.exercise.found", { count: score.found.length })}</p>
          {score.missed.length > 0 ? (
            <>
              <p>{t("training.exercise.missed")}:</p>
              <ul>
                {score.missed.map((m) => (
                  <li key={m}>{wordingOf(m, catalogueLang)}</li>
                ))}
              </ul>
            </>
          ) : null}
          {score.wrong.length > 0 ? (
            <>
              <p>{t("training.exercise.extra")}:</p>
              <ul>
                {score.wrong.map((m) => (
                  <li key={m}>{wordingOf(m, catalogueLang)}</li>
                ))}
              </ul>
            </>
          ) : null}
          <p>{t("training.exercise.yourMarks", { level: level(score.levelOfMarks) })}</p>
        </div>
      ) : null}
    </div>
  );
}
