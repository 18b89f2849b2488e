import { LocationDetails, MappingEntryCreate, sectors } from "@ariadne/domain/mapping/index.ts";
import type { Concern } from "@ariadne/domain/prevention/index.ts";
import { useTranslation } from "react-i18next";
import { useDiscardDraft, useDraftField } from "../drafts/use-draft.ts";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import { localDayOf } from "../ui/format-date.ts";
import { type Checked, checkForm, SelectField, TextField } from "../ui/index.ts";
import { TextAreaField } from "../ui/textarea-field.tsx";
import { concernsApi } from "./concerns-api.ts";

type Props = {
  concern: Concern;
  onDone(): Promise<void>;
  onFailed(error: unknown): void;
};

const oneLine = (text: string, max: number) => text.replace(/\s+/g, " ").trim().slice(0, max);

/**
 * A location on the local map made from a report of concern, prefilled from it. The map holds no
 * personal data, so the coordinator is asked to keep only what describes the place.
 */
export function ConcernMapForm({ concern: c, onDone, onFailed }: Props) {
  const { t } = useTranslation();
  const draft = `concern-map:${c.id}`;
  const discard = useDiscardDraft(draft);
  const [title, setTitle] = useDraftField(draft, "title", oneLine(c.where || c.what, 80));
  const [sector, setSector] = useDraftField(draft, "sector", "");
  const [address, setAddress] = useDraftField(draft, "address", oneLine(c.where, 300));
  const [signal, setSignal] = useDraftField(draft, "signal", oneLine(c.what, 500));
  const receivedOn = localDayOf(c.receivedAt);

  function check(): Checked<MappingEntryCreate> {
    const details = checkForm(
      LocationDetails,
      {
        kind: "location",
        sector,
        ...(address.trim() ? { address: address.trim() } : {}),
        signals: signal.trim() ? [signal.trim()] : [],
      },
      t,
    );
    if (!details.ok) return { ok: false, fields: mapSignalField(details.fields) };
    return checkForm(
      MappingEntryCreate,
      {
        title: title.trim(),
        details: details.data,
        source: { kind: "other", date: receivedOn, reference: t("prevention.concerns.sourceReference") },
      },
      t,
    );
  }
  const { busy, error, fields, submit } = useFormSubmit(
    check,
    async (data, key) => {
      await concernsApi.toMappingEntry(c.id, data, key);
      discard();
      await onDone();
    },
    onFailed,
  );
  return (
    <FormPanel
      title={t("prevention.concerns.mapTitle")}
      intro={t("prevention.concerns.mapIntro")}
      submitLabel={t("prevention.concerns.mapSubmit")}
      busy={busy}
      onSubmit={submit}
      error={error}
    >
      <TextField
        label={t("prevention.fields.title")}
        name="title"
        required
        maxLength={200}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={fields.title}
      />
      <SelectField
        label={t("prevention.concerns.sector")}
        name="sector"
        required
        value={sector}
        onChange={(e) => setSector(e.target.value)}
        error={fields.sector}
      >
        <option value="">{t("prevention.concerns.choose")}</option>
        {sectors.map((s) => (
          <option key={s} value={s}>
            {t(`map.sectors.${s}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("prevention.concerns.address")}
        hint={t("prevention.concerns.addressHint")}
        name="address"
        maxLength={300}
        value={address}
        onChange={(e) => setAddress(e.target.value)}
        error={fields.address}
      />
      <TextAreaField
        label={t("prevention.fields.signals")}
        hint={t("prevention.concerns.signalHint")}
        name="signal"
        maxLength={500}
        value={signal}
        onChange={(e) => setSignal(e.target.value)}
        error={fields.signal}
      />
    </FormPanel>
  );
}

/** The form names its one signal `signal`; the schema's list is `signals`. */
function mapSignalField(fields: Record<string, string>): Record<string, string> {
  const { signals, ...rest } = fields;
  return signals ? { ...rest, signal: signals } : rest;
}
