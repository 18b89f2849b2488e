import { NoteCreate } from "@ariadne/domain/cases/index.ts";
import { useTranslation } from "react-i18next";
import { useDiscardDraft, useDraftField } from "../drafts/use-draft.ts";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import { checkForm } from "../ui/index.ts";
import { TextAreaField } from "../ui/textarea-field.tsx";
import type { BodyProps } from "./case-props.ts";
import { casesApi } from "./cases-api.ts";

/** An encrypted note on the timeline. */
export function NoteForm({ detail, onDone, onFailed }: BodyProps) {
  const { t } = useTranslation();
  // Kept on the device until it is saved: a session that ends mid-note loses nothing.
  const draft = `note:${detail.id}`;
  const [text, setText] = useDraftField(draft, "text", "");
  const discard = useDiscardDraft(draft);
  const { busy, error, fields, submit } = useFormSubmit(
    () => checkForm(NoteCreate, { text }, t),
    async (data, key) => {
      await casesApi.addNote(detail.id, data.text, key);
      discard();
      setText("");
      await onDone(t("cases.noteAdded"));
    },
    onFailed,
  );
  return (
    <FormPanel
      title={t("cases.noteTitle")}
      submitLabel={t("cases.noteSubmit")}
      busy={busy}
      onSubmit={submit}
      error={error}
    >
      <TextAreaField
        label={t("cases.noteText")}
        name="text"
        required
        maxLength={4000}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={fields.text}
      />
    </FormPanel>
  );
}
