import { training } from "@ariadne/domain";
import { contentMatchesType, decodeBase64 } from "@ariadne/domain/cases/index.ts";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorText, TextField } from "../ui/index.ts";
import { readBase64 } from "../ui/read-file.ts";
import { trainingApi } from "./training-api.ts";

type TextLesson = Extract<training.LessonInput, { kind: "text" }>;
type Props = {
  lesson: TextLesson;
  onChange: (next: TextLesson) => void;
  error: (field: string) => string | undefined;
};

const kib = (bytes: number) => Math.round(bytes / 1024);

/** A text lesson's links: a label and an https address each, shown to learners as links. */
export function LessonLinksEditor({ lesson, onChange, error }: Props) {
  const { t } = useTranslation();
  const links = lesson.links ?? [];
  const set = (next: typeof links) => onChange({ ...lesson, links: next });
  return (
    <fieldset>
      <legend>{t("training.editor.links")}</legend>
      {error("links") ? <p className="field-error">{error("links")}</p> : null}
      {links.map((link, j) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a link's place in the list is what it is
        <div key={j} className="lesson-item">
          <TextField
            label={t("training.editor.linkLabel")}
            maxLength={200}
            value={link.label}
            error={error(`links.${j}.label`)}
            onChange={(e) => set(links.map((l, k) => (k === j ? { ...l, label: e.target.value } : l)))}
          />
          <TextField
            label={t("training.editor.linkUrl")}
            type="url"
            inputMode="url"
            maxLength={2000}
            placeholder="https://"
            value={link.url}
            error={error(`links.${j}.url`)}
            onChange={(e) => set(links.map((l, k) => (k === j ? { ...l, url: e.target.value } : l)))}
          />
          <button
            type="button"
            className="button button-quiet"
            onClick={() => set(links.filter((_, k) => k !== j))}
          >
            {t("training.editor.removeLink")}
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => set([...links, { label: "", url: "" }])}>
        {t("training.editor.addLink")}
      </button>
    </fieldset>
  );
}

/**
 * A text lesson's images: each uploaded to the app at once (type checked by its first bytes and
 * its size before sending, as the server checks again), with the alt text a screen reader says.
 */
export function LessonImagesEditor({ lesson, onChange, error }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const images = lesson.images ?? [];
  const [upload, setUpload] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const set = (next: typeof images) => onChange({ ...lesson, images: next });
  const types = "PNG, JPEG";
  const limit = t("training.editor.imageLimits", { types, size: kib(training.lessonImageMaxBytes) });

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    const mediaType = training.lessonImageMediaTypes.find((m) => m === file.type);
    if (file.size > training.lessonImageMaxBytes) {
      setUpload({
        busy: false,
        error: t("training.editor.imageTooBig", { size: kib(training.lessonImageMaxBytes) }),
      });
      return;
    }
    setUpload({ busy: true });
    try {
      const contentBase64 = await readBase64(file);
      if (!mediaType || !contentMatchesType(decodeBase64(contentBase64), mediaType)) {
        setUpload({ busy: false, error: t("training.editor.imageWrongType", { types }) });
        return;
      }
      const image = await trainingApi.uploadImage({ mediaType, contentBase64 });
      set([...images, { imageId: image.id, alt: "" }]);
      setUpload({ busy: false });
    } catch (e) {
      setUpload({ busy: false, error: errorText(t, e) });
    }
  }

  return (
    <fieldset>
      <legend>{t("training.editor.images")}</legend>
      {error("images") ? <p className="field-error">{error("images")}</p> : null}
      {images.map((img, j) => (
        <div key={img.imageId} className="lesson-item">
          <img className="lesson-image-preview" src={trainingApi.imageUrl(img.imageId)} alt={img.alt} />
          <TextField
            label={t("training.editor.imageAlt")}
            hint={t("training.editor.imageAltHint")}
            maxLength={300}
            value={img.alt}
            error={error(`images.${j}.alt`)}
            onChange={(e) => set(images.map((x, k) => (k === j ? { ...x, alt: e.target.value } : x)))}
          />
          <button
            type="button"
            className="button button-quiet"
            onClick={() => set(images.filter((_, k) => k !== j))}
          >
            {t("training.editor.removeImage")}
          </button>
        </div>
      ))}
      <div className={upload.error ? "field field-invalid" : "field"}>
        <label htmlFor={id}>{t("training.editor.addImage")}</label>
        <p className="field-hint" id={`${id}-hint`}>
          {limit}
        </p>
        {upload.error ? (
          <p className="field-error" id={`${id}-error`} role="alert">
            {upload.error}
          </p>
        ) : null}
        <input
          id={id}
          type="file"
          accept={training.lessonImageMediaTypes.join(",")}
          disabled={upload.busy || images.length >= 10}
          aria-describedby={upload.error ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(e) => void choose(e.currentTarget)}
        />
        {upload.busy ? <p role="status">{t("training.editor.uploading")}</p> : null}
      </div>
    </fieldset>
  );
}
