import { NoteCreate } from "@ariadne/domain/cases/index.ts";
import { useTranslation } from "react-i18next";
import { useDiscardDraft, useDraftField } from "../drafts/use-draft.ts";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import { checkForm } from "../ui/index.ts";
import { TextAreaField } from "../ui/textarea-field.tsx";
import type { BodyProps } from "./case-props.ts";
import { casesApi } from "./cases-api.ts";

/** The longest note the API takes (`NoteCreate`: 4,000 characters once trimmed). */
const noteMax = 4000;

/**
 * An encrypted note on the timeline. A longer note is not cut short by the field: the count of
 * characters stands under it, and past the limit the field says so, before and on sending.
 */
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
  const used = text.trim().length;
  const tooLong = used > noteMax ? t("validation.tooLong", { max: noteMax }) : undefined;
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
        hint={t("cases.noteLength", { used, max: noteMax })}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={fields.text ?? tooLong}
      />
    </FormPanel>
  );
}
