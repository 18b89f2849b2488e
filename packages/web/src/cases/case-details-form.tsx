import { CaseUpdate, exploitationForms } from "@ariadne/domain/cases/index.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import { CheckboxField, checkForm, SelectField } from "../ui/index.ts";
import type { DirectoryProps } from "./case-props.ts";
import { casesApi } from "./cases-api.ts";

/** The case's own fields: high risk, forms of exploitation, and who is assigned to it. */
export function CaseDetailsForm({ detail, directory, onDone, onFailed }: DirectoryProps) {
  const { t } = useTranslation();
  const content = detail.content!;
  const [highRisk, setHighRisk] = useState(content.highRisk);
  const [forms, setForms] = useState<string[]>(content.forms);
  const [assigneeId, setAssigneeId] = useState(content.assigneeId ?? "");
  const { busy, error, fields, submit } = useFormSubmit(
    () =>
      checkForm(CaseUpdate, { highRisk, forms, assigneeId: assigneeId || null, version: detail.version }, t),
    async (data) => {
      await casesApi.update(detail.id, data);
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
      <CheckboxField
        label={t("cases.highRiskLabel")}
        name="highRisk"
        checked={highRisk}
        onChange={(e) => setHighRisk(e.target.checked)}
      />
    </FormPanel>
  );
}
