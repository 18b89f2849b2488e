import { screening } from "@ariadne/domain";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Route, Routes } from "react-router";
import { hasAny, useMe } from "../auth/index.ts";
import { useDomainLocale } from "../i18n/use-domain-locale.ts";
import { formatDateTime } from "../ui/format-date.ts";
import { Alert, errorText, Page } from "../ui/index.ts";
import { AnswerList } from "./answer-list.tsx";
import { AssistancePanel } from "./assistance-panel.tsx";
import { BarriersSection } from "./barriers-section.tsx";
import {
  answeredKeys,
  clearAnswer,
  type Details,
  indicatorIdsOf,
  type Status,
  setAnswer,
  setDetails,
  toScreeningInput,
} from "./draft.ts";
import { GroupScreeningPage } from "./group-screening-page.tsx";
import { elementLabel, levelLabel } from "./labels.ts";
import { PhoneSummary, SetupLine } from "./phone-summary.tsx";
import { PrintHeader } from "./print-header.tsx";
import { QuestionBrowser } from "./question-browser.tsx";
import { QuestionCard, rankingWhy } from "./question-card.tsx";
import { questionsToAsk } from "./questions-to-ask.ts";
import { NextSteps, ResultPanel, SupplementaryPanel } from "./result-panel.tsx";
import { SaveToCase } from "./save-to-case.tsx";
import { SavedScreeningPage } from "./saved-screening-page.tsx";
import { ScreeningSetup } from "./screening-setup.tsx";
import { useRescreen } from "./use-rescreen.ts";
import { useScreeningDraft } from "./use-screening-draft.ts";
import "./screening.css";

const { evaluateScreening, nextQuestionGroup, resultChange, screeningTimeline } = screening;

/**
 * Entry page of the screening module (lazy-loaded chunk): a guided screening run in the browser
 * with the same engine as the server. Setup, the next question, the answers, the live result,
 * barriers, saving to a case, and the next steps last.
 */
export default function ScreeningRoutes() {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route
        path="group"
        element={
          <Page title={t("screening.groupTitle")} intro={t("screening.groupIntro")}>
            <GroupScreeningPage />
          </Page>
        }
      />
      <Route path="saved/:caseId/:entryId" element={<SavedScreeningPage />} />
      <Route path="*" element={<ScreeningPage />} />
    </Routes>
  );
}

