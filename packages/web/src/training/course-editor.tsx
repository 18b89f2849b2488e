import { training } from "@ariadne/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import { CheckboxField, checkForm, errorText, Page, SelectField, TextField } from "../ui/index.ts";
import { TextAreaField } from "../ui/textarea-field.tsx";
import { trainingApi } from "./training-api.ts";

const langOf = (l: string): training.CourseLanguage => (l === "fi" || l === "sv" ? l : "en");

const builtIns = [
  { key: "definition", label: "lessonDefinition", lesson: { kind: "definition" } },
  {
    key: "indicators",
    label: "lessonIndicators",
    lesson: { kind: "indicators", profiles: ["adult_labour"] },
  },
  { key: "barriers", label: "lessonBarriers", lesson: { kind: "barriers" } },
  { key: "referral_pathway", label: "lessonPathway", lesson: { kind: "referral_pathway" } },
] as const;

/** The trainer's course editor: title, groups, refresher interval, lessons and scenario exercises. */
export default function CourseEditor() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const lang = langOf(i18n.language);
  const [title, setTitle] = useState("");
  const [language, setLanguage] = useState<training.CourseLanguage>(lang);
  const [description, setDescription] = useState("");
  const [groups, setGroups] = useState<training.ProfessionalGroup[]>([]);
  const [refresherMonths, setRefresherMonths] = useState("24");
  const [included, setIncluded] = useState<string[]>(builtIns.map((b) => b.key));
  const [ownTitle, setOwnTitle] = useState("");
  const [ownBody, setOwnBody] = useState("");
  const [scenarioIds, setScenarioIds] = useState<string[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const lessons = () => [
    ...builtIns.filter((b) => included.includes(b.key)).map((b) => b.lesson),
    ...(ownTitle || ownBody ? [{ kind: "text", title: ownTitle, body: ownBody }] : []),
    ...scenarioIds.map((scenarioId) => ({ kind: "scenario", scenarioId })),
  ];
  const { busy, error, fields, submit } = useFormSubmit(
    () =>
      checkForm(
        training.CourseCreate,
        {
          title,
          language,
          description,
          groups,
          refresherMonths: Number(refresherMonths),
          lessons: lessons(),
        },
        t,
      ),
    async (data, key) => {
      const created = await trainingApi.createCourse(data, key);
      await navigate(`/training/courses/${created.id}`);
    },
    (e) => setFailure(errorText(t, e)),
  );
  const toggle = <T extends string>(list: T[], value: T) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

  return (
    <Page title={t("training.editor.title")}>
      <FormPanel
        title={t("training.editor.title")}
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
        <SelectField
          label={t("training.editor.language")}
          value={language}
          onChange={(e) => setLanguage(e.target.value as training.CourseLanguage)}
        >
          {training.courseLanguages.map((l) => (
            <option key={l} value={l}>
              {t(`training.languages.${l}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={t("training.editor.description")}
          value={description}
          maxLength={2000}
          error={fields.description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <fieldset>
          <legend>{t("training.editor.groups")}</legend>
          {fields.groups ? <p className="field-error">{fields.groups}</p> : null}
          {training.professionalGroups.map((g) => (
            <CheckboxField
              key={g}
              label={t(`training.groups.${g}`)}
              checked={groups.includes(g)}
              onChange={() => setGroups((x) => toggle(x, g))}
            />
          ))}
        </fieldset>
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
        <fieldset>
          <legend>{t("training.editor.builtIn")}</legend>
          {fields.lessons ? <p className="field-error">{fields.lessons}</p> : null}
          {builtIns.map((b) => (
            <CheckboxField
              key={b.key}
              label={t(`training.editor.${b.label}`)}
              checked={included.includes(b.key)}
              onChange={() => setIncluded((x) => toggle(x, b.key))}
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("training.editor.ownLesson")}</legend>
          <TextField
            label={t("training.editor.ownTitle")}
            maxLength={200}
            value={ownTitle}
            onChange={(e) => setOwnTitle(e.target.value)}
          />
          <TextAreaField
            label={t("training.editor.ownBody")}
            maxLength={training.maxLessonChars}
            value={ownBody}
            onChange={(e) => setOwnBody(e.target.value)}
          />
        </fieldset>
        <fieldset>
          <legend>{t("training.editor.scenarios")}</legend>
          {training.scenarios.map((s) => (
            <CheckboxField
              key={s.id}
              label={s.situation[language]}
              checked={scenarioIds.includes(s.id)}
              onChange={() => setScenarioIds((x) => toggle(x, s.id))}
            />
          ))}
        </fieldset>
      </FormPanel>
    </Page>
  );
}
