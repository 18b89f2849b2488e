import { training } from "@ariadne/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { useDiscardDraft, useDraftField } from "../drafts/use-draft.ts";
import { DiscardButton, wouldLoseWork } from "../ui/discard-button.tsx";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import {
  Alert,
  CheckboxField,
  CheckboxGroup,
  checkForm,
  errorText,
  Loading,
  Page,
  TextField,
  useLoad,
} from "../ui/index.ts";
import { TextAreaField } from "../ui/textarea-field.tsx";
import { CourseLanguageField, courseLanguageOf } from "./course-language.tsx";
import { type DraftLesson, LessonListEditor, lessonErrors, newLesson } from "./lesson-list-editor.tsx";
import { type CourseSummary, trainingApi } from "./training-api.ts";

/** A new course starts with the lessons rendered from what Ariadne holds, which the trainer may drop. */
const starterLessons: DraftLesson[] = [
  newLesson("definition"),
  newLesson("indicators"),
  newLesson("barriers"),
  newLesson("referral_pathway"),
];

/** The course editor: a new course at /training/courses/new, an existing one at /training/courses/:id/edit. */
export default function CourseEditor() {
  const { id } = useParams();
  return id ? <EditExisting id={id} /> : <CourseForm course={null} />;
}

function EditExisting({ id }: { id: string }) {
  const { t } = useTranslation();
  const [load] = useLoad(() => trainingApi.course(id), id);
  if (load.status === "failed" && !load.data)
    return (
      <Page title={t("training.editor.editTitle")}>
        <Alert tone="error">{errorText(t, load.error)}</Alert>
      </Page>
    );
  if (!load.data) return <Loading />;
  return <CourseForm course={load.data.course} />;
}

/**
 * Title, language, groups, refresher interval and the lessons in order. Everything typed is kept
 * on the device as a draft until the course is saved, so a session that ends mid-edit loses
 * nothing; saving a changed course gives it a new version (the server decides).
 */
function CourseForm({ course }: { course: CourseSummary | null }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const start = course?.content;
  const draft = course ? `course:${course.id}` : "course:new";
  const initial = {
    title: start?.title ?? "",
    language: start?.language ?? courseLanguageOf(i18n.language),
    description: start?.description ?? "",
    groups: (start?.groups ?? []) as training.ProfessionalGroup[],
    refresherMonths: String(start?.refresherMonths ?? 24),
    lessons: (start?.lessons ?? starterLessons) as DraftLesson[],
  };
  const [title, setTitle] = useDraftField(draft, "title", initial.title);
  const [language, setLanguage] = useDraftField<training.CourseLanguage>(draft, "language", initial.language);
  const [description, setDescription] = useDraftField(draft, "description", initial.description);
  const [groups, setGroups] = useDraftField(draft, "groups", initial.groups);
  const [refresherMonths, setRefresherMonths] = useDraftField(
    draft,
    "refresherMonths",
    initial.refresherMonths,
  );
  const [lessons, setLessons] = useDraftField(draft, "lessons", initial.lessons);
  const discard = useDiscardDraft(draft);
  const [own] = useLoad(() => trainingApi.ownScenarios(), "own-scenarios");
  const current = { title, language, description, groups, refresherMonths, lessons };
  const back = course ? `/training/courses/${course.id}` : "/training";

  const [failure, setFailure] = useState<string | null>(null);
  const { busy, error, fields, submit } = useFormSubmit(
    () => {
      const checked = checkForm(
        training.CourseContent,
        { ...current, refresherMonths: Number(refresherMonths) },
        t,
        { wording: { groups: t("training.editor.groupsRequired") } },
      );
      if (checked.ok) return checked;
      // A lesson's own fields are marked where they are; the list's own error stays on the list.
      const { lessons: listError, ...rest } = checked.fields;
      const perLesson = lessonErrors(lessons, t);
      const listOwn: Record<string, string> =
        Object.keys(perLesson).length === 0 && listError ? { lessons: listError } : {};
      return { ok: false as const, fields: { ...rest, ...listOwn, ...perLesson } };
    },
    async (content, key) => {
      const saved = course
        ? await trainingApi.updateCourse(course.id, { version: course.version, content })
        : await trainingApi.createCourse(content, key);
      discard();
      await navigate(`/training/courses/${saved.id}`);
    },
    (e) => setFailure(errorText(t, e)),
  );
  const toggle = <T extends string>(list: T[], value: T) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  const heading = course ? t("training.editor.editTitle") : t("training.editor.title");

  return (
    <Page title={heading}>
      {course ? <p>{t("training.editor.versionNote", { version: course.contentVersion })}</p> : null}
      <FormPanel
        title={course ? course.content.title : heading}
        submitLabel={t("training.editor.save")}
        busy={busy}
        onSubmit={submit}
        error={error ?? failure}
      >
        <TextField
          label={t("training.editor.courseTitle")}
          name="title"
          required
          maxLength={200}
          value={title}
          error={fields.title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <CourseLanguageField value={language} onChange={setLanguage} />
        <TextAreaField
          label={t("training.editor.description")}
          value={description}
          maxLength={2000}
          error={fields.description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <CheckboxGroup legend={t("training.editor.groups")} error={fields.groups}>
          {training.professionalGroups.map((g) => (
            <CheckboxField
              key={g}
              label={t(`training.groups.${g}`)}
              checked={groups.includes(g)}
              onChange={() => setGroups((x) => toggle(x, g))}
            />
          ))}
        </CheckboxGroup>
        <TextField
          label={t("training.editor.refresherMonths")}
          type="number"
          inputMode="numeric"
          min={1}
          max={120}
          value={refresherMonths}
          error={fields.refresherMonths}
          onChange={(e) => setRefresherMonths(e.target.value)}
        />
        <LessonListEditor
          lessons={lessons}
          onChange={setLessons}
          language={language}
          fields={fields}
          ownScenarios={own.data?.items ?? []}
        />
      </FormPanel>
      <div className="button-row">
        <DiscardButton
          label={t("training.editor.cancel")}
          dirty={wouldLoseWork(initial, current)}
          onDiscard={() => {
            discard();
            void navigate(back);
          }}
        />
      </div>
    </Page>
  );
}
