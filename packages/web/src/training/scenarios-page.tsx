import { screening, training } from "@ariadne/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDiscardDraft, useDraftField } from "../drafts/use-draft.ts";
import { useDomainLocale } from "../i18n/use-domain-locale.ts";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import {
  Alert,
  CheckboxField,
  checkForm,
  errorText,
  Loading,
  Page,
  SelectField,
  useLoad,
} from "../ui/index.ts";
import { TextAreaField } from "../ui/textarea-field.tsx";
import { CourseLanguageField, courseLanguageOf } from "./course-language.tsx";
import { trainingApi } from "./training-api.ts";

const catalogue = screening.catalogueFor("catalogue-v2");
const profiles = screening.profileIds;

/** The engine's answer for a scenario's facts: what a learner's answer is checked against. */
function EngineSays({ scenario }: { scenario: training.Scenario }) {
  const { t } = useTranslation();
  const lang = useDomainLocale();
  const key = training.answerKey(scenario);
  return (
    <div className="feedback-right">
      <p>
        <strong>
          {t("training.scenarios.engineSays", {
            level: screening.labelIn("assistanceLevels", key.level, lang),
          })}
        </strong>
      </p>
      <ul>
        {key.reasons.map((m) => (
          <li key={`${m.key}-${JSON.stringify(m.params ?? {})}`}>{screening.formatMessage(m, lang)}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The trainer's own scenarios: a situation in a few lines and its facts, marked from the
 * catalogue. The answer is never typed: the screening engine's evaluation of the facts is shown
 * as it will be the key, and courses take the scenario beside the library's.
 */
export default function ScenariosPage() {
  const { t, i18n } = useTranslation();
  const lang = courseLanguageOf(i18n.language);
  const catalogueLang = useDomainLocale();
  const [load, reload] = useLoad(() => trainingApi.ownScenarios(), "own-scenarios");
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const draft = "scenario:new";
  const [language, setLanguage] = useDraftField<training.CourseLanguage>(draft, "language", lang);
  const [situation, setSituation] = useDraftField(draft, "situation", "");
  const [sector, setSector] = useDraftField<string>(draft, "sector", "");
  const [chosen, setChosen] = useDraftField<screening.ProfileId[]>(draft, "profiles", ["adult_labour"]);
  const [child, setChild] = useDraftField(draft, "child", false);
  const [voluntary, setVoluntary] = useDraftField(draft, "beganVoluntarily", false);
  const [present, setPresent] = useDraftField<string[]>(draft, "present", []);
  const [absent, setAbsent] = useDraftField<string[]>(draft, "absent", []);
  const discard = useDiscardDraft(draft);

  const fitting = catalogue.indicators.filter((i) => training.indicatorFits(i.id, chosen));
  // Facts of a list no longer chosen are dropped from what is sent (and from the preview).
  const facts = {
    present: present.filter((id) => training.indicatorFits(id, chosen)),
    absent: absent.filter((id) => training.indicatorFits(id, chosen)),
  };
  const values = {
    language,
    situation,
    sector,
    profiles: chosen,
    child,
    beganVoluntarily: voluntary,
    ...facts,
  };
  const { busy, error, fields, submit } = useFormSubmit(
    () => checkForm(training.OwnScenarioCreate, values, t),
    async (data, key) => {
      await trainingApi.createScenario(data, key);
      discard();
      setSituation("");
      setPresent([]);
      setAbsent([]);
      setNotice(t("training.scenarios.saved"));
      setFailure(null);
      await reload();
    },
    (e) => setFailure(errorText(t, e)),
  );
  const toggle = <T extends string>(list: T[], value: T) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  const preview: training.Scenario = training.scenarioOf({
    id: "preview",
    content: {
      language,
      situation,
      sector: (sector || "agriculture") as training.ScenarioSector,
      child,
      beganVoluntarily: voluntary,
      profiles: chosen,
      ...facts,
    },
  });
  const wording = (i: (typeof catalogue.indicators)[number]) =>
    screening.indicatorTextIn(i, catalogueLang).wording;

  async function archive(id: string) {
    try {
      await trainingApi.archiveScenario(id);
      setNotice(t("training.scenarios.archived"));
      await reload();
    } catch (e) {
      setFailure(errorText(t, e));
    }
  }

  return (
    <Page title={t("training.scenarios.title")} intro={t("training.scenarios.intro")}>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <FormPanel
        title={t("training.scenarios.write")}
        submitLabel={t("training.scenarios.save")}
        busy={busy}
        onSubmit={submit}
        error={error ?? failure}
      >
        <CourseLanguageField value={language} onChange={setLanguage} />
        <TextAreaField
          label={t("training.scenarios.situation")}
          hint={t("training.scenarios.situationHint")}
          maxLength={1200}
          value={situation}
          error={fields.situation}
          onChange={(e) => setSituation(e.target.value)}
        />
        <SelectField
          label={t("training.scenarios.sector")}
          value={sector}
          error={fields.sector}
          onChange={(e) => setSector(e.target.value)}
        >
          <option value="" />
          {training.scenarioSectors.map((s) => (
            <option key={s} value={s}>
              {t(`training.sectors.${s}`)}
            </option>
          ))}
        </SelectField>
        <fieldset>
          <legend>{t("training.editor.profiles")}</legend>
          {fields.profiles ? <p className="field-error">{fields.profiles}</p> : null}
          {profiles.map((p) => (
            <CheckboxField
              key={p}
              label={t(`training.editor.profileNames.${p}`)}
              checked={chosen.includes(p)}
              onChange={() => setChosen((x) => toggle(x, p))}
            />
          ))}
        </fieldset>
        <CheckboxField
          label={t("training.scenarios.child")}
          checked={child}
          onChange={() => setChild((x) => !x)}
        />
        <CheckboxField
          label={t("training.scenarios.voluntary")}
          checked={voluntary}
          onChange={() => setVoluntary((x) => !x)}
        />
        <fieldset className="fact-list">
          <legend>{t("training.scenarios.present")}</legend>
          {fields.present ? <p className="field-error">{fields.present}</p> : null}
          {fitting.map((i) => (
            <CheckboxField
              key={i.id}
              label={wording(i)}
              value={i.id}
              checked={facts.present.includes(i.id)}
              onChange={() => {
                setPresent((x) => toggle(x, i.id));
                setAbsent((x) => x.filter((v) => v !== i.id));
              }}
            />
          ))}
        </fieldset>
        <details>
          <summary>{t("training.scenarios.absent")}</summary>
          <fieldset className="fact-list">
            <legend>{t("training.scenarios.absentLegend")}</legend>
            {fields.absent ? <p className="field-error">{fields.absent}</p> : null}
            {fitting
              .filter((i) => !facts.present.includes(i.id))
              .map((i) => (
                <CheckboxField
                  key={i.id}
                  label={wording(i)}
                  value={i.id}
                  checked={facts.absent.includes(i.id)}
                  onChange={() => setAbsent((x) => toggle(x, i.id))}
                />
              ))}
          </fieldset>
        </details>
        <section aria-labelledby="engine-preview">
          <h3 id="engine-preview">{t("training.scenarios.preview")}</h3>
          <EngineSays scenario={preview} />
        </section>
      </FormPanel>
      <section className="panel" aria-labelledby="own-scenarios">
        <h2 id="own-scenarios">{t("training.scenarios.list")}</h2>
        {load.status === "failed" ? <Alert tone="error">{errorText(t, load.error)}</Alert> : null}
        {!load.data ? <Loading /> : null}
        {load.data && load.data.items.length === 0 ? <p>{t("training.scenarios.none")}</p> : null}
        <ul className="course-list">
          {load.data?.items.map((s) => (
            <li key={s.id} className="lesson-item" data-own-scenario={s.id}>
              <p className="situation">{s.content.situation}</p>
              <p>
                {t(`training.sectors.${s.content.sector}`)} ·{" "}
                {t("training.scenarios.facts", { count: s.content.present.length })}
              </p>
              <EngineSays scenario={training.scenarioOf(s)} />
              <button type="button" className="button button-quiet" onClick={() => void archive(s.id)}>
                {t("training.scenarios.archive")}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
