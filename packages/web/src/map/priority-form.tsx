import {
  exploitationForms,
  type MappingEntry,
  PriorityCreate,
  priorityFactors,
} from "@ariadne/domain/mapping/index.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert, SelectField } from "../ui/index.ts";
import { saveFailure } from "./issues.ts";
import { mapApi } from "./map-api.ts";

const ratingOptions = [0, 1, 2, 3, 4, 5];

export function PriorityForm({
  entries,
  onCreated,
}: {
  entries: MappingEntry[];
  onCreated(): Promise<void>;
}) {
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
      const failure = saveFailure(t, e);
      setFields(failure.fields);
      setError(failure.error);
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
