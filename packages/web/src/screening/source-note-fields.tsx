import { useTranslation } from "react-i18next";
import { TextField } from "../ui/index.ts";
import type { Details } from "./draft.ts";

/** An answer's source and note, as typed on a question and as changed on the list of answers. */
export function SourceNoteFields({
  details,
  onChange,
}: {
  details: Details;
  onChange: (details: Details) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t("screening.source")}
        value={details.source}
        maxLength={200}
        onChange={(e) => onChange({ ...details, source: e.currentTarget.value })}
      />
      <TextField
        label={t("screening.note")}
        value={details.note}
        maxLength={2000}
        onChange={(e) => onChange({ ...details, note: e.currentTarget.value })}
      />
    </>
  );
}
