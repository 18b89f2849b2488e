import { CaseUpdate, exploitationForms } from "@ariadne/domain/cases/index.ts";
import { sectors } from "@ariadne/domain/mapping/vocabularies.ts";
import { useTranslation } from "react-i18next";
import { useDiscardDraft, useDraftField } from "../drafts/use-draft.ts";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import { CheckboxField, checkForm, SelectField } from "../ui/index.ts";
import type { DirectoryProps } from "./case-props.ts";
import { casesApi } from "./cases-api.ts";

/** The case's own fields: high risk, forms and sector of exploitation, and who is assigned to it. */
export function CaseDetailsForm({ detail, directory, onDone, onFailed }: DirectoryProps) {
  const { t } = useTranslation();
  const content = detail.content!;
  // Kept on the device until saved: a session that ends mid-edit loses nothing.
  const draft = `case-details:${detail.id}`;
  const discard = useDiscardDraft(draft);
  const [highRisk, setHighRisk] = useDraftField(draft, "highRisk", content.highRisk);
  const [forms, setForms] = useDraftField<string[]>(draft, "forms", content.forms);
  const [sector, setSector] = useDraftField(draft, "sector", content.sector ?? "");
  const [assigneeId, setAssigneeId] = useDraftField(draft, "assigneeId", content.assigneeId ?? "");
  const { busy, error, fields, submit } = useFormSubmit(
    () =>
      checkForm(
        CaseUpdate,
        { highRisk, forms, sector: sector || null, assigneeId: assigneeId || null, version: detail.version },
        t,
      ),
    async (data) => {
      await casesApi.update(detail.id, data);
      discard();
      await onDone(t("cases.detailsSaved"));
    },
    onFailed,
  );
  return (
    <FormPanel
      title={t("cases.detailsTitle")}
      submitLabel={t("common.save")}
      busy={busy}
      onSubmit={submit}
      error={error}
    >
      <SelectField
        label={t("cases.assignee")}
        name="assigneeId"
        value={assigneeId}
        onChange={(e) => setAssigneeId(e.target.value)}
        error={fields.assigneeId}
      >
        <option value="">{t("cases.noAssignee")}</option>
        {(directory?.users ?? []).map((u) => (
          <option key={u.id} value={u.id}>
            {u.displayName}
          </option>
        ))}
      </SelectField>
      <fieldset className="cases-fieldset">
        <legend>{t("cases.forms")}</legend>
        <div className="cases-checks">
          {exploitationForms.map((f) => (
            <CheckboxField
              key={f}
              label={t(`cases.formNames.${f}`)}
              name="forms"
              value={f}
              checked={forms.includes(f)}
              onChange={(e) =>
                setForms((prev) => (e.target.checked ? [...prev, f] : prev.filter((x) => x !== f)))
              }
            />
          ))}
        </div>
      </fieldset>
      <SelectField
        label={t("cases.sector")}
        name="sector"
        value={sector}
        onChange={(e) => setSector(e.target.value)}
        error={fields.sector}
      >
        <option value="">{t("cases.noSector")}</option>
        {sectors.map((s) => (
          <option key={s} value={s}>
            {t(`map.sectors.${s}`)}
          </option>
        ))}
      </SelectField>
      <CheckboxField
        label={t("cases.highRiskLabel")}
        name="highRisk"
        checked={highRisk}
        onChange={(e) => setHighRisk(e.target.checked)}
      />
    </FormPanel>
  );
}
