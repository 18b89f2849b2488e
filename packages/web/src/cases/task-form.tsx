import { TaskCreate } from "@ariadne/domain/cases/index.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import { checkForm, TextField } from "../ui/index.ts";
import type { BodyProps } from "./case-props.ts";
import { casesApi, today } from "./cases-api.ts";

/** A task with a due date; the list's "tasks due" filter finds it. */
export function TaskForm({ detail, onDone, onFailed }: BodyProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState("");
  const [dueOn, setDueOn] = useState(today());
  const { busy, error, fields, submit } = useFormSubmit(
    () => checkForm(TaskCreate, { title, dueOn }, t),
    async (data, key) => {
      await casesApi.addTask(detail.id, { title: data.title, dueOn: data.dueOn }, key);
      await onDone(t("cases.taskAdded"));
    },
    onFailed,
  );
  return (
    <FormPanel
      title={t("cases.taskTitle")}
      submitLabel={t("cases.taskSubmit")}
      busy={busy}
      onSubmit={submit}
      error={error}
    >
      <TextField
        label={t("cases.taskName")}
        name="title"
        required
        maxLength={200}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={fields.title}
      />
      <TextField
        label={t("cases.taskDueOn")}
        type="date"
        name="dueOn"
        required
        value={dueOn}
        onChange={(e) => setDueOn(e.target.value)}
        error={fields.dueOn}
      />
    </FormPanel>
  );
}
