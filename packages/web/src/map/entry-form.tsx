import {
  exploitationForms,
  MappingEntryCreate,
  sectors,
  sourceKinds,
  vulnerableGroupKinds,
} from "@ariadne/domain/mapping/index.ts";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { localToday } from "../ui/format-date.ts";
import { Alert, SelectField, TextField } from "../ui/index.ts";
import { type AreaDraft, areaProblem, parseArea, polygonOf } from "./area.ts";
import { AreaField } from "./area-field.tsx";
import { fieldOfPath, placeMessage, saveFailure } from "./issues.ts";
import { mapApi } from "./map-api.ts";

type EntryKind = "vulnerable_group" | "location" | "outreach";

/** Signals as typed: separated by semicolons or new lines. */
const signalList = (text: string) =>
  text
    .split(/[;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** The draft of the create form; an entry being edited owns the draft under its id. */
export const createOwner = "create";

export function EntryForm({
  picked,
  draft,
  onDraft,
  onCreated,
}: {
  picked: { lat: number; lon: number } | null;
  draft: AreaDraft | null;
  onDraft(next: AreaDraft | null): void;
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
  const [sourceDate, setSourceDate] = useState(localToday());
  const [signals, setSignals] = useState("");
  const [contacts, setContacts] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [lastPick, setLastPick] = useState(picked);
  const [shape, setShape] = useState<"point" | "area">("point");
  const area = draft?.owner === createOwner ? draft : { owner: createOwner, text: "", drawing: true };
  const placed = kind !== "vulnerable_group";
  // The form takes the draft back when an editor that borrowed it closes.
  useEffect(() => {
    if (placed && shape === "area" && !draft) onDraft({ owner: createOwner, text: "", drawing: true });
  });
  const chooseShape = (next: "point" | "area") => {
    setShape(next);
    setFields(({ coords: _, ...rest }) => rest);
    onDraft(next === "area" ? { owner: createOwner, text: "", drawing: true } : null);
  };

  // A click on the map fills in the coordinates (and switches to a location).
  if (picked !== lastPick) {
    setLastPick(picked);
    if (picked) {
      if (kind === "vulnerable_group") setKind("location");
      setLat(picked.lat.toFixed(5));
      setLon(picked.lon.toFixed(5));
    }
  }

  function payload(): unknown {
    const forms = form ? [form] : [];
    const geometry =
      shape === "area"
        ? area.text.trim()
          ? polygonOf(parseArea(area.text).corners)
          : null
        : lat.trim() || lon.trim()
          ? { type: "Point", coordinates: [Number(lon), Number(lat)] }
          : null;
    const details =
      kind === "vulnerable_group"
        ? { kind, groupKind, forms }
        : kind === "location"
          ? { kind, sector, forms, geometry, signals: signalList(signals) }
          : {
              kind,
              geometry,
              groupKinds: [groupKind],
              contacts: contacts.trim() ? Number(contacts) : null,
              signals: signalList(signals),
            };
    return { title, details, source: { kind: sourceKind, date: sourceDate } };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const body = payload();
    const checked = MappingEntryCreate.safeParse(body);
    const problem = placed && shape === "area" && area.text.trim() ? areaProblem(area.text) : null;
    if (!checked.success || problem) {
      const f: Record<string, string> = {};
      if (problem)
        f.coords =
          problem.key === "areaLine" ? t("map.areaLine", { line: problem.line }) : t("map.areaTooFew");
      for (const issue of checked.success ? [] : checked.error.issues) {
        const path = issue.path.join(".");
        const field = fieldOfPath(path);
        f[field] ??=
          field === "title" && !title.trim()
            ? t("validation.required")
            : field === "coords"
              ? placeMessage(t, { path, message: issue.message })
              : t("validation.invalid");
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
      setSignals("");
      setContacts("");
      if (shape === "area") onDraft({ owner: createOwner, text: "", drawing: true });
      await onCreated();
    } catch (e) {
      const failure = saveFailure(t, e);
      setFields(failure.fields);
      setError(failure.error);
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
          onChange={(e) => {
            const next = e.target.value as EntryKind;
            setKind(next);
            if (next === "outreach") setSourceKind("outreach_log");
            if (next === "vulnerable_group" && shape === "area") chooseShape("point");
          }}
        >
          <option value="vulnerable_group">{t("map.kinds.vulnerable_group")}</option>
          <option value="location">{t("map.kinds.location")}</option>
          <option value="outreach">{t("map.kinds.outreach")}</option>
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
        {kind !== "location" ? (
          <SelectField
            label={kind === "outreach" ? t("map.groupReached") : t("map.groupKind")}
            name="groupKind"
            value={groupKind}
            onChange={(e) => setGroupKind(e.target.value)}
            error={fields.groupKind ?? fields.groupKinds}
          >
            {vulnerableGroupKinds.map((k) => (
              <option key={k} value={k}>
                {t(`map.groupKinds.${k}`)}
              </option>
            ))}
          </SelectField>
        ) : (
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
        )}
        {placed ? (
          <fieldset className="map-shape">
            <legend>{t("map.shape")}</legend>
            {(["point", "area"] as const).map((s) => (
              <div key={s} className="field field-check">
                <input
                  type="radio"
                  id={`entry-shape-${s}`}
                  name="shape"
                  value={s}
                  checked={shape === s}
                  onChange={() => chooseShape(s)}
                />
                <label htmlFor={`entry-shape-${s}`}>{t(`map.shapes.${s}`)}</label>
              </div>
            ))}
          </fieldset>
        ) : null}
        {placed && shape === "area" ? (
          <AreaField
            draft={area}
            error={fields.coords}
            onDraft={onDraft}
            onError={(message) =>
              setFields(({ coords: _, ...rest }) => (message ? { ...rest, coords: message } : rest))
            }
          />
        ) : null}
        {placed ? (
          <>
            {shape === "point" ? (
              <>
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
            ) : null}
            <TextField
              label={t("map.signals")}
              name="signals"
              maxLength={2000}
              hint={t("map.signalsHint")}
              value={signals}
              onChange={(e) => setSignals(e.target.value)}
              error={fields.signals}
            />
          </>
        ) : null}
        {kind === "outreach" ? (
          <TextField
            label={t("map.contacts")}
            name="contacts"
            type="number"
            min={0}
            inputMode="numeric"
            value={contacts}
            onChange={(e) => setContacts(e.target.value)}
            error={fields.contacts}
          />
        ) : (
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
        )}
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
