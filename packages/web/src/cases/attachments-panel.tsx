import { AttachmentCreate, attachmentMaxBytes, attachmentMediaTypes } from "@ariadne/domain/cases/index.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { mediaTypeNames } from "../ui/file-upload.ts";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import { checkForm, TextField } from "../ui/index.ts";
import { readBase64 } from "../ui/read-file.ts";
import type { BodyProps } from "./case-props.ts";
import { casesApi, formatDate, formatSize } from "./cases-api.ts";

/**
 * Encrypted attachments: the list with downloads (the server always sends them as attachments,
 * never to be shown in the page), and an upload that checks type, size and the file's own first
 * bytes before sending, as the server does again.
 */
export function AttachmentsPanel({ detail, onDone, onFailed }: BodyProps) {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<{ name: string; type: string; size: number; base64: string } | null>(null);
  const [readError, setReadError] = useState<string | undefined>(undefined);
  const attachments = (detail.content?.timeline ?? []).filter((e) => e.attachment);
  const types = attachmentMediaTypes.map((m) => mediaTypeNames[m] ?? m).join(", ");
  const limits = t("cases.attachmentLimits", { types, size: formatSize(attachmentMaxBytes) });

  async function choose(f: File | undefined) {
    setReadError(undefined);
    setFile(null);
    if (!f) return;
    if (f.size > attachmentMaxBytes) {
      setReadError(t("cases.attachmentTooBig", { size: formatSize(attachmentMaxBytes) }));
      return;
    }
    if (!(attachmentMediaTypes as readonly string[]).includes(f.type)) {
      setReadError(t("cases.attachmentWrongType", { types }));
      return;
    }
    setFile({ name: f.name, type: f.type, size: f.size, base64: await readBase64(f) });
  }

  const { busy, error, fields, submit } = useFormSubmit(
    () => {
      if (!file) return { ok: false, fields: { file: readError ?? t("cases.attachmentChoose") } };
      const checked = checkForm(
        AttachmentCreate,
        { fileName: file.name, mediaType: file.type, contentBase64: file.base64 },
        t,
      );
      return checked.ok ? checked : { ok: false, fields: { file: t("cases.attachmentNotType", { types }) } };
    },
    async (data, key) => {
      await casesApi.addAttachment(detail.id, data, key);
      await onDone(t("cases.attachmentAdded", { name: data.fileName }));
    },
    onFailed,
  );

  return (
    <div className="cases-grid">
      <section className="panel" aria-labelledby="case-attachments-title">
        <h2 id="case-attachments-title">{t("cases.attachmentsTitle")}</h2>
        {attachments.length === 0 ? (
          <p>{t("cases.attachmentsEmpty")}</p>
        ) : (
          <ul className="cases-list" data-testid="case-attachments">
            {attachments.map((e) => (
              <li key={e.id}>
                <a href={casesApi.attachmentHref(detail.id, e.id)} download={e.attachment?.fileName}>
                  {t("cases.downloadNamed", { name: e.attachment?.fileName })}
                </a>{" "}
                <span className="cases-meta">
                  {formatSize(e.attachment?.sizeBytes ?? 0)}, {formatDate(e.at, i18n.language)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {detail.abilities.write ? (
        <FormPanel
          title={t("cases.attachmentUploadTitle")}
          submitLabel={t("cases.attachmentSubmit")}
          busy={busy}
          onSubmit={submit}
          error={error}
        >
          <TextField
            label={t("cases.attachmentFile")}
            hint={limits}
            type="file"
            name="file"
            accept={attachmentMediaTypes.join(",")}
            onChange={(e) => void choose(e.target.files?.[0])}
            error={readError ?? fields.file}
          />
        </FormPanel>
      ) : null}
    </div>
  );
}
