import { training } from "@ariadne/domain";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDomainLocale } from "../i18n/use-domain-locale.ts";
import { CheckboxField, SelectField, TextField } from "../ui/index.ts";
import { TextAreaField } from "../ui/textarea-field.tsx";
import { LessonImagesEditor, LessonLinksEditor } from "./lesson-media-editor.tsx";

/** A lesson as the editor holds it (and its draft keeps it): the schema's input, not yet checked. */
export type DraftLesson = training.LessonInput;

const profiles = ["adult_labour", "adult_sexual", "child_labour", "child_sexual"] as const;

/** A new lesson of each kind, as added to the end of the course. */
export function newLesson(kind: training.LessonKind): DraftLesson {
  switch (kind) {
    case "text":
      return { kind, title: "", body: "", images: [], links: [] };
    case "indicators":
      return { kind, profiles: ["adult_labour"] };
    case "scenario":
      return { kind, scenarioId: "" };
    default:
      return { kind };
  }
}

/** The value at a path of a lesson, to tell an empty field from a wrong one. */
function valueAt(lesson: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (v, k) => (v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    lesson,
  );
}

/**
 * Field errors of each lesson, keyed by their full path (`lessons.<i>.links.<j>.url`), in the
 * user's language: a lesson's link or image is marked where it is, not only the lesson.
 */
export function lessonErrors(lessons: readonly DraftLesson[], t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  lessons.forEach((lesson, i) => {
    const parsed = training.Lesson.safeParse(lesson);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      const key = ["lessons", i, ...issue.path].join(".");
      const value = valueAt(lesson, issue.path);
      out[key] ??=
        value === undefined || value === null || (typeof value === "string" && value.trim() === "")
          ? t("validation.required")
          : issue.path.at(-1) === "url"
            ? t("training.editor.linkUrlInvalid")
            : issue.code === "too_big"
              ? t("validation.tooLong", { max: Number(issue.maximum) })
              : t("validation.invalid");
    }
  });
  return out;
}

/** Moves the item at `from` to `to` (both in range), keeping the others in order. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/**
 * The lessons of a course in order: each can be changed, moved up or down, or removed, and a new
 * lesson of any kind is added at the end. The course view shows them in this order.
 */
export function LessonListEditor({
  lessons,
  onChange,
  language,
  fields,
  ownScenarios,
}: {
  lessons: DraftLesson[];
  onChange: (next: DraftLesson[]) => void;
  language: training.CourseLanguage;
  fields: Record<string, string>;
  /** The municipality's own scenarios, offered beside the library's. */
  ownScenarios: readonly training.OwnScenario[];
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<training.LessonKind>("text");
  const set = (i: number, lesson: DraftLesson) => onChange(lessons.map((l, j) => (j === i ? lesson : l)));
  return (
    <fieldset className="lesson-list-editor">
      <legend>{t("training.editor.lessons")}</legend>
      {fields.lessons ? <p className="field-error">{fields.lessons}</p> : null}
      <ol>
        {lessons.map((lesson, i) => {
          const n = i + 1;
          const err = (f: string) => fields[`lessons.${i}.${f}`];
          return (
            // Lessons have no ids of their own: their place in the course is what they are.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={i} data-lesson={n}>
              <fieldset>
                <legend>
                  {t("training.editor.lessonN", { n, kind: t(`training.editor.kinds.${lesson.kind}`) })}
                </legend>
                <LessonFields
                  lesson={lesson}
                  onChange={(next) => set(i, next)}
                  language={language}
                  error={err}
                  ownScenarios={ownScenarios}
                />
                <div className="button-row">
                  <button
                    type="button"
                    className="button"
                    disabled={i === 0}
                    onClick={() => onChange(moved(lessons, i, i - 1))}
                    aria-label={t("training.editor.moveUpN", { n })}
                  >
                    {t("training.editor.moveUp")}
                  </button>
                  <button
                    type="button"
                    className="button"
                    disabled={i === lessons.length - 1}
                    onClick={() => onChange(moved(lessons, i, i + 1))}
                    aria-label={t("training.editor.moveDownN", { n })}
                  >
                    {t("training.editor.moveDown")}
                  </button>
                  <button
                    type="button"
                    className="button button-quiet"
                    onClick={() => onChange(lessons.filter((_, j) => j !== i))}
                    aria-label={t("training.editor.removeN", { n })}
                  >
                    {t("training.editor.remove")}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="lesson-add">
        <SelectField
          label={t("training.editor.addKind")}
          value={adding}
          onChange={(e) => setAdding(e.target.value as training.LessonKind)}
        >
          {training.lessonKinds.map((k) => (
            <option key={k} value={k}>
              {t(`training.editor.kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <button
          type="button"
          className="button"
          disabled={lessons.length >= training.maxLessons}
          onClick={() => onChange([...lessons, newLesson(adding)])}
        >
          {t("training.editor.add")}
        </button>
      </div>
    </fieldset>
  );
}

function LessonFields({
  lesson,
  onChange,
  language,
  error,
  ownScenarios,
}: {
  lesson: DraftLesson;
  onChange: (next: DraftLesson) => void;
  language: training.CourseLanguage;
  error: (field: string) => string | undefined;
  ownScenarios: readonly training.OwnScenario[];
}) {
  const { t } = useTranslation();
  // The library's situations in the course's language (English where it has none, or until loaded).
  const scenarioLang = useDomainLocale(language);
  switch (lesson.kind) {
    case "text":
      return (
        <>
          <TextField
            label={t("training.editor.ownTitle")}
            maxLength={200}
            value={lesson.title}
            error={error("title")}
            onChange={(e) => onChange({ ...lesson, title: e.target.value })}
          />
          <TextAreaField
            label={t("training.editor.ownBody")}
            maxLength={training.maxLessonChars}
            value={lesson.body}
            error={error("body")}
            onChange={(e) => onChange({ ...lesson, body: e.target.value })}
          />
          <LessonImagesEditor lesson={lesson} onChange={onChange} error={error} />
          <LessonLinksEditor lesson={lesson} onChange={onChange} error={error} />
        </>
      );
    case "indicators":
      return (
        <fieldset>
          <legend>{t("training.editor.profiles")}</legend>
          {error("profiles") ? <p className="field-error">{error("profiles")}</p> : null}
          {profiles.map((p) => (
            <CheckboxField
              key={p}
              label={t(`training.editor.profileNames.${p}`)}
              checked={lesson.profiles.includes(p)}
              onChange={() =>
                onChange({
                  ...lesson,
                  profiles: lesson.profiles.includes(p)
                    ? lesson.profiles.filter((x) => x !== p)
                    : [...lesson.profiles, p],
                })
              }
            />
          ))}
        </fieldset>
      );
    case "scenario":
      return (
        <SelectField
          label={t("training.editor.scenario")}
          value={lesson.scenarioId}
          error={error("scenarioId")}
          onChange={(e) => onChange({ ...lesson, scenarioId: e.target.value })}
        >
          <option value="" />
          {ownScenarios.length > 0 ? (
            <optgroup label={t("training.editor.ownScenarios")}>
              {ownScenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.content.situation}
                </option>
              ))}
            </optgroup>
          ) : null}
          <optgroup label={t("training.editor.libraryScenarios")}>
            {training.scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {training.scenarioSituationIn(s, scenarioLang)}
              </option>
            ))}
          </optgroup>
        </SelectField>
      );
    default:
      return <p className="field-hint">{t("training.editor.builtInHint")}</p>;
  }
}
