import type { screening } from "@ariadne/domain";
import type { TFunction } from "i18next";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Details, noDetails, type Status, statuses } from "./draft.ts";
import { contextOf, indicatorById, indicatorText, type Lang, profileList } from "./labels.ts";
import { ProfileChanges } from "./result-change.tsx";
import { SourceNoteFields } from "./source-note-fields.tsx";

/**
 * The one question to ask now (the most informative across the chosen lists), with what to look
 * for and how to ask, and why it is asked. One tap records the answer.
 */
export function QuestionCard({
  title,
  question,
  lang,
  onAnswer,
  details: typed,
  onDetails,
  why: whyGiven,
  change,
}: {
  title: string;
  question: screening.QuestionGroup | null;
  /** Why this question is asked, when the caller knows better than the ILO/EC ranking. */
  why?: string;
  /**
   * Whether each profile's result can still change (`resultChange`): said whenever this card's
   * question cannot move the ILO/EC result itself, in the same words as the result panel.
   */
  change?: readonly screening.ProfileChange[];
  lang: Lang;
  onAnswer: (key: string, status: Status, details: Details) => void;
  /** The source and note typed so far, by question key (kept in the draft, so a reload keeps them). */
  details: Readonly<Record<string, Details>>;
  onDetails: (key: string, details: Details) => void;
}) {
  const { t } = useTranslation();
  const { source, note } = (question && typed[question.key]) || noDetails;
  const headingId = useId();
  // After an answer given here, the next question takes focus, so keyboard and screen reader
  // users go on from it (the answer buttons are re-created with each question).
  const answeredHere = useRef(false);
  const wordingRef = useRef<HTMLParagraphElement>(null);
  const questionKey = question?.key ?? null;
  useEffect(() => {
    if (!answeredHere.current) return;
    answeredHere.current = false;
    if (questionKey) wordingRef.current?.focus();
  }, [questionKey]);
  const first = question ? indicatorById(question.indicators[0] ?? "") : undefined;
  const firstText = first ? indicatorText(first, lang) : undefined;

  const why = !question ? "" : whyGiven !== undefined ? whyGiven : rankingWhy(question, t, lang);

  return (
    <section className="screening-section screening-question screening-noprint" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {question && first && firstText ? (
        <div key={question.key}>
          <p className="screening-context">{contextOf(first, lang, t)}</p>
          <p className="screening-wording" ref={wordingRef} tabIndex={-1}>
            {firstText.wording}
          </p>
          <p className="screening-why">{why}</p>
          {change && whyGiven === undefined && question.reason === "completes_picture" && !question.form ? (
            <ProfileChanges profiles={change} lang={lang} />
          ) : null}
          <p className="screening-guidance">
            <strong>{t("screening.lookFor")}:</strong> {firstText.lookFor}
          </p>
          <p className="screening-guidance">
            <strong>{t("screening.ask")}:</strong> {firstText.ask}
          </p>
          <DetailsFields
            details={{ source, note }}
            onChange={(details) => onDetails(question.key, details)}
          />
          <fieldset className="screening-answers">
            <legend>{t("screening.answer")}</legend>
            {statuses.map((s) => (
              <button
                key={s}
                type="button"
                className={`screening-answer screening-answer-${s}`}
                onClick={() => {
                  answeredHere.current = true;
                  onAnswer(question.key, s, { source, note });
                }}
              >
                {t(`screening.${s}`)}
              </button>
            ))}
          </fieldset>
        </div>
      ) : (
        <>
          <p>{t("screening.noQuestion")}</p>
          {change ? <ProfileChanges profiles={change} lang={lang} /> : null}
        </>
      )}
    </section>
  );
}

/** Why the ILO/EC ranking asks a question: what a present answer does to each list's result. */
export function rankingWhy(question: screening.QuestionGroup, t: TFunction, lang: Lang): string {
  return question.form
    ? t("screening.formsHint")
    : question.decisiveFor.length > 0
      ? t("screening.whyDecisive", { profiles: profileList(question.decisiveFor, lang) })
      : question.moves.length > 0
        ? t("screening.whyMoves", { profiles: profileList(question.moves, lang) })
        : t("screening.whyCompletes");
}

/** The optional source and note, folded away; open from the start when something was typed before. */
function DetailsFields({ details, onChange }: { details: Details; onChange: (details: Details) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(() => details.source !== "" || details.note !== "");
  return (
    <details className="screening-details" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t("screening.details")}</summary>
      <SourceNoteFields details={details} onChange={onChange} />
    </details>
  );
}
