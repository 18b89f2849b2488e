import { training } from "@ariadne/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { LanguageOptions } from "../i18n/language-options.tsx";
import { Alert, errorText, Loading, Page, SelectField, useLoad } from "../ui/index.ts";
import { courseLanguageOf } from "./course-language.tsx";
import { BarriersLesson, DefinitionLesson, IndicatorsLesson, PathwayLesson, TextLesson } from "./lessons.tsx";
import { type ExerciseAnswer, emptyAnswer, ScenarioExercise } from "./scenario-exercise.tsx";
import { trainingApi } from "./training-api.ts";

/** A course as a learner takes it: its lessons in order, the exercises, then completion and certificate. */
export default function CourseView() {
  const { t, i18n } = useTranslation();
  const lang = courseLanguageOf(i18n.language);
  const { id = "" } = useParams();
  const [load, reload] = useLoad(() => trainingApi.course(id), id);
  const [answers, setAnswers] = useState<Record<number, ExerciseAnswer>>({});
  const [group, setGroup] = useState<training.ProfessionalGroup | "">("");
  const [certificateLang, setCertificateLang] = useState<training.CourseLanguage>(lang);
  const [result, setResult] = useState<
    | { kind: "done"; completionId: string; code: string }
    | { kind: "failed" }
    | { kind: "error"; text: string }
    | null
  >(null);
  const [busy, setBusy] = useState(false);

  if (load.status === "failed" && !load.data)
    return (
      <Page title={t("training.title")}>
        <Alert tone="error">{errorText(t, load.error)}</Alert>
      </Page>
    );
  if (!load.data) return <Loading />;
  const { course, pathway, abilities } = load.data;
  const scenarios = new Map(load.data.scenarios.map((s) => [s.id, s]));
  const scenarioLessons = course.content.lessons.flatMap((l, i) => (l.kind === "scenario" ? [i] : []));

  async function complete() {
    const missing = scenarioLessons.some((i) => !answers[i]?.nextStep);
    if (missing || !group) {
      setResult({ kind: "error", text: t("training.complete.answerAll") });
      return;
    }
    setBusy(true);
    try {
      const res = await trainingApi.attempt(course.id, {
        courseVersion: course.contentVersion,
        group,
        language: certificateLang,
        answers: scenarioLessons.map((i) => ({
          lesson: i,
          marked: answers[i]!.marked,
          nextStep: answers[i]!.nextStep!,
        })),
      });
      if (res.completion) {
        setResult({ kind: "done", completionId: res.completion.id, code: res.completion.certificateCode });
        await reload();
      } else {
        setResult({ kind: "failed" });
        setAnswers((a) =>
          Object.fromEntries(Object.entries(a).map(([k, v]) => [k, { ...v, checked: true }])),
        );
      }
    } catch (e) {
      setResult({ kind: "error", text: errorText(t, e) });
    } finally {
      setBusy(false);
    }
  }

  const lessonTitle = (l: training.Lesson) =>
    l.kind === "text"
      ? l.title
      : l.kind === "referral_pathway"
        ? t("training.lesson.pathway")
        : t(`training.lesson.${l.kind}`);

  return (
    // The trainer's own words are in the course's language, whatever the reader's (WCAG 3.1.2).
    <Page
      title={course.content.title}
      intro={course.content.description || undefined}
      lang={course.content.language}
    >
      <p className="course-meta">
        <span>{t("training.version", { version: course.contentVersion })}</span>
        {abilities.manage ? (
          <>
            {" · "}
            <Link to={`/training/courses/${course.id}/edit`}>{t("training.editCourse")}</Link>
          </>
        ) : null}
      </p>
      {course.completedVersion !== null && course.completedVersion < course.contentVersion ? (
        <Alert tone="info">
          {t("training.completedOld", { done: course.completedVersion, now: course.contentVersion })}
        </Alert>
      ) : null}
      {course.content.lessons.map((lesson, i) => (
        <section
          // Lessons have no ids of their own: their place in the course is what they are.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={i}
          className="lesson panel"
          aria-labelledby={`lesson-${i}`}
          lang={lesson.kind === "text" ? course.content.language : undefined}
        >
          <h2 id={`lesson-${i}`}>
            {i + 1}. {lessonTitle(lesson)}
          </h2>
          {lesson.kind === "definition" ? <DefinitionLesson /> : null}
          {lesson.kind === "indicators" ? <IndicatorsLesson profiles={lesson.profiles} /> : null}
          {lesson.kind === "barriers" ? <BarriersLesson /> : null}
          {lesson.kind === "referral_pathway" ? <PathwayLesson pathway={pathway} /> : null}
          {lesson.kind === "text" ? <TextLesson lesson={lesson} /> : null}
          {lesson.kind === "scenario" ? (
            <ScenarioExercise
              scenario={scenarios.get(lesson.scenarioId)!}
              answer={answers[i] ?? emptyAnswer}
              onChange={(next) => setAnswers((a) => ({ ...a, [i]: next }))}
            />
          ) : null}
        </section>
      ))}
      <section className="panel" aria-labelledby="complete-title">
        <h2 id="complete-title">{t("training.complete.title")}</h2>
        <SelectField
          label={t("training.complete.group")}
          value={group}
          onChange={(e) => setGroup(e.target.value as training.ProfessionalGroup)}
        >
          <option value="" />
          {training.professionalGroups.map((g) => (
            <option key={g} value={g}>
              {t(`training.groups.${g}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("training.complete.language")}
          value={certificateLang}
          onChange={(e) => setCertificateLang(e.target.value as training.CourseLanguage)}
        >
          <LanguageOptions />
        </SelectField>
        <div className="button-row">
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void complete()}
          >
            {busy ? t("common.saving") : t("training.complete.submit")}
          </button>
        </div>
        {result?.kind === "error" ? <Alert tone="error">{result.text}</Alert> : null}
        {result?.kind === "failed" ? <Alert tone="error">{t("training.complete.failed")}</Alert> : null}
        {result?.kind === "done" ? (
          <Alert tone="success">
            <p>{t("training.complete.done")}</p>
            <p>
              <a href={trainingApi.certificateUrl(result.completionId)} download>
                {t("training.complete.download")}
              </a>{" "}
              · <Link to={`/certificates/${result.code}`}>{t("training.complete.verify")}</Link>
            </p>
          </Alert>
        ) : null}
      </section>
    </Page>
  );
}
