import type { RankedPriority } from "@ariadne/domain/mapping/index.ts";
import {
  type ActionPoint,
  actionStatuses,
  type Chapter,
  chapters,
  templateTitle,
} from "@ariadne/domain/planning/index.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "../api/client.ts";
import { useDomainLocale } from "../i18n/use-domain-locale.ts";
import { formatDate } from "../ui/format-date.ts";
import {
  Alert,
  errorText,
  Loading,
  Page,
  SelectField,
  TextField,
  translatedFieldErrors,
  useLoad,
} from "../ui/index.ts";
import { planApi } from "./plan-api.ts";

type Notice = { tone: "success" | "error"; text: string } | null;

/** Entry page of the plan module (lazy-loaded chunk): action points by chapter, from priorities. */
export default function ActionPointsPage() {
  const { t, i18n } = useTranslation();
  // Titles from the guidelines' template are the domain's texts, in a chunk of their own per language.
  const domainLang = useDomainLocale();
  const [plan, reload] = useLoad(() => planApi.plan(), "plan");
  const [ranking] = useLoad(() => planApi.priorities().catch(() => null), "priorities");
  // The timeline lists points by id; their template ids are on the points in the chapters.
  const templateOf = new Map(
    (plan.data?.chapters ?? []).flatMap((c) => c.items.map((p) => [p.id, p.templateActionId] as const)),
  );
  const [notice, setNotice] = useState<Notice>(null);
  const [seeding, setSeeding] = useState(false);
  const canManage = plan.data?.abilities.manage ?? false;

  async function seed() {
    setSeeding(true);
    setNotice(null);
    try {
      const result = await planApi.seed();
      setNotice({ tone: "success", text: t("plan.seeded", { count: result.created.length }) });
      await reload();
    } catch (e) {
      setNotice({ tone: "error", text: errorText(t, e) });
    } finally {
      setSeeding(false);
    }
  }

  return (
    <Page title={t("plan.title")} intro={t("plan.intro")}>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {plan.status === "failed" ? <Alert tone="error">{errorText(t, plan.error)}</Alert> : null}
      <p>
        <a className="button" href={planApi.pdfUrl(i18n.language)} download>
          {t("plan.exportPdf")}
        </a>
      </p>
      {canManage ? (
        <CreateForm
          priorities={ranking.data?.items ?? []}
          onCreated={async (title) => {
            setNotice({ tone: "success", text: t("plan.created", { title }) });
            await reload();
          }}
        />
      ) : null}
      {canManage ? (
        <section className="panel" aria-labelledby="seed-title">
          <h2 id="seed-title">{t("plan.seedTitle")}</h2>
          <p>{t("plan.seedHint")}</p>
          <button type="button" className="button" disabled={seeding} onClick={() => void seed()}>
            {t("plan.seedSubmit")}
          </button>
        </section>
      ) : null}
      {plan.status === "loading" && !plan.data ? <Loading /> : null}
      {plan.data?.chapters.map(({ chapter, items }) => (
        <section key={chapter} aria-labelledby={`chapter-${chapter}`}>
          <h2 id={`chapter-${chapter}`}>{t(`plan.chapters.${chapter}`)}</h2>
          {items.length === 0 ? (
            <p>{t("plan.empty")}</p>
          ) : (
            <ul className="action-points">
              {items.map((p) => (
                <li key={p.id}>
                  <strong>{templateTitle(p.templateActionId, p.title, domainLang)}</strong> —{" "}
                  <span className="badge">{t(`plan.statuses.${p.status}`)}</span>{" "}
                  {p.overdue ? <span className="badge badge-warn">{t("plan.overdue")}</span> : null}{" "}
                  {p.deadline ? formatDate(p.deadline, i18n.language) : t("plan.noDeadline")} ·{" "}
                  {t("plan.progressShort", { percent: p.progressPercent })}
                  {p.priorityIds.length > 0 ? (
                    <> · {t("plan.servesPriorities", { count: p.priorityIds.length })}</>
                  ) : null}
                  {canManage ? <PointEditor key={`${p.id}:${p.version}`} point={p} onSaved={reload} /> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {plan.data && plan.data.timeline.length > 0 ? (
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title">{t("plan.timelineTitle")}</h2>
          <ol className="timeline">
            {plan.data.timeline.map((p) => (
              <li key={p.id}>
                <time dateTime={p.deadline}>{formatDate(p.deadline, i18n.language)}</time> ·{" "}
                {templateTitle(templateOf.get(p.id), p.title, domainLang)} · {t(`plan.chapters.${p.chapter}`)}{" "}
                · {t(`plan.statuses.${p.status}`)}
                {p.overdue ? <> · {t("plan.overdue")}</> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </Page>
  );
}

function CreateForm(props: { priorities: RankedPriority[]; onCreated(title: string): Promise<void> }) {
  const { t } = useTranslation();
  const [priorityId, setPriorityId] = useState("");
  const [chapter, setChapter] = useState<Chapter>("identification");
  const [title, setTitle] = useState("");
  const [deadline, setDeadline] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const f: Record<string, string> = {};
    if (!title.trim()) f.title = t("validation.required");
    if (deadline && !/^\d{4}-\d{2}-\d{2}$/.test(deadline)) f.deadline = t("validation.format");
    if (Object.keys(f).length) {
      setFields(f);
      setError(t("common.fixErrors"));
      return;
    }
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const created = await planApi.create({
        chapter,
        title: title.trim(),
        deadline: deadline || null,
        priorityIds: priorityId ? [priorityId] : [],
      });
      setTitle("");
      setDeadline("");
      await props.onCreated(created.title);
    } catch (e) {
      const mapped = translatedFieldErrors(t, e);
      setFields(mapped);
      setError(Object.keys(mapped).length ? t("common.fixErrors") : errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="point-create-title">
      <h2 id="point-create-title">{t("plan.createTitle")}</h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form onSubmit={submit} noValidate className="form form-inline">
        <SelectField
          label={t("plan.priority")}
          name="priorityId"
          value={priorityId}
          onChange={(e) => setPriorityId(e.target.value)}
          error={fields.priorityIds}
        >
          <option value="">{t("plan.priorityNone")}</option>
          {props.priorities.map((p) => (
            <option key={p.id} value={p.id}>
              {t("plan.priorityOption", {
                rank: p.rank,
                form: t(`map.forms.${p.form}`),
                score: p.score.toFixed(1),
              })}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("plan.chapterLabel")}
          name="chapter"
          value={chapter}
          onChange={(e) => setChapter(e.target.value as Chapter)}
          error={fields.chapter}
        >
          {chapters.map((c) => (
            <option key={c} value={c}>
              {t(`plan.chapters.${c}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("plan.pointTitle")}
          name="title"
          required
          maxLength={300}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={fields.title}
        />
        <TextField
          label={t("plan.deadline")}
          name="deadline"
          type="date"
          value={deadline}
          onChange={(e) => setDeadline(e.target.value)}
          error={fields.deadline}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t("plan.createSubmit")}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Changes a point's status, progress and deadline; cancelling is how a point leaves the plan. */
function PointEditor({ point, onSaved }: { point: ActionPoint; onSaved(): Promise<void> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string>(point.status);
  const [progress, setProgress] = useState(String(point.progressPercent));
  const [deadline, setDeadline] = useState(point.deadline ?? "");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formId = `point-edit-${point.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const percent = Number(progress);
    if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
      setFields({ progressPercent: t("plan.progressHint") });
      setError(t("common.fixErrors"));
      return;
    }
    setBusy(true);
    setError(null);
    setFields({});
    try {
      await planApi.update(point.id, {
        version: point.version,
        status,
        progressPercent: percent,
        deadline: deadline || null,
      });
      setOpen(false);
      await onSaved();
    } catch (e) {
      setFields(translatedFieldErrors(t, e));
      setError(errorText(t, e));
      if (e instanceof ApiFailure && e.code === "conflict") await onSaved();
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {" "}
      <button
        type="button"
        className="button button-small"
        aria-expanded={open}
        aria-controls={formId}
        aria-label={t("plan.editPoint", { title: point.title })}
        onClick={() => setOpen(!open)}
      >
        {t("plan.edit")}
      </button>
      {open ? (
        <form id={formId} onSubmit={submit} noValidate className="form form-inline point-editor">
          {error ? <Alert tone="error">{error}</Alert> : null}
          <SelectField
            label={t("plan.status")}
            name="status"
            value={status}
            onChange={(e) => setStatus(e.target.value)}
            error={fields.status}
          >
            {actionStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`plan.statuses.${s}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("plan.progress")}
            name="progressPercent"
            type="number"
            min={0}
            max={100}
            hint={t("plan.progressHint")}
            value={progress}
            onChange={(e) => setProgress(e.target.value)}
            error={fields.progressPercent}
          />
          <TextField
            label={t("plan.deadline")}
            name="deadline"
            type="date"
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
            error={fields.deadline}
          />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t("plan.savePoint")}
            </button>
          </div>
        </form>
      ) : null}
    </>
  );
}
