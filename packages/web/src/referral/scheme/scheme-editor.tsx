import { type SchemeStage, type SchemeStep, schemeStages } from "@ariadne/domain/referral/index.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Alert,
  CheckboxField,
  errorText,
  SelectField,
  TextField,
  translatedFieldErrors,
} from "../../ui/index.ts";
import { type SchemeView, schemeApi } from "./scheme-api.ts";

interface Row {
  included: boolean;
  organisationId: string;
  contactPoint: string;
  responseHours: string;
  description: string;
}

const rowsOf = (scheme: SchemeView): Record<SchemeStage, Row> =>
  Object.fromEntries(
    schemeStages.map((stage) => {
      const s = scheme.steps.find((x) => x.stage === stage);
      return [
        stage,
        {
          included: Boolean(s),
          organisationId: s?.organisationId ?? "",
          contactPoint: s?.contactPoint ?? "",
          responseHours: String(s?.responseHours ?? 24),
          description: s?.description ?? "",
        },
      ];
    }),
  ) as Record<SchemeStage, Row>;

/** The coordinator's editor: one fieldset per stage, in the pathway's order. */
export function SchemeEditor({
  scheme,
  organisations,
  onSaved,
}: {
  scheme: SchemeView;
  organisations: readonly { id: string; name: string }[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState(() => rowsOf(scheme));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const set = (stage: SchemeStage, patch: Partial<Row>) =>
    setRows((r) => ({ ...r, [stage]: { ...r[stage], ...patch } }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const steps: SchemeStep[] = schemeStages
      .filter((stage) => rows[stage].included)
      .map((stage) => ({
        stage,
        organisationId: rows[stage].organisationId || null,
        contactPoint: rows[stage].contactPoint,
        responseHours: Number(rows[stage].responseHours),
        description: rows[stage].description,
      }));
    setBusy(true);
    setError(null);
    try {
      await schemeApi.save({ steps, version: scheme.version });
      onSaved();
    } catch (err) {
      setError(err);
      setIssues(translatedFieldErrors(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="scheme-editor-title">
      <h2 id="scheme-editor-title">{t("referral.scheme.editTitle")}</h2>
      <p>{t("referral.scheme.editIntro")}</p>
      {error ? <Alert tone="error">{errorText(t, error)}</Alert> : null}
      {issues.steps ? <Alert tone="error">{issues.steps}</Alert> : null}
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        {schemeStages.map((stage) => {
          const row = rows[stage];
          const name = t(`referral.scheme.stages.${stage}`);
          return (
            <fieldset key={stage} className="scheme-edit-stage">
              <legend>{name}</legend>
              <CheckboxField
                label={t("referral.scheme.included")}
                checked={row.included}
                onChange={(e) => set(stage, { included: e.target.checked })}
              />
              {row.included ? (
                <>
                  <SelectField
                    label={t("referral.scheme.responsible")}
                    value={row.organisationId}
                    onChange={(e) => set(stage, { organisationId: e.target.value })}
                  >
                    <option value="">{t("referral.scheme.notSet")}</option>
                    {organisations.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                  </SelectField>
                  <TextField
                    label={t("referral.scheme.contactPoint")}
                    value={row.contactPoint}
                    maxLength={200}
                    onChange={(e) => set(stage, { contactPoint: e.target.value })}
                  />
                  <TextField
                    label={t("referral.scheme.responseHoursLabel")}
                    type="number"
                    min={1}
                    max={744}
                    required
                    value={row.responseHours}
                    onChange={(e) => set(stage, { responseHours: e.target.value })}
                  />
                  <TextField
                    label={t("referral.scheme.description")}
                    value={row.description}
                    maxLength={500}
                    onChange={(e) => set(stage, { description: e.target.value })}
                  />
                </>
              ) : null}
            </fieldset>
          );
        })}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("common.saving") : t("referral.scheme.save")}
          </button>
        </div>
      </form>
    </section>
  );
}
