import { vulnerableGroupKinds } from "@ariadne/domain/mapping/index.ts";
import { type Visit, VisitFields, visitStatuses } from "@ariadne/domain/prevention/index.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { newIdempotencyKey } from "../api/client.ts";
import { useVault } from "../auth/session.tsx";
import { useDiscardDraft, useDraftField } from "../drafts/use-draft.ts";
import { DiscardButton } from "../ui/discard-button.tsx";
import { useFormErrors } from "../ui/form-panel.tsx";
import { localToday } from "../ui/format-date.ts";
import { Alert, checkForm, Loading, Page, SelectField, TextField, useLoad } from "../ui/index.ts";
import { TextAreaField } from "../ui/textarea-field.tsx";
import { outreachApi } from "./outreach-api.ts";
import { queuedVisit, queueVisit } from "./outreach-queue.ts";
import { useSync } from "./prevention-page.tsx";
import {
  emptyVisitForm,
  formOfVisit,
  halfPoint,
  type VisitFormValues,
  visitInputOf,
  visitOfForm,
} from "./visit-form-values.ts";

/** Plans a visit or logs it in the field; works with the network cut (the queue sends it later). */
export default function VisitFormPage() {
  const { id } = useParams();
  const sync = useSync();
  const { t } = useTranslation();
  const waiting = id && sync.vault ? queuedVisit(sync.vault, id) : null;
  const [load] = useLoad(
    async () => (id && !waiting ? outreachApi.get(id) : null),
    `visit:${id ?? "new"}:${waiting ? "queued" : "server"}`,
  );
  if (id && !waiting && load.status !== "ready") {
    return load.status === "failed" ? (
      <Page title={t("prevention.visit.editTitle")}>
        <Alert tone="error">{t("prevention.visit.notOnDevice")}</Alert>
      </Page>
    ) : (
      <Loading />
    );
  }
  const server = (load.status === "ready" ? load.data : null) ?? null;
  return (
    <VisitForm
      key={id ?? "new"}
      id={id ?? null}
      server={server}
      initial={
        waiting ? formOfVisit(waiting.local) : server ? formOfVisit(server) : emptyVisitForm(localToday())
      }
    />
  );
}

