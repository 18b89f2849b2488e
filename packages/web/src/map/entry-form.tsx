import {
  exploitationForms,
  MappingEntryCreate,
  sectors,
  sourceKinds,
  vulnerableGroupKinds,
} from "@ariadne/domain/mapping/index.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "../api/client.ts";
import { Alert, errorText, SelectField, TextField } from "../ui/index.ts";
import { fieldOfPath, issueFields } from "./issues.ts";
import { mapApi } from "./map-api.ts";

const today = () => new Date().toISOString().slice(0, 10);

type EntryKind = "vulnerable_group" | "location" | "outreach";

/** Signals as typed: separated by semicolons or new lines. */
const signalList = (text: string) =>
  text
    .split(/[;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

export function EntryForm({
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
  const [signals, setSignals] = useState("");
  const [contacts, setContacts] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [lastPick, setLastPick] = useState(picked);

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
      lat.trim() || lon.trim() ? { type: "Point", coordinates: [Number(lon), Number(lat)] } : null;
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
      setSignals("");
      setContacts("");
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
          onChange={(e) => {
            const next = e.target.value as EntryKind;
            setKind(next);
            if (next === "outreach") setSourceKind("outreach_log");
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
        {kind !== "vulnerable_group" ? (
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
