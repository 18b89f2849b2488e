import { type MappingEntry, sourceKinds } from "@ariadne/domain/mapping/index.ts";
import type { TFunction } from "i18next";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "../api/client.ts";
import { formatDate } from "../ui/format-date.ts";
import { Alert, SelectField, TextField } from "../ui/index.ts";
import { type AreaDraft, areaProblem, parseArea, polygonOf, textOfPolygon } from "./area.ts";
import { AreaField } from "./area-field.tsx";
import { saveFailure } from "./issues.ts";
import { mapApi } from "./map-api.ts";

export function entryWhat(t: TFunction, e: MappingEntry): string {
  const d = e.details;
  switch (d.kind) {
    case "vulnerable_group":
      return t(`map.groupKinds.${d.groupKind}`);
    case "location":
      return t(`map.sectors.${d.sector}`);
    case "exploitation_form":
      return t(`map.forms.${d.form}`);
    case "outreach":
      return d.groupKinds.map((k) => t(`map.groupKinds.${k}`)).join(", ");
    default:
      return d.role;
  }
}

/** Entries a feature of the map opened (`key`): marked in the table, each time (`seq`) focused anew. */
export interface OpenedEntries {
  key: string;
  ids: string[];
  /** Opened from a density square, which counts the signals of several entries. */
  density: boolean;
  seq: number;
}

/**
 * The mapping entries; a coordinator edits or archives one from its row. The rows a feature of the
 * map opened are marked "From the map", and the first takes the focus on its title (so its Edit
 * button is the next Tab stop); Escape there returns to the feature on the map.
 */
