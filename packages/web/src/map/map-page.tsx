import {
  exploitationForms,
  type MappingEntry,
  MappingEntryCreate,
  PriorityCreate,
  type PriorityWeights,
  priorityFactors,
  type RankedPriority,
  sectors,
  sourceKinds,
  vulnerableGroupKinds,
} from "@ariadne/domain/mapping/index.ts";
import type { TFunction } from "i18next";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "../api/client.ts";
import { Alert, errorText, Loading, Page, SelectField, TextField, useLoad } from "../ui/index.ts";
import { fieldOfPath } from "./issues.ts";
import LeafletMap from "./leaflet-map.tsx";
import { mapApi, type Ranking } from "./map-api.ts";

function issueFields(t: TFunction, issues: { path: string; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = fieldOfPath(issue.path);
    out[field] ??=
      field === "coords" && /outside/i.test(issue.message) ? t("map.outside") : t("validation.invalid");
  }
  return out;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Entry page of the map module (lazy-loaded chunk): the map, the entries, the priorities. */
export default function MapPage() {
  const { t } = useTranslation();
  const [entries, reloadEntries] = useLoad(() => mapApi.entries(), "entries");
  const [layers, reloadLayers] = useLoad(() => mapApi.layers(), "layers");
  const [boundary, reloadBoundary] = useLoad(() => mapApi.boundary(), "boundary");
  const [ranking, reloadRanking] = useLoad(() => mapApi.priorities(), "priorities");
  const [picked, setPicked] = useState<{ lat: number; lon: number } | null>(null);
  const canManage = entries.data?.abilities.manage ?? false;
  const items = entries.data?.items ?? [];
  const hasBoundary = Boolean(boundary.data?.boundary);

  return (
    <Page title={t("map.title")} intro={t("map.intro")}>
      {entries.status === "failed" ? <Alert tone="error">{errorText(t, entries.error)}</Alert> : null}
      <section className="panel" aria-labelledby="map-canvas-title">
        <h2 id="map-canvas-title">{t("map.mapHeading")}</h2>
        {boundary.data && !hasBoundary ? <p>{t("map.noBoundary")}</p> : null}
        {canManage ? <p className="field-hint">{t("map.mapHint")}</p> : null}
        <LeafletMap
          layers={layers.data ?? null}
          label={t("map.mapLabel")}
          onPick={canManage ? (lat, lon) => setPicked({ lat, lon }) : undefined}
        />
      </section>
      {canManage && boundary.data ? (
        <BoundaryForm
          version={boundary.data.version}
          onSaved={async () => {
            await Promise.all([reloadBoundary(), reloadLayers()]);
          }}
        />
      ) : null}
      <section aria-labelledby="entries-title">
        <h2 id="entries-title">{t("map.entriesTitle")}</h2>
        {entries.status === "loading" && !entries.data ? <Loading /> : null}
        {entries.data && items.length === 0 ? <p>{t("map.entriesEmpty")}</p> : null}
        {items.length > 0 ? <EntryTable items={items} /> : null}
      </section>
      {canManage ? (
        <EntryForm
          picked={picked}
          onCreated={async () => {
            await Promise.all([reloadEntries(), reloadLayers()]);
          }}
        />
      ) : null}
      <Priorities
        ranking={ranking.data}
        failed={ranking.status === "failed" ? ranking.error : null}
        entries={items}
        reload={async () => {
          await reloadRanking();
        }}
      />
    </Page>
  );
}

function entryWhat(t: TFunction, e: MappingEntry): string {
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

function EntryTable({ items }: { items: MappingEntry[] }) {
  const { t } = useTranslation();
  return (
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
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id}>
              <th scope="row" data-label={t("map.entryTitle")}>
                {e.title}
              </th>
              <td data-label={t("map.kind")}>{t(`map.kinds.${e.details.kind}`)}</td>
              <td data-label={t("map.what")}>{entryWhat(t, e)}</td>
              <td data-label={t("map.sourceLabel")}>
                {t(`map.sourceKinds.${e.source.kind}`)}, {e.source.date}
              </td>
              <td data-label={t("common.status")}>
                <span className={e.stale ? "badge badge-warn" : "badge badge-ok"}>
                  {e.stale ? t("map.stale") : t("map.fresh")}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function BoundaryForm({ version, onSaved }: { version: number; onSaved(): Promise<void> }) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      setError(t("map.boundaryNotJson"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = await mapApi.saveBoundary(parsed, version);
      setText("");
      setNotice(
        saved.locationsOutside.length > 0
          ? `${t("map.boundarySaved")} ${t("map.locationsOutside", { count: saved.locationsOutside.length })}`
          : t("map.boundarySaved"),
      );
      await onSaved();
    } catch (e) {
      if (e instanceof ApiFailure && e.issues.length > 0) {
        setError(
          t("map.boundaryInvalid", { where: e.issues.map((i) => `${i.path}: ${i.message}`).join("; ") }),
        );
      } else setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="boundary-title">
      <h2 id="boundary-title">{t("map.boundaryTitle")}</h2>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <form onSubmit={submit} noValidate className="form">
        <div className={error ? "field field-invalid" : "field"}>
          <label htmlFor="boundary-geojson">{t("map.boundaryLabel")}</label>
          <p className="field-hint" id="boundary-hint">
            {t("map.boundaryHint")}
          </p>
          {error ? (
            <p className="field-error" id="boundary-error">
              {error}
            </p>
          ) : null}
          <textarea
            id="boundary-geojson"
            className="boundary-input"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "boundary-hint boundary-error" : "boundary-hint"}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t("map.boundarySubmit")}
          </button>
        </div>
      </form>
    </section>
  );
}

type EntryKind = "vulnerable_group" | "location";

function EntryForm({
  picked,
  onCreated,
}: {
  picked: { lat: number; lon: number } | null;
  onCreated(): Promise<void>;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<EntryKind>("vulnerable_group");
  const [title, setTitle] = useState("");
  const [groupKind, setGroupKind] = useState<string>(vulnerableGroupKinds[0]);
  const [sector, setSector] = useState<string>(sectors[0]);
  const [form, setForm] = useState("");
  const [lat, setLat] = useState("");
  const [lon, setLon] = useState("");
  const [sourceKind, setSourceKind] = useState<string>(sourceKinds[0]);
  const [sourceDate, setSourceDate] = useState(today());
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [lastPick, setLastPick] = useState(picked);

  // A click on the map fills in the coordinates (and switches to a location).
  if (picked !== lastPick) {
    setLastPick(picked);
    if (picked) {
      setKind("location");
      setLat(picked.lat.toFixed(5));
      setLon(picked.lon.toFixed(5));
    }
  }

  function payload(): unknown {
    const forms = form ? [form] : [];
    const details =
      kind === "vulnerable_group"
        ? { kind, groupKind, forms }
        : {
            kind,
            sector,
            forms,
            geometry:
              lat.trim() || lon.trim() ? { type: "Point", coordinates: [Number(lon), Number(lat)] } : null,
          };
    return { title, details, source: { kind: sourceKind, date: sourceDate } };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const body = payload();
    const checked = MappingEntryCreate.safeParse(body);
    if (!checked.success) {
      const f: Record<string, string> = {};
      for (const issue of checked.error.issues) {
        const field = fieldOfPath(issue.path.join("."));
        f[field] ??= field === "title" && !title.trim() ? t("validation.required") : t("validation.invalid");
      }
      setFields(f);
      setError(t("common.fixErrors"));
      return;
    }
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const created = await mapApi.createEntry(body);
      setNotice(t("map.added", { title: created.title }));
      setTitle("");
      setLat("");
      setLon("");
      await onCreated();
    } catch (e) {
      const f = e instanceof ApiFailure ? issueFields(t, e.issues) : {};
      setFields(f);
      setError(Object.keys(f).length ? t("common.fixErrors") : errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="entry-create-title">
      <h2 id="entry-create-title">{t("map.addTitle")}</h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <form onSubmit={submit} noValidate className="form form-inline">
        <SelectField
          label={t("map.kind")}
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as EntryKind)}
        >
          <option value="vulnerable_group">{t("map.kinds.vulnerable_group")}</option>
          <option value="location">{t("map.kinds.location")}</option>
        </SelectField>
        <TextField
          label={t("map.entryTitle")}
          name="title"
          required
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={fields.title}
        />
        {kind === "vulnerable_group" ? (
          <SelectField
            label={t("map.groupKind")}
            name="groupKind"
            value={groupKind}
            onChange={(e) => setGroupKind(e.target.value)}
            error={fields.groupKind}
          >
            {vulnerableGroupKinds.map((k) => (
              <option key={k} value={k}>
                {t(`map.groupKinds.${k}`)}
              </option>
            ))}
          </SelectField>
        ) : (
          <>
            <SelectField
              label={t("map.sector")}
              name="sector"
              value={sector}
              onChange={(e) => setSector(e.target.value)}
              error={fields.sector}
            >
              {sectors.map((k) => (
                <option key={k} value={k}>
                  {t(`map.sectors.${k}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t("map.latitude")}
              name="lat"
              inputMode="decimal"
              value={lat}
              onChange={(e) => setLat(e.target.value)}
              hint={t("map.coordsHint")}
              error={fields.coords}
            />
            <TextField
              label={t("map.longitude")}
              name="lon"
              inputMode="decimal"
              value={lon}
              onChange={(e) => setLon(e.target.value)}
              error={fields.coords}
            />
          </>
        )}
        <SelectField
          label={t("map.form")}
          name="form"
          value={form}
          onChange={(e) => setForm(e.target.value)}
          error={fields.form}
        >
          <option value="">{t("map.formNone")}</option>
          {exploitationForms.map((k) => (
            <option key={k} value={k}>
              {t(`map.forms.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("map.sourceLabel")}
          name="sourceKind"
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
          name="sourceDate"
          type="date"
          value={sourceDate}
          onChange={(e) => setSourceDate(e.target.value)}
          error={fields.sourceDate}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t("map.addSubmit")}
          </button>
        </div>
      </form>
    </section>
  );
}

function Priorities(props: {
  ranking: Ranking | undefined;
  failed: unknown;
  entries: MappingEntry[];
  reload(): Promise<void>;
}) {
  const { t } = useTranslation();
  const ranking = props.ranking;
  const titleOf = (id: string | null, fallback: string) =>
    (id && props.entries.find((e) => e.id === id)?.title) || fallback;
  return (
    <section aria-labelledby="priorities-title">
      <h2 id="priorities-title">{t("map.prioritiesTitle")}</h2>
      <p>{t("map.prioritiesIntro")}</p>
      {props.failed ? <Alert tone="error">{errorText(t, props.failed)}</Alert> : null}
      {!ranking && !props.failed ? <Loading /> : null}
      {ranking && ranking.items.length === 0 ? <p>{t("map.prioritiesEmpty")}</p> : null}
      {ranking && ranking.items.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table" data-testid="ranking">
            <caption className="visually-hidden">{t("map.prioritiesTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("map.rank")}</th>
                <th scope="col">{t("map.priority")}</th>
                <th scope="col">{t("map.score")}</th>
                <th scope="col">{t("map.decision")}</th>
              </tr>
            </thead>
            <tbody>
              {ranking.items.map((p) => (
                <tr key={p.id}>
                  <td data-label={t("map.rank")}>{p.rank}</td>
                  <th scope="row" data-label={t("map.priority")}>
                    {t(`map.forms.${p.form}`)} · {titleOf(p.groupEntryId, t("map.anyGroup"))} ·{" "}
                    {titleOf(p.locationEntryId, t("map.anyLocation"))}
                  </th>
                  <td data-label={t("map.score")}>
                    <strong>{p.score.toFixed(1)}</strong>
                    <ul className="contributions">
                      {p.contributions.map((c) => (
                        <li key={c.factor}>
                          {t("map.contribution", {
                            factor: t(`map.factors.${c.factor}`),
                            rating: c.rating,
                            weight: c.weight,
                            points: c.points.toFixed(1),
                          })}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td data-label={t("map.decision")}>
                    {ranking.abilities.manage ? (
                      <DecisionForm key={`${p.id}:${p.version}`} priority={p} onSaved={props.reload} />
                    ) : (
                      <>
                        {t(`map.decisions.${p.decision}`)}
                        {p.rationale ? <p>{p.rationale}</p> : null}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {ranking?.abilities.manage ? (
        <>
          <PriorityForm entries={props.entries} onCreated={props.reload} />
          <WeightsForm
            key={ranking.weightsVersion}
            weights={ranking.weights}
            version={ranking.weightsVersion}
            onSaved={props.reload}
          />
        </>
      ) : null}
    </section>
  );
}

const decisions = ["proposed", "accepted", "deferred", "rejected"] as const;

/** The coordinator's decision on a priority and why; who decided and when is recorded by the API. */
function DecisionForm({ priority, onSaved }: { priority: RankedPriority; onSaved(): Promise<void> }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<string>(priority.decision);
  const [rationale, setRationale] = useState(priority.rationale);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await mapApi.updatePriority(priority.id, { version: priority.version, decision, rationale });
      await onSaved();
    } catch (e) {
      setError(errorText(t, e));
      if (e instanceof ApiFailure && e.code === "conflict") await onSaved();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <SelectField
        label={t("map.decision")}
        name="decision"
        value={decision}
        onChange={(e) => setDecision(e.target.value)}
      >
        {decisions.map((d) => (
          <option key={d} value={d}>
            {t(`map.decisions.${d}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("map.rationale")}
        name="rationale"
        maxLength={2000}
        value={rationale}
        onChange={(e) => setRationale(e.target.value)}
      />
      {priority.decidedAt ? (
        <p className="field-hint">{t("map.decidedOn", { date: priority.decidedAt.slice(0, 10) })}</p>
      ) : null}
      <button type="submit" className="button button-small" disabled={busy}>
        {t("map.decisionSubmit")}
      </button>
    </form>
  );
}

const ratingOptions = [0, 1, 2, 3, 4, 5];

function PriorityForm({ entries, onCreated }: { entries: MappingEntry[]; onCreated(): Promise<void> }) {
  const { t } = useTranslation();
  const [groupEntryId, setGroup] = useState("");
  const [locationEntryId, setLocation] = useState("");
  const [form, setForm] = useState<string>(exploitationForms[0]);
  const [ratings, setRatings] = useState<Record<string, number>>(
    Object.fromEntries(priorityFactors.map((f) => [f, 3])),
  );
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const groups = entries.filter((e) => e.details.kind === "vulnerable_group");
  const locations = entries.filter((e) => e.details.kind === "location");

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const body = {
      groupEntryId: groupEntryId || null,
      locationEntryId: locationEntryId || null,
      form,
      ratings,
    };
    if (!PriorityCreate.safeParse(body).success) {
      setError(t("common.fixErrors"));
      return;
    }
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const created = await mapApi.createPriority(body);
      setNotice(t("map.priorityAdded", { rank: created.rank }));
      await onCreated();
    } catch (e) {
      const f = e instanceof ApiFailure ? issueFields(t, e.issues) : {};
      setFields(f);
      setError(Object.keys(f).length ? t("common.fixErrors") : errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="priority-create-title">
      <h3 id="priority-create-title">{t("map.addPriorityTitle")}</h3>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <form onSubmit={submit} noValidate className="form form-inline">
        <SelectField
          label={t("map.group")}
          name="groupEntryId"
          value={groupEntryId}
          onChange={(e) => setGroup(e.target.value)}
          error={fields.groupEntryId}
        >
          <option value="">{t("map.anyGroup")}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.title}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("map.location")}
          name="locationEntryId"
          value={locationEntryId}
          onChange={(e) => setLocation(e.target.value)}
          error={fields.locationEntryId}
        >
          <option value="">{t("map.anyLocation")}</option>
          {locations.map((g) => (
            <option key={g.id} value={g.id}>
              {g.title}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("map.form")}
          name="priorityForm"
          value={form}
          onChange={(e) => setForm(e.target.value)}
          error={fields.form}
        >
          {exploitationForms.map((k) => (
            <option key={k} value={k}>
              {t(`map.forms.${k}`)}
            </option>
          ))}
        </SelectField>
        {priorityFactors.map((f) => (
          <SelectField
            key={f}
            label={t(`map.factors.${f}`)}
            name={`rating-${f}`}
            hint={t("map.ratingHint")}
            value={String(ratings[f])}
            onChange={(e) => setRatings({ ...ratings, [f]: Number(e.target.value) })}
            error={fields[f]}
          >
            {ratingOptions.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </SelectField>
        ))}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t("map.addPrioritySubmit")}
          </button>
        </div>
      </form>
    </section>
  );
}

function WeightsForm(props: { weights: PriorityWeights; version: number; onSaved(): Promise<void> }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>(
    Object.fromEntries(priorityFactors.map((f) => [f, String(props.weights[f])])),
  );
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const weights = Object.fromEntries(priorityFactors.map((f) => [f, Number(values[f])])) as PriorityWeights;
    setBusy(true);
    setError(null);
    try {
      await mapApi.saveWeights(weights, props.version);
      setNotice(t("map.weightsSaved"));
      await props.onSaved();
    } catch (e) {
      setError(e instanceof ApiFailure && e.code === "validation" ? t("map.weightsHint") : errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="weights-title">
      <h3 id="weights-title">{t("map.weightsTitle")}</h3>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <form onSubmit={submit} noValidate className="form form-inline">
        {priorityFactors.map((f) => (
          <TextField
            key={f}
            label={t(`map.factors.${f}`)}
            name={`weight-${f}`}
            type="number"
            min={0}
            max={10}
            step={0.5}
            hint={t("map.weightsHint")}
            value={values[f]}
            onChange={(e) => setValues({ ...values, [f]: e.target.value })}
          />
        ))}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t("map.weightsSubmit")}
          </button>
        </div>
      </form>
    </section>
  );
}
