import { CaseCreate } from "@ariadne/domain/cases/index.ts";
import {
  type Concern,
  ConcernHandBack,
  ConcernHandOffCreate,
  type HandedConcern,
  type HandOffRecipient,
} from "@ariadne/domain/prevention/index.ts";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useDiscardDraft, useDraftField } from "../drafts/use-draft.ts";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import { formatDateTime } from "../ui/format-date.ts";
import { CheckboxField, type Checked, checkForm, SelectField, TextField } from "../ui/index.ts";
import { TextAreaField } from "../ui/textarea-field.tsx";
import { concernsApi, handedConcernsApi } from "./concerns-api.ts";

type Done = { onDone(): Promise<void>; onFailed(error: unknown): void };

/**
 * The coordinator hands a report of concern to a frontline worker of the municipality, who opens
 * the case or hands it back: the coordinator keeps out of casework. The note stays on the device
 * (encrypted) until sent.
 */
export function HandOffForm({
  concern: c,
  recipients,
  onDone,
  onFailed,
}: Done & { concern: Concern; recipients: readonly HandOffRecipient[] }) {
  const { t } = useTranslation();
  const draft = `concern-hand-off:${c.id}`;
  const discard = useDiscardDraft(draft);
  const [toUserId, setToUserId] = useDraftField(draft, "toUserId", "");
  const [note, setNote] = useDraftField(draft, "note", "");
  const check = (): Checked<ConcernHandOffCreate> =>
    checkForm(ConcernHandOffCreate, { version: c.version, toUserId, note: note.trim() }, t);
  const { busy, error, fields, submit } = useFormSubmit(
    check,
    async (data, key) => {
      await concernsApi.handOff(c.id, data, key);
      discard();
      await onDone();
    },
    onFailed,
  );
  return (
    <FormPanel
      title={t("prevention.handOff.title")}
      intro={t("prevention.handOff.intro")}
      submitLabel={t("prevention.handOff.submit")}
      busy={busy}
      onSubmit={submit}
      error={error}
    >
      <SelectField
        label={t("prevention.handOff.to")}
        name="toUserId"
        required
        value={toUserId}
        onChange={(e) => setToUserId(e.target.value)}
        error={fields.toUserId}
      >
        <option value="">{t("prevention.concerns.choose")}</option>
        {recipients.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t("prevention.handOff.note")}
        hint={t("prevention.handOff.noteHint")}
        name="note"
        maxLength={1000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={fields.note}
      />
    </FormPanel>
  );
}

/** The worker hands a concern back to the coordinator, saying why (required). */
export function HandBackForm({ handed, onDone, onFailed }: Done & { handed: HandedConcern }) {
  const { t } = useTranslation();
  const draft = `concern-hand-back:${handed.handOff.id}`;
  const discard = useDiscardDraft(draft);
  const [reason, setReason] = useDraftField(draft, "reason", "");
  const check = (): Checked<ConcernHandBack> => checkForm(ConcernHandBack, { reason: reason.trim() }, t);
  const { busy, error, fields, submit } = useFormSubmit(
    check,
    async (data, key) => {
      await handedConcernsApi.handBack(handed.handOff.id, data.reason, key);
      discard();
      await onDone();
    },
    onFailed,
  );
  return (
    <FormPanel
      title={t("prevention.handed.backTitle")}
      intro={t("prevention.handed.backIntro", { name: handed.handOff.byName })}
      submitLabel={t("prevention.handed.backSubmit")}
      busy={busy}
      onSubmit={submit}
      error={error}
    >
      <TextAreaField
        label={t("prevention.handed.reason")}
        name="reason"
        required
        maxLength={1000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={fields.reason}
      />
    </FormPanel>
  );
}

/**
 * A case opened from a concern handed to the worker: the pseudonym the team will know the person
 * by, and why the case was opened, prefilled with what was reported (it stays encrypted in the
 * case's history). The case is linked to the concern, and the concern to the case.
 */
export function HandedCaseForm({ handed, onFailed }: Omit<Done, "onDone"> & { handed: HandedConcern }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const c = handed.concern;
  const draft = `concern-case:${handed.handOff.id}`;
  const discard = useDiscardDraft(draft);
  const [pseudonym, setPseudonym] = useDraftField(draft, "pseudonym", "");
  const received = formatDateTime(c.receivedAt, i18n.language);
  const [why, setWhy] = useDraftField(
    draft,
    "why",
    `${t("prevention.concerns.caseWhy", { date: received })}\n${c.what}`.slice(0, 2000),
  );
  const [highRisk, setHighRisk] = useDraftField(draft, "highRisk", false);

  function check(): Checked<CaseCreate> {
    const person = checkForm(
      CaseCreate.shape.person,
      pseudonym.trim() ? { aliases: [pseudonym.trim()] } : {},
      t,
    );
    if (!person.ok || !pseudonym.trim())
      return {
        ok: false,
        fields: { pseudonym: person.ok ? t("validation.required") : Object.values(person.fields)[0]! },
      };
    return checkForm(CaseCreate, { person: person.data, why: why.trim() || undefined, highRisk }, t);
  }
  const { busy, error, fields, submit } = useFormSubmit(
    check,
    async (data, key) => {
      const out = await handedConcernsApi.openCase(handed.handOff.id, data, key);
      discard();
      navigate(`/cases/${out.caseId}`, { state: { created: out.caseCode } });
    },
    onFailed,
  );
  return (
    <FormPanel
      title={t("prevention.concerns.caseTitle")}
      intro={t("prevention.concerns.caseIntro")}
      submitLabel={t("prevention.concerns.caseSubmit")}
      busy={busy}
      onSubmit={submit}
      error={error}
    >
      <TextField
        label={t("cases.pseudonym")}
        hint={t("cases.pseudonymHint")}
        name="pseudonym"
        required
        autoComplete="off"
        maxLength={200}
        value={pseudonym}
        onChange={(e) => setPseudonym(e.target.value)}
        error={fields.pseudonym}
      />
      <TextAreaField
        label={t("prevention.concerns.caseWhyLabel")}
        name="why"
        maxLength={2000}
        value={why}
        onChange={(e) => setWhy(e.target.value)}
        error={fields.why}
      />
      <CheckboxField
        label={t("cases.highRiskLabel")}
        name="highRisk"
        checked={highRisk}
        onChange={(e) => setHighRisk(e.target.checked)}
      />
    </FormPanel>
  );
}
