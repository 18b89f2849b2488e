import { attachmentMediaTypes } from "@ariadne/domain/cases/index.ts";
import {
  type Campaign,
  MaterialFile,
  MaterialUpload,
  materialLimitText,
  materialMaxBytes,
} from "@ariadne/domain/prevention/index.ts";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { request } from "../api/client.ts";
import { useDiscardDraft, useDraftField } from "../drafts/use-draft.ts";
import { ConfirmStep } from "../ui/confirm-step.tsx";
import { mediaTypeNames } from "../ui/file-upload.ts";
import { useFormSubmit } from "../ui/form-panel.tsx";
import { formatDateTime } from "../ui/format-date.ts";
import { Alert, checkForm, errorText, TextField, useLoad } from "../ui/index.ts";
import { readBase64 } from "../ui/read-file.ts";

const materialsApi = {
  list: (campaignId: string) =>
    request("GET", `/api/v1/campaigns/${campaignId}/materials`, z.object({ items: z.array(MaterialFile) })),
  upload: (campaignId: string, body: MaterialUpload, idempotencyKey: string) =>
    request("POST", `/api/v1/campaigns/${campaignId}/materials`, MaterialFile, body, { idempotencyKey }),
  href: (campaignId: string, fileId: string) => `/api/v1/campaigns/${campaignId}/materials/${fileId}`,
  remove: (campaignId: string, fileId: string) =>
    request("DELETE", `/api/v1/campaigns/${campaignId}/materials/${fileId}`, null),
};

type Chosen = { name: string; type: string; base64: string };

/**
 * A campaign's material files: every version listed with its download, and an upload that checks
 * the size and the file's own first bytes before sending, as the server does again. A file under
 * a material's existing title becomes its next version; earlier versions stay until one is deleted
 * (two steps) or the retention after the campaign's end removes them.
 */
export function CampaignMaterials({ campaign: c }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [load, reload] = useLoad(() => materialsApi.list(c.id), `materials:${c.id}`);
  // A fresh form after each upload: its submit stays busy once sent, and the file input empties.
  const [uploads, setUploads] = useState(0);
  const titles = [...new Set((load.data?.items ?? []).map((f) => f.title))];
  return (
    <section className="campaign-materials" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("prevention.materials.title")}</h3>
      {load.status === "failed" ? <Alert tone="error">{errorText(t, load.error)}</Alert> : null}
      {load.data && load.data.items.length === 0 ? <p>{t("prevention.materials.none")}</p> : null}
      {load.data && load.data.items.length > 0 ? (
        <ul className="material-list">
          {load.data.items.map((f) => (
            <li key={f.id}>
              <a href={materialsApi.href(c.id, f.id)} download={f.fileName}>
                {t("prevention.materials.fileLink", { title: f.title, version: f.version })}
              </a>{" "}
              <span>
                {mediaTypeNames[f.mediaType] ?? f.mediaType} · {formatDateTime(f.uploadedAt, i18n.language)}
              </span>
              <DeleteVersion campaignId={c.id} file={f} onDeleted={reload} />
            </li>
          ))}
        </ul>
      ) : null}
      <UploadForm
        key={uploads}
        campaignId={c.id}
        titles={titles}
        onUploaded={async () => {
          setUploads((n) => n + 1);
          await reload();
        }}
      />
    </section>
  );
}

/** Deletes one version after a confirmation naming it; the other versions stay. */
function DeleteVersion({
  campaignId,
  file: f,
  onDeleted,
}: {
  campaignId: string;
  file: MaterialFile;
  onDeleted(): Promise<void>;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const name = t("prevention.materials.fileLink", { title: f.title, version: f.version });
  return (
    <>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <ConfirmStep
        startLabel={t("prevention.materials.delete", { name })}
        confirmLabel={t("prevention.materials.deleteConfirm")}
        busy={busy}
        onConfirm={() => {
          setBusy(true);
          setFailure(null);
          materialsApi.remove(campaignId, f.id).then(onDeleted, (e) => {
            setBusy(false);
            setFailure(errorText(t, e));
          });
        }}
      >
        <p>{t("prevention.materials.deleteWhat", { name })}</p>
      </ConfirmStep>
    </>
  );
}

function UploadForm({
  campaignId,
  titles,
  onUploaded,
}: {
  campaignId: string;
  titles: string[];
  onUploaded(): Promise<void>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const draft = `campaign-material:${campaignId}`;
  const discard = useDiscardDraft(draft);
  const [title, setTitle] = useDraftField(draft, "title", "");
  const [file, setFile] = useState<Chosen | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  const types = attachmentMediaTypes.map((m) => mediaTypeNames[m] ?? m).join(", ");

  async function choose(f: File | undefined) {
    setFileError(undefined);
    setFile(null);
    if (!f) return;
    if (f.size > materialMaxBytes) {
      setFileError(t("prevention.materials.tooBig", { size: materialLimitText }));
      return;
    }
    setFile({ name: f.name, type: f.type, base64: await readBase64(f) });
  }

  const { busy, error, fields, submit } = useFormSubmit(
    () => {
      const named = checkForm(z.object({ title: MaterialUpload.shape.title }), { title: title.trim() }, t);
      if (!named.ok) return named;
      if (!file) return { ok: false, fields: { file: fileError ?? t("prevention.materials.choose") } };
      const checked = checkForm(
        MaterialUpload,
        { title: title.trim(), fileName: file.name, mediaType: file.type, contentBase64: file.base64 },
        t,
      );
      return checked.ok
        ? checked
        : { ok: false, fields: { file: t("prevention.materials.notType", { types }) } };
    },
    async (data, key) => {
      setFailure(null);
      await materialsApi.upload(campaignId, data, key);
      discard();
      await onUploaded();
    },
    (e) => setFailure(errorText(t, e)),
  );

  return (
    <>
      {(failure ?? error) ? <Alert tone="error">{failure ?? error}</Alert> : null}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t("prevention.materials.materialTitle")}
          hint={t("prevention.materials.titleHint")}
          name="materialTitle"
          maxLength={200}
          list={`${id}-titles`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={fields.title}
        />
        <datalist id={`${id}-titles`}>
          {titles.map((x) => (
            <option key={x} value={x} />
          ))}
        </datalist>
        <TextField
          label={t("prevention.materials.file")}
          hint={t("prevention.materials.limits", { types, size: materialLimitText })}
          name="file"
          type="file"
          accept={attachmentMediaTypes.join(",")}
          onChange={(e) => void choose(e.target.files?.[0])}
          error={fields.file ?? fileError}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {t("prevention.materials.upload")}
          </button>
        </div>
      </form>
    </>
  );
}