function ScreeningPage() {
  const { t, i18n } = useTranslation();
  const lang = useDomainLocale();
  const me = useMe();
  const { draft, setDraft, discard } = useScreeningDraft();
  const rescreen = useRescreen(setDraft);

  // `input` is the situation as of the chosen date; questions, the timeline and saving to a case
  // always use everything recorded (`recorded`). Only what feeds the engine is a dependency, so a
  // note or pseudonym being typed does not evaluate the screening again at each keystroke.
  const { profiles, answers, barriers, mode, asOf } = draft;
  const input = useMemo(
    () => toScreeningInput({ profiles, answers, barriers, mode, asOf }),
    [profiles, answers, barriers, mode, asOf],
  );
  const recorded = useMemo(
    () => toScreeningInput({ profiles, answers, barriers, mode, asOf: null }),
    [profiles, answers, barriers, mode],
  );
  const result = useMemo(() => evaluateScreening(input), [input]);
  const timeline = useMemo(() => screeningTimeline(recorded), [recorded]);
  // The ILO/EC lists and the other forms are asked side by side: the forms never feed the rule,
  // so they would otherwise wait until every list question had been asked.
  const formQuestion = useMemo(
    () => nextQuestionGroup({ ...recorded, profiles: [] }, { forms: draft.forms }),
    [recorded, draft.forms],
  );
  // Ariadne's assistance signal leads: its best question (the short first-contact set first) is
  // asked above the ILO/EC lists' own, always on everything recorded. A question both would ask is
  // asked once, in the first-contact card, which then says why the lists ask it too.
  const signal = useMemo(
    () => (draft.asOf ? evaluateScreening(recorded).assistance : result.assistance),
    [draft.asOf, recorded, result],
  );
  const {
    firstContact,
    alsoNext,
    next: question,
  } = useMemo(() => questionsToAsk(recorded, signal), [recorded, signal]);
  // Whether the result can still change given the unknowns: one statement, said alike by the
  // question card (on everything recorded, as its question is) and the result panel (as of the
  // chosen date; the same when no date is chosen).
  const change = useMemo(() => resultChange(input, result), [input, result]);
  const changeNow = useMemo(
    () => (draft.asOf ? resultChange(recorded, evaluateScreening(recorded)) : change),
    [draft.asOf, recorded, change],
  );
  // On a phone, "Start the questions" folds the setup to one line and the lists behind a toggle,
  // so the first question is in sight (screening.css); wider screens show everything as before.
  // The step is kept with the draft, so a reload returns to the questions, not to the setup.
  const hasProfiles = draft.profiles.length > 0;
  const focused = hasProfiles && draft.step === "questions";
  const setFocused = (on: boolean) => setDraft((d) => ({ ...d, step: on ? "questions" : "setup" }));
  const [listsOpen, setListsOpen] = useState(false);
  const questionsRef = useRef<HTMLDivElement>(null);
  const setupRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!hasProfiles) setDraft((d) => (d.step === "setup" ? d : { ...d, step: "setup" }));
  }, [hasProfiles, setDraft]);
  const startQuestions = () => {
    setFocused(true);
    setListsOpen(false);
    // The first question is where the work goes on.
    requestAnimationFrame(() =>
      questionsRef.current?.querySelector<HTMLElement>(".screening-wording")?.focus(),
    );
  };
  // The next screening, once this one is saved: from the top, where the lists are chosen.
  const startNew = () => {
    discard();
    requestAnimationFrame(() => setupRef.current?.querySelector<HTMLElement>("input")?.focus());
  };
  const changeSetup = () => {
    setFocused(false);
    requestAnimationFrame(() => setupRef.current?.querySelector<HTMLElement>("input")?.focus());
  };
  const assistanceWhy = !firstContact
    ? undefined
    : firstContact.levelIfPresent === "offer_assistance" || firstContact.settles.length === 0
      ? t("screening.whyAssistance", { level: levelLabel(firstContact.levelIfPresent, lang) })
      : t("screening.whyAssistanceShows", {
          elements: firstContact.settles.map((e) => elementLabel(e, lang)).join(", "),
        });
  const firstContactWhy =
    assistanceWhy && alsoNext
      ? `${assistanceWhy} ${t("screening.alsoNextQuestion")} ${rankingWhy(alsoNext, t, lang)}`
      : assistanceWhy;
  const typeDetails = (key: string, details: Details) => setDraft((d) => setDetails(d, key, details));
  const answer = (key: string, status: Status, details: Details) =>
    setDraft((d) =>
      indicatorIdsOf(key, d.profiles).length > 0
        ? setAnswer(d, key, { status, observedAt: d.observedOn, ...details })
        : d,
    );
  const started = draft.profiles.length > 0 || draft.forms.length > 0;
  const answered = answeredKeys(draft).length;

  // On a phone, once the questions have started, these wait at the end of the page (screening.css).
  const actions = (where: string) => (
    <div className={`screening-actions ${where} screening-noprint`}>
      <button type="button" className="button" onClick={discard}>
        {t("screening.discard")}
      </button>
      <button type="button" className="button" onClick={() => window.print()}>
        {t("screening.print")}
      </button>
      <Link to="/screening/group">{t("screening.groupLink")}</Link>
    </div>
  );

  return (
    <Page title={t("screening.title")} intro={t("screening.intro")}>
      <div className={`screening-page${focused ? " screening-focused" : ""}`}>
        <PrintHeader
          draft={draft}
          asOf={result.asOf}
          by={me.displayName}
          catalogueVersion={result.catalogueVersion}
        />
        {actions("screening-actions-top")}
        {rescreen.target ? (
          <Alert tone="info">
            {t("screening.record.rescreening", {
              code: rescreen.target.caseCode,
              time: formatDateTime(rescreen.target.from, i18n.language),
            })}
          </Alert>
        ) : null}
        {rescreen.error ? <Alert tone="error">{errorText(t, rescreen.error)}</Alert> : null}
        {hasProfiles ? <PhoneSummary result={result} change={change} lang={lang} /> : null}
        <div className="screening-layout">
          <div ref={questionsRef}>
            {focused ? <SetupLine draft={draft} lang={lang} onChange={changeSetup} /> : null}
            <div className="screening-setup" ref={setupRef}>
              <ScreeningSetup draft={draft} lang={lang} onChange={setDraft} />
              {hasProfiles && !focused ? (
                <button
                  type="button"
                  className="button screening-start screening-noprint"
                  onClick={startQuestions}
                >
                  {t("screening.setupDone")}
                </button>
              ) : null}
            </div>
            {draft.profiles.length > 0 ? (
              <label className="screening-choice screening-noprint">
                <input
                  type="checkbox"
                  checked={draft.mode === "full"}
                  onChange={(e) => {
                    const mode = e.currentTarget.checked ? "full" : "first_contact";
                    setDraft((d) => ({ ...d, mode }));
                  }}
                />{" "}
                {t("screening.fullCatalogue")}
              </label>
            ) : null}
            {draft.profiles.length > 0 && firstContact ? (
              <QuestionCard
                title={t("screening.firstContactQuestion")}
                question={firstContact.question}
                why={firstContactWhy}
                lang={lang}
                onAnswer={answer}
                details={draft.details}
                onDetails={typeDetails}
              />
            ) : null}
            {draft.profiles.length === 0 ? (
              <p className="screening-noprint">{t("screening.startHint")}</p>
            ) : question || !alsoNext ? (
              // Left out only when its one question left is the first-contact card's.
              <QuestionCard
                title={t("screening.question")}
                question={question}
                change={changeNow.profiles}
                lang={lang}
                onAnswer={answer}
                details={draft.details}
                onDetails={typeDetails}
              />
            ) : null}
            {draft.forms.length > 0 ? (
              <QuestionCard
                title={t("screening.formQuestion")}
                question={formQuestion}
                lang={lang}
                onAnswer={answer}
                details={draft.details}
                onDetails={typeDetails}
              />
            ) : null}
            <button
              type="button"
              className="button screening-lists-toggle screening-noprint"
              aria-expanded={listsOpen}
              aria-controls="screening-lists"
              onClick={() => setListsOpen((o) => !o)}
            >
              {t("screening.lists", { count: answered })}
            </button>
            <div
              id="screening-lists"
              className={listsOpen ? "screening-lists" : "screening-lists screening-lists-closed"}
            >
              <QuestionBrowser
                draft={draft}
                lang={lang}
                onAnswer={(key, a) => setDraft((d) => (a ? setAnswer(d, key, a) : clearAnswer(d, key)))}
              />
              <AnswerList
                draft={draft}
                lang={lang}
                onChange={(key, answer) => setDraft((d) => setAnswer(d, key, answer))}
                onClear={(key) => setDraft((d) => clearAnswer(d, key))}
              />
            </div>
            {started ? <BarriersSection draft={draft} lang={lang} onChange={setDraft} /> : null}
          </div>
          <div>
            {draft.profiles.length > 0 ? (
              <AssistancePanel signal={result.assistance} change={change.assistance} lang={lang} />
            ) : null}
            {draft.profiles.length > 0 ? (
              <ResultPanel
                result={result}
                change={change}
                timeline={timeline}
                answered={answered}
                lang={lang}
                asOf={draft.asOf}
                onAsOf={(asOf) => setDraft((d) => ({ ...d, asOf }))}
              />
            ) : null}
            <SupplementaryPanel result={result} forms={draft.forms} lang={lang} />
            {hasAny(me, ["cases:write"]) && answered > 0 ? (
              <SaveToCase
                savedTo={draft.savedTo}
                target={rescreen.target}
                input={recorded}
                onSaved={(savedTo) => setDraft((d) => ({ ...d, savedTo, pseudonym: "" }))}
                onNew={startNew}
                pseudonym={draft.pseudonym}
                onPseudonym={(pseudonym) => setDraft((d) => ({ ...d, pseudonym }))}
              />
            ) : null}
          </div>
        </div>
        {focused ? actions("screening-actions-end") : null}
        <NextSteps steps={result.nextSteps} lang={lang} />
      </div>
    </Page>
  );
}
