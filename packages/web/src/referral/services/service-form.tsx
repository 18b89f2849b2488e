import { areasServed, serviceCosts, serviceGenders, serviceTypes } from "@ariadne/domain/referral/index.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { request } from "../../api/client.ts";
import {
  Alert,
  CheckboxField,
  errorText,
  SelectField,
  TextField,
  translatedFieldErrors,
  useLoad,
} from "../../ui/index.ts";
import { type ServiceView, servicesApi } from "./services-api.ts";

const Organisations = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });

type Draft = Record<
  | "organisationId"
  | "name"
  | "type"
  | "description"
  | "ageMin"
  | "ageMax"
  | "languages"
  | "accessibilityNotes"
  | "cost"
  | "capacity"
  | "available"
  | "openingHours"
  | "emergencyLine"
  | "phone"
  | "email"
  | "website"
  | "address"
  | "latitude"
  | "longitude"
  | "areaServed",
  string
> & {
  genders: string[];
  flags: Record<(typeof flagNames)[number], boolean>;
};

const flagNames = [
  "servesMinors",
  "servesFamilies",
  "wheelchairAccessible",
  "requiresIdentification",
  "requiresDocuments",
  "requiresResidencePermit",
  "open24_7",
] as const;

const text = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));

function draftOf(s: ServiceView | null): Draft {
  return {
    organisationId: s?.organisationId ?? "",
    name: s?.name ?? "",
    type: s?.type ?? "shelter",
    description: s?.description ?? "",
    ageMin: text(s?.ageMin),
    ageMax: text(s?.ageMax),
    languages: s?.languages.join(", ") ?? "",
    accessibilityNotes: s?.accessibilityNotes ?? "",
    cost: s?.cost ?? "free",
    capacity: text(s?.capacity),
    available: text(s?.available),
    openingHours: s?.openingHours ?? "",
    emergencyLine: text(s?.emergencyLine),
    phone: text(s?.phone),
    email: text(s?.email),
    website: text(s?.website),
    address: s?.address ?? "",
    latitude: text(s?.location?.lat),
    longitude: text(s?.location?.lon),
    areaServed: s?.areaServed ?? "municipality",
    genders: s ? [...s.genders] : [],
    flags: Object.fromEntries(flagNames.map((f) => [f, s ? s[f] : false])) as Draft["flags"],
  };
}

// Numbers typed by hand go to the server as typed; its 400 names the field if they are not numbers.
const numberOrNull = (v: string) => (v.trim() === "" ? null : Number(v.replace(",", ".")));
const textOrNull = (v: string) => (v.trim() === "" ? null : v.trim());

function bodyOf(d: Draft) {
  const lat = numberOrNull(d.latitude);
  const lon = numberOrNull(d.longitude);
  return {
    organisationId: d.organisationId,
    name: d.name,
    type: d.type,
    description: d.description,
    genders: d.genders,
    ageMin: numberOrNull(d.ageMin),
    ageMax: numberOrNull(d.ageMax),
    languages: d.languages
      .split(/[,;\s]+/)
      .map((x) => x.trim())
      .filter(Boolean),
    accessibilityNotes: d.accessibilityNotes,
    cost: d.cost,
    capacity: numberOrNull(d.capacity),
    available: numberOrNull(d.available),
    openingHours: d.openingHours,
    emergencyLine: textOrNull(d.emergencyLine),
    phone: textOrNull(d.phone),
    email: textOrNull(d.email),
    website: textOrNull(d.website),
    address: d.address,
    location: lat === null && lon === null ? null : { lat, lon },
    areaServed: d.areaServed,
    ...d.flags,
  };
}