function VisitForm(props: { id: string | null; server: Visit | null; initial: VisitFormValues }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sync = useSync();
  const draftName = `outreach.form.${props.id ?? "new"}`;
  const vault = useVault();
  // Typed values kept on the device from an earlier visit to this form come back as they were;
  // the notice says so, so that a form full of last time's values is not taken for a bug.
  const [restored, setRestored] = useState(() => vault?.get(draftName) !== undefined);
  const [values, setValues] = useDraftField<VisitFormValues>(draftName, "values", props.initial);
  const discard = useDiscardDraft(draftName);
  const [places] = useLoad(() => outreachApi.places().catch(() => []), "places");
  const check = () => {
    const checked = checkForm(VisitFields, visitOfForm(values), t, { fieldOf: visitInputOf });
    // One coordinate alone makes no point: the schema never sees it, so the form says so itself.
    const half = halfPoint(values);
    if (!half) return checked;
    const fields = checked.ok ? {} : checked.fields;
    return { ok: false as const, fields: { ...fields, [half]: t("validation.required") } };
  };
  const { fields, error, showFields, showError } = useFormErrors(check);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof VisitFormValues>(k: K, v: VisitFormValues[K]) =>
    setValues((f) => ({ ...f, [k]: v }));
  const text = (k: Exclude<keyof VisitFormValues, "people">, label: string, extra: object = {}) => (
    <TextField
      label={label}
      name={k}
      value={values[k]}
      onChange={(e) => set(k, e.target.value)}
      error={fields[k]}
      {...extra}
    />
  );
  const number = (k: Exclude<keyof VisitFormValues, "people">, label: string) =>
    text(k, label, { type: "number", inputMode: "numeric", min: 0 });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !sync.vault) return;
    const checked = check();
    if (!checked.ok) {
      showFields(checked.fields);
      return;
    }
    setBusy(true);
    queueVisit(sync.vault, {
      id: props.id ?? newIdempotencyKey(),
      local: checked.data,
      server: props.server,
    });
    discard();
    await sync.vault.flush();
    const outcome = await sync.sync();
    setBusy(false);
    if (outcome?.refused) showError(t("prevention.visit.refused"));
    navigate("/prevention", {
      state: { saved: outcome && outcome.sent > 0 ? "sent" : "queued" },
    });
  }

  return (
    <Page title={props.id ? t("prevention.visit.editTitle") : t("prevention.visit.newTitle")}>
      {restored ? (
        <div className="alert restored-drafts" role="status">
          <p>{t("prevention.visit.restored")}</p>
          <DiscardButton
            label={t("prevention.visit.discardKept")}
            dirty
            onDiscard={() => {
              discard();
              setValues(props.initial);
              setRestored(false);
            }}
          />
        </div>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form onSubmit={submit} noValidate className="form visit-form">
        <fieldset>
          <legend>{t("prevention.visit.planLegend")}</legend>
          {text("title", t("prevention.visit.titleField"), { maxLength: 200, required: true })}
          {text("plannedOn", t("prevention.visit.plannedOn"), { type: "date" })}
          <SelectField
            label={t("prevention.visit.place")}
            name="placeEntryId"
            value={values.placeEntryId}
            onChange={(e) => set("placeEntryId", e.target.value)}
            error={fields.placeEntryId}
          >
            <option value="">{t("prevention.visit.newPoint")}</option>
            {(places.data ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </SelectField>
          <div className="field-pair">
            {text("latitude", t("map.latitude"), { inputMode: "decimal" })}
            {text("longitude", t("map.longitude"), { inputMode: "decimal" })}
          </div>
          {text("team", t("prevention.visit.team"), { hint: t("prevention.visit.commaHint") })}
          {text("languages", t("prevention.visit.languages"), { hint: t("prevention.visit.commaHint") })}
          {text("materialsPlanned", t("prevention.visit.materialsPlanned"), {
            hint: t("prevention.visit.commaHint"),
          })}
        </fieldset>
        <fieldset>
          <legend>{t("prevention.visit.logLegend")}</legend>
          <SelectField
            label={t("prevention.visit.status")}
            name="status"
            value={values.status}
            onChange={(e) => set("status", e.target.value)}
            error={fields.status}
          >
            {visitStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`prevention.status.${s}`)}
              </option>
            ))}
          </SelectField>
          {text("visitedOn", t("prevention.visit.visitedOn"), { type: "date" })}
          <fieldset className="people-met">
            <legend>{t("prevention.visit.peopleMet")}</legend>
            {vulnerableGroupKinds.map((g) => (
              <TextField
                key={g}
                label={t(`map.groupKinds.${g}`)}
                name={`people.${g}`}
                type="number"
                inputMode="numeric"
                min={0}
                value={values.people[g] ?? ""}
                onChange={(e) => set("people", { ...values.people, [g]: e.target.value })}
                error={fields[`people.${g}`]}
              />
            ))}
            {fields.peopleMet ? <p className="field-error">{fields.peopleMet}</p> : null}
          </fieldset>
          {number("conversations", t("prevention.visit.conversations"))}
          {number("materialsHandedOut", t("prevention.visit.materialsHandedOut"))}
          {number("screeningsStarted", t("prevention.visit.screeningsStarted"))}
          {number("referralsFollowed", t("prevention.visit.referralsFollowed"))}
          <TextAreaField
            label={t("prevention.visit.signals")}
            hint={t("prevention.visit.signalsHint")}
            name="signals"
            value={values.signals}
            onChange={(e) => set("signals", e.target.value)}
            error={fields.signals}
          />
          <TextAreaField
            label={t("prevention.visit.concerns")}
            name="concerns"
            value={values.concerns}
            onChange={(e) => set("concerns", e.target.value)}
            error={fields.concerns}
          />
          <TextAreaField
            label={t("prevention.visit.notes")}
            name="notes"
            value={values.notes}
            onChange={(e) => set("notes", e.target.value)}
            error={fields.notes}
          />
        </fieldset>
        <p className="field-hint">{t("prevention.visit.offlineHint")}</p>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("common.saving") : t("prevention.visit.save")}
          </button>
        </div>
      </form>
    </Page>
  );
}