export function EntryTable(props: {
  items: MappingEntry[];
  canManage: boolean;
  draft: AreaDraft | null;
  onDraft(next: AreaDraft | null): void;
  onChanged(): Promise<void>;
  opened?: OpenedEntries | null;
  onBackToMap?(): void;
}) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const entry = props.items.find((e) => e.id === editing);
  const marked = new Set(props.opened?.ids ?? []);
  const heads = useRef(new Map<string, HTMLTableCellElement>());
  // biome-ignore lint/correctness/useExhaustiveDependencies: each opening (seq) moves the focus once
  useEffect(() => {
    const ids = props.opened?.ids ?? [];
    const first = props.items.find((e) => ids.includes(e.id));
    if (first) heads.current.get(first.id)?.focus();
  }, [props.opened?.seq]);
  return (
    <>
      <div className="table-wrap map-entries">
        <table className="data-table">
          <caption className="visually-hidden">{t("map.entriesTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("map.entryTitle")}</th>
              <th scope="col">{t("map.kind")}</th>
              <th scope="col">{t("map.what")}</th>
              <th scope="col">{t("map.sourceLabel")}</th>
              <th scope="col">{t("common.status")}</th>
              {props.canManage ? <th scope="col">{t("map.actions")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {props.items.map((e) => (
              <tr key={e.id} className={marked.has(e.id) ? "row-opened" : undefined}>
                <th
                  scope="row"
                  data-label={t("map.entryTitle")}
                  tabIndex={marked.has(e.id) ? -1 : undefined}
                  ref={(th) => {
                    if (th) heads.current.set(e.id, th);
                    else heads.current.delete(e.id);
                  }}
                  onKeyDown={(event) => {
                    if (event.key === "Escape" && marked.has(e.id) && props.onBackToMap) {
                      event.preventDefault();
                      props.onBackToMap();
                    }
                  }}
                >
                  {e.title}
                  {marked.has(e.id) ? (
                    <>
                      {" "}
                      <span className="badge badge-map">{t("map.fromMap")}</span>
                    </>
                  ) : null}
                </th>
                <td data-label={t("map.kind")}>{t(`map.kinds.${e.details.kind}`)}</td>
                <td data-label={t("map.what")}>{entryWhat(t, e)}</td>
                <td data-label={t("map.sourceLabel")}>
                  {t(`map.sourceKinds.${e.source.kind}`)}, {formatDate(e.source.date, i18n.language)}
                </td>
                <td data-label={t("common.status")}>
                  {e.archived ? (
                    <span className="badge">{t("map.archived")}</span>
                  ) : (
                    <span className={e.stale ? "badge badge-warn" : "badge badge-ok"}>
                      {e.stale ? t("map.stale") : t("map.fresh")}
                    </span>
                  )}
                </td>
                {props.canManage ? (
                  <td data-label={t("map.actions")}>
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t("map.editEntry", { title: e.title })}
                      aria-expanded={editing === e.id}
                      aria-controls="entry-edit"
                      onClick={() => setEditing(editing === e.id ? null : e.id)}
                    >
                      {t("map.edit")}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {entry ? (
        <EntryEditor
          key={`${entry.id}:${entry.version}`}
          entry={entry}
          draft={props.draft}
          onDraft={props.onDraft}
          onDone={async (closed) => {
            if (closed) setEditing(null);
            await props.onChanged();
          }}
        />
      ) : null}
    </>
  );
}

/** The area of an entry, if its place is one. */
function areaOf(entry: MappingEntry) {
  const d = entry.details;
  return (d.kind === "location" || d.kind === "outreach") && d.geometry?.type === "Polygon"
    ? d.geometry
    : null;
}

/**
 * Edits an entry's title and source, or archives it (entries are archived, never deleted). An
 * entry whose place is an area shows that area on the map, and its corners may be drawn anew.
 */
function EntryEditor({
  entry,
  draft,
  onDraft,
  onDone,
}: {
  entry: MappingEntry;
  draft: AreaDraft | null;
  onDraft(next: AreaDraft | null): void;
  onDone(closed: boolean): Promise<void>;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(entry.title);
  const [sourceKind, setSourceKind] = useState<string>(entry.source.kind);
  const [sourceDate, setSourceDate] = useState(entry.source.date);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const stored = areaOf(entry);
  const original = stored ? textOfPolygon(stored) : "";
  const area = draft?.owner === entry.id ? draft : null;
  // While open, the editor owns the draft: the stored area, shown on the map, until redrawn.
  useEffect(() => {
    if (!original) return;
    onDraft({ owner: entry.id, text: original, drawing: false });
    return () => onDraft(null);
  }, [entry.id, original, onDraft]);

  async function save(body: Record<string, unknown>, closes: boolean) {
    setBusy(true);
    setError(null);
    setFields({});
    try {
      await mapApi.updateEntry(entry.id, { version: entry.version, ...body });
      await onDone(closes);
    } catch (e) {
      const failure = saveFailure(t, e);
      setFields(failure.fields);
      setError(failure.error);
      if (e instanceof ApiFailure && e.code === "conflict") await onDone(false);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      setFields({ title: t("validation.required") });
      setError(t("common.fixErrors"));
      return;
    }
    const source = { ...entry.source, kind: sourceKind, date: sourceDate };
    if (area && area.text !== original) {
      const problem = areaProblem(area.text);
      if (problem) {
        setFields({
          coords:
            problem.key === "areaLine" ? t("map.areaLine", { line: problem.line }) : t("map.areaTooFew"),
        });
        setError(t("common.fixErrors"));
        return;
      }
      const details = { ...entry.details, geometry: polygonOf(parseArea(area.text).corners) };
      void save({ title: title.trim(), source, details }, true);
      return;
    }
    void save({ title: title.trim(), source }, true);
  }

  return (
    <section className="panel" id="entry-edit" aria-labelledby="entry-edit-title">
      <h3 id="entry-edit-title">{t("map.editTitle", { title: entry.title })}</h3>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form onSubmit={submit} noValidate className="form form-inline">
        <TextField
          label={t("map.entryTitle")}
          name="editTitle"
          required
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={fields.title}
        />
        <SelectField
          label={t("map.sourceLabel")}
          name="editSourceKind"
          value={sourceKind}
          onChange={(e) => setSourceKind(e.target.value)}
          error={fields.sourceKind}
        >
          {sourceKinds.map((k) => (
            <option key={k} value={k}>
              {t(`map.sourceKinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("map.sourceDate")}
          name="editSourceDate"
          type="date"
          value={sourceDate}
          onChange={(e) => setSourceDate(e.target.value)}
          error={fields.sourceDate}
        />
        {area ? (
          <AreaField
            draft={area}
            error={fields.coords}
            onDraft={onDraft}
            onError={(message) =>
              setFields(({ coords: _, ...rest }) => (message ? { ...rest, coords: message } : rest))
            }
          />
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t("map.saveEntry")}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void save({ archived: !entry.archived }, true)}
          >
            {entry.archived ? t("map.restoreEntry") : t("map.archiveEntry")}
          </button>
        </div>
      </form>
    </section>
  );
}