/** Create or edit a service (the coordinator); archive it from the same form. */
export function ServiceForm(props: {
  service: ServiceView | null;
  onSaved: (s: ServiceView, how: "created" | "saved" | "archived") => void;
}) {
  const { t } = useTranslation();
  const [orgs] = useLoad(() => request("GET", "/api/v1/organisations", Organisations), "organisations");
  const [draft, setDraft] = useState<Draft>(() => draftOf(props.service));
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = translatedFieldErrors(t, failure);
  const set = (key: keyof Draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  const flag = (key: (typeof flagNames)[number]) => ({
    label: t(`referral.services.fields.${key}`),
    checked: draft.flags[key],
    onChange: (e: { target: { checked: boolean } }) =>
      setDraft((d) => ({ ...d, flags: { ...d.flags, [key]: e.target.checked } })),
  });
  const f = (key: string) => t(`referral.services.fields.${key}`);

  async function run(action: () => Promise<ServiceView>, how: "created" | "saved" | "archived") {
    setBusy(true);
    setFailure(null);
    try {
      props.onSaved(await action(), how);
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const s = props.service;
    if (s) void run(() => servicesApi.update(s.id, { ...bodyOf(draft), version: s.version }), "saved");
    else void run(() => servicesApi.create(bodyOf(draft)), "created");
  }

  return (
    <form className="form services-form" onSubmit={submit} noValidate>
      {failure ? <Alert tone="error">{errorText(t, failure)}</Alert> : null}
      <fieldset>
        <legend>{t("referral.services.legends.basics")}</legend>
        <TextField label={f("name")} value={draft.name} onChange={set("name")} error={errors.name} required />
        <SelectField
          label={f("organisation")}
          value={draft.organisationId}
          onChange={set("organisationId")}
          error={errors.organisationId}
          required
        >
          <option value="">—</option>
          {orgs.data?.items.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={f("type")} value={draft.type} onChange={set("type")} error={errors.type}>
          {serviceTypes.map((x) => (
            <option key={x} value={x}>
              {t(`referral.services.types.${x}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={f("description")}
          value={draft.description}
          onChange={set("description")}
          error={errors.description}
        />
        <SelectField label={f("cost")} value={draft.cost} onChange={set("cost")} error={errors.cost}>
          {serviceCosts.map((x) => (
            <option key={x} value={x}>
              {t(`referral.services.costs.${x}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={f("areaServed")}
          value={draft.areaServed}
          onChange={set("areaServed")}
          error={errors.areaServed}
        >
          {areasServed.map((x) => (
            <option key={x} value={x}>
              {t(`referral.services.areas.${x}`)}
            </option>
          ))}
        </SelectField>
      </fieldset>
      <fieldset>
        <legend>{t("referral.services.legends.served")}</legend>
        <fieldset>
          <legend>{f("genders")}</legend>
          <p className="field-hint">{f("gendersHint")}</p>
          <div className="check-grid">
            {serviceGenders.map((g) => (
              <CheckboxField
                key={g}
                label={t(`referral.services.genders.${g}`)}
                checked={draft.genders.includes(g)}
                onChange={(e) =>
                  setDraft((d) => ({
                    ...d,
                    genders: e.target.checked ? [...d.genders, g] : d.genders.filter((x) => x !== g),
                  }))
                }
              />
            ))}
          </div>
        </fieldset>
        <TextField
          label={f("ageMin")}
          hint={f("ageHint")}
          inputMode="numeric"
          value={draft.ageMin}
          onChange={set("ageMin")}
          error={errors.ageMin}
        />
        <TextField
          label={f("ageMax")}
          hint={f("ageHint")}
          inputMode="numeric"
          value={draft.ageMax}
          onChange={set("ageMax")}
          error={errors.ageMax}
        />
        <CheckboxField {...flag("servesMinors")} />
        <CheckboxField {...flag("servesFamilies")} />
        <TextField
          label={f("languages")}
          hint={f("languagesHint")}
          value={draft.languages}
          onChange={set("languages")}
          error={errors.languages}
        />
        <CheckboxField {...flag("wheelchairAccessible")} />
        <TextField
          label={f("accessibilityNotes")}
          value={draft.accessibilityNotes}
          onChange={set("accessibilityNotes")}
          error={errors.accessibilityNotes}
        />
      </fieldset>
      <fieldset>
        <legend>{t("referral.services.legends.demands")}</legend>
        <CheckboxField {...flag("requiresIdentification")} />
        <CheckboxField {...flag("requiresDocuments")} />
        <CheckboxField {...flag("requiresResidencePermit")} />
      </fieldset>
      <fieldset>
        <legend>{t("referral.services.legends.availability")}</legend>
        <TextField
          label={f("capacity")}
          hint={f("countHint")}
          inputMode="numeric"
          value={draft.capacity}
          onChange={set("capacity")}
          error={errors.capacity}
        />
        <TextField
          label={f("available")}
          hint={f("countHint")}
          inputMode="numeric"
          value={draft.available}
          onChange={set("available")}
          error={errors.available}
        />
        <TextField
          label={f("openingHours")}
          value={draft.openingHours}
          onChange={set("openingHours")}
          error={errors.openingHours}
        />
        <CheckboxField {...flag("open24_7")} />
        <TextField
          label={f("emergencyLine")}
          type="tel"
          value={draft.emergencyLine}
          onChange={set("emergencyLine")}
          error={errors.emergencyLine}
        />
      </fieldset>
      <fieldset>
        <legend>{t("referral.services.legends.contact")}</legend>
        <TextField
          label={f("phone")}
          type="tel"
          value={draft.phone}
          onChange={set("phone")}
          error={errors.phone}
        />
        <TextField
          label={f("email")}
          type="email"
          value={draft.email}
          onChange={set("email")}
          error={errors.email}
        />
        <TextField
          label={f("website")}
          type="url"
          value={draft.website}
          onChange={set("website")}
          error={errors.website}
        />
        <TextField
          label={f("address")}
          value={draft.address}
          onChange={set("address")}
          error={errors.address}
        />
        <TextField
          label={f("latitude")}
          hint={f("coordinatesHint")}
          inputMode="decimal"
          value={draft.latitude}
          onChange={set("latitude")}
          error={errors.location}
        />
        <TextField
          label={f("longitude")}
          hint={f("coordinatesHint")}
          inputMode="decimal"
          value={draft.longitude}
          onChange={set("longitude")}
          error={errors.location}
        />
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {props.service ? t("referral.services.save") : t("referral.services.create")}
        </button>
        {props.service?.abilities.archive && !props.service.archived ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => {
              const s = props.service!;
              void run(() => servicesApi.archive(s.id, s.version), "archived");
            }}
          >
            {t("referral.services.archive")}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** A service provider reports the places of its own organisation's service. */
export function AvailabilityForm(props: { service: ServiceView; onSaved: (s: ServiceView) => void }) {
  const { t } = useTranslation();
  const [capacity, setCapacity] = useState(text(props.service.capacity));
  const [available, setAvailable] = useState(text(props.service.available));
  const [failure, setFailure] = useState<unknown>(null);
  const errors = translatedFieldErrors(t, failure);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    try {
      props.onSaved(
        await servicesApi.update(props.service.id, {
          capacity: numberOrNull(capacity),
          available: numberOrNull(available),
          version: props.service.version,
        }),
      );
    } catch (err) {
      setFailure(err);
    }
  }

  return (
    <section className="panel" aria-labelledby="availability-title">
      <h2 id="availability-title">{t("referral.services.availabilityTitle")}</h2>
      <p>{t("referral.services.availabilityHint")}</p>
      {failure ? <Alert tone="error">{errorText(t, failure)}</Alert> : null}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label={t("referral.services.fields.capacity")}
          inputMode="numeric"
          value={capacity}
          onChange={(e) => setCapacity(e.target.value)}
          error={errors.capacity}
        />
        <TextField
          label={t("referral.services.fields.available")}
          inputMode="numeric"
          value={available}
          onChange={(e) => setAvailable(e.target.value)}
          error={errors.available}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t("referral.services.save")}
          </button>
        </div>
      </form>
    </section>
  );
}
