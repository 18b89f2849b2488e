import type { Organisation } from "@ariadne/domain/admin/index.ts";
import { MeetingDetails, MemberDetails, type Partnership } from "@ariadne/domain/planning/index.ts";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "../api/client.ts";
import { localToday } from "../ui/format-date.ts";
import { Alert, errorText, SelectField, TextField } from "../ui/index.ts";
import { planApi } from "./plan-api.ts";

/** The field a register issue belongs to (`body.details.contactPoint.email` → `email`). */
function fieldsOf(issues: { path: string }[], t: (k: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) {
    const parts = i.path
      .replace(/^body\.?/, "")
      .replace(/^details\.?/, "")
      .split(".");
    const key = parts[0] === "contactPoint" || parts[0] === "agreement" ? (parts[1] ?? parts[0]) : parts[0];
    if (key) out[key] ??= t("validation.invalid");
  }
  return out;
}

type Member = Extract<Partnership["details"], { kind: "member" }>;

/**
 * Adds an organisation to the network with its contact point and cooperation agreement, or,
 * given an `existing` member, changes them (optimistic locking: a stale version answers 409).
 */
export function MemberForm(props: {
  organisations: Organisation[];
  agreementKinds: readonly string[];
  existing?: { id: string; version: number; details: Member; name: string };
  onSaved(name: string): Promise<void>;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const was = props.existing?.details;
  const [organisationId, setOrganisationId] = useState(was?.organisationId ?? "");
  const [name, setName] = useState(was?.contactPoint?.name ?? "");
  const [email, setEmail] = useState(was?.contactPoint?.email ?? "");
  const [phone, setPhone] = useState(was?.contactPoint?.phone ?? "");
  const [role, setRole] = useState(was?.roleInNetwork ?? "");
  const [agreement, setAgreement] = useState<string>(was?.agreement.kind ?? "none");
  const [signedOn, setSignedOn] = useState(was?.agreement.signedOn ?? "");
  const [expiresOn, setExpiresOn] = useState(was?.agreement.expiresOn ?? "");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const details = {
      kind: "member",
      organisationId,
      contactPoint: name.trim()
        ? {
            name: name.trim(),
            ...(email.trim() ? { email: email.trim() } : {}),
            ...(phone.trim() ? { phone: phone.trim() } : {}),
          }
        : null,
      roleInNetwork: role,
      agreement: {
        kind: agreement,
        ...(signedOn ? { signedOn } : {}),
        ...(expiresOn ? { expiresOn } : {}),
      },
    };
    const checked = MemberDetails.safeParse(details);
    if (!checked.success) {
      const f = fieldsOf(
        checked.error.issues.map((i) => ({ path: i.path.join(".") })),
        t,
      );
      if (!organisationId) f.organisationId = t("validation.required");
      setFields(f);
      setError(t("common.fixErrors"));
      return;
    }
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const orgName = props.organisations.find((o) => o.id === organisationId)?.name ?? organisationId;
      if (props.existing) {
        const reference = props.existing.details.agreement.reference;
        await planApi.updatePartnership(props.existing.id, {
          version: props.existing.version,
          details: { ...details, agreement: { ...details.agreement, ...(reference ? { reference } : {}) } },
        });
      } else {
        await planApi.createPartnership({ details });
        setName("");
        setEmail("");
        setPhone("");
        setRole("");
      }
      await props.onSaved(orgName);
    } catch (e) {
      const f = e instanceof ApiFailure ? fieldsOf(e.issues, t) : {};
      setFields(f);
      setError(Object.keys(f).length ? t("common.fixErrors") : errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      {props.existing ? (
        <h3 id={headingId}>{t("plan.editMemberTitle", { title: props.existing.name })}</h3>
      ) : (
        <h2 id={headingId}>{t("plan.addMemberTitle")}</h2>
      )}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form onSubmit={submit} noValidate className="form form-inline">
        <SelectField
          label={t("plan.organisation")}
          name="organisationId"
          value={organisationId}
          onChange={(e) => setOrganisationId(e.target.value)}
          error={fields.organisationId}
        >
          <option value="">{t("plan.chooseOrganisation")}</option>
          {props.organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("plan.roleInNetwork")}
          name="roleInNetwork"
          maxLength={500}
          value={role}
          onChange={(e) => setRole(e.target.value)}
          error={fields.roleInNetwork}
        />
        <TextField
          label={t("plan.contactName")}
          name="contactName"
          maxLength={200}
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fields.name}
        />
        <TextField
          label={t("plan.contactEmail")}
          name="contactEmail"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fields.email}
        />
        <TextField
          label={t("plan.contactPhone")}
          name="contactPhone"
          type="tel"
          autoComplete="off"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          error={fields.phone}
        />
        <SelectField
          label={t("plan.agreement")}
          name="agreement"
          value={agreement}
          onChange={(e) => setAgreement(e.target.value)}
          error={fields.kind}
        >
          {props.agreementKinds.map((k) => (
            <option key={k} value={k}>
              {t(`plan.agreementKinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("plan.signedOn")}
          name="signedOn"
          type="date"
          value={signedOn}
          onChange={(e) => setSignedOn(e.target.value)}
          error={fields.signedOn}
        />
        <TextField
          label={t("plan.expiresOn")}
          name="expiresOn"
          type="date"
          value={expiresOn}
          onChange={(e) => setExpiresOn(e.target.value)}
          error={fields.expiresOn}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {props.existing ? t("plan.saveMember") : t("plan.addMemberSubmit")}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Records a network meeting: when, who took part, and the decisions taken. */
export function MeetingForm(props: { organisations: Organisation[]; onSaved(title: string): Promise<void> }) {
  const { t } = useTranslation();
  const id = useId();
  const [heldOn, setHeldOn] = useState(localToday());
  const [title, setTitle] = useState("");
  const [participants, setParticipants] = useState<string[]>([]);
  const [decisions, setDecisions] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const details = {
      kind: "meeting",
      heldOn,
      title: title.trim(),
      participantOrganisationIds: participants,
      decisions: decisions
        .split("\n")
        .map((d) => d.trim())
        .filter(Boolean),
    };
    const checked = MeetingDetails.safeParse(details);
    if (!checked.success) {
      setFields(
        fieldsOf(
          checked.error.issues.map((i) => ({ path: i.path.join(".") })),
          t,
        ),
      );
      setError(t("common.fixErrors"));
      return;
    }
    setBusy(true);
    setError(null);
    setFields({});
    try {
      await planApi.createPartnership({ details });
      setTitle("");
      setParticipants([]);
      setDecisions("");
      await props.onSaved(details.title);
    } catch (e) {
      const f = e instanceof ApiFailure ? fieldsOf(e.issues, t) : {};
      setFields(f);
      setError(Object.keys(f).length ? t("common.fixErrors") : errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="meeting-create-title">
      <h2 id="meeting-create-title">{t("plan.addMeetingTitle")}</h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form onSubmit={submit} noValidate className="form">
        <TextField
          label={t("plan.heldOn")}
          name="heldOn"
          type="date"
          value={heldOn}
          onChange={(e) => setHeldOn(e.target.value)}
          error={fields.heldOn}
        />
        <TextField
          label={t("plan.meetingTitle")}
          name="meetingTitle"
          required
          maxLength={300}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={fields.title}
        />
        {props.organisations.length > 0 ? (
          <fieldset className="participants">
            <legend>{t("plan.participants")}</legend>
            {props.organisations.map((o) => (
              <div key={o.id} className="field field-check">
                <input
                  type="checkbox"
                  id={`${id}-${o.id}`}
                  checked={participants.includes(o.id)}
                  onChange={(e) =>
                    setParticipants(
                      e.target.checked ? [...participants, o.id] : participants.filter((p) => p !== o.id),
                    )
                  }
                />
                <label htmlFor={`${id}-${o.id}`}>{o.name}</label>
              </div>
            ))}
          </fieldset>
        ) : null}
        <div className={fields.decisions ? "field field-invalid" : "field"}>
          <label htmlFor={`${id}-decisions`}>{t("plan.decisions")}</label>
          <p className="field-hint" id={`${id}-decisions-hint`}>
            {t("plan.decisionsHint")}
          </p>
          <textarea
            id={`${id}-decisions`}
            className="decisions-input"
            value={decisions}
            aria-describedby={`${id}-decisions-hint`}
            aria-invalid={fields.decisions ? true : undefined}
            onChange={(e) => setDecisions(e.target.value)}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t("plan.addMeetingSubmit")}
          </button>
        </div>
      </form>
    </section>
  );
}
