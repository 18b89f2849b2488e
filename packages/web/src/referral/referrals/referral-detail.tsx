import { multiLineText } from "@ariadne/domain/common/index.ts";
import { ReferralReason, shareableFields } from "@ariadne/domain/referral/index.ts";
import type { TFunction } from "i18next";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { z } from "zod";
import { personValueText } from "../../ui/code-names.ts";
import { useFormErrors } from "../../ui/form-panel.tsx";
import { formatDateTime } from "../../ui/format-date.ts";
import { Alert, checkForm, errorText, Loading, Page, useLoad } from "../../ui/index.ts";
import { TextAreaField } from "../../ui/textarea-field.tsx";
import { type ReasonAction, type ReferralView, referralsApi, type StepAction } from "./referrals-api.ts";

const stepActions: StepAction[] = ["send", "accept", "start", "complete"];
const reasonActions: ReasonAction[] = ["decline", "end", "withdraw"];
/** What the API takes (`ReasonBody`, `MessageBody`), checked before sending to say at the field what is missing. */
const ReasonForm = z.strictObject({ reason: ReferralReason });
const MessageForm = z.strictObject({ body: multiLineText(4000).min(1) });

/** A shared value in words: lists joined, booleans as yes/no, absent as "not given". */
function valueText(t: TFunction, lang: string, field: string, value: unknown): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0))
    return t("referral.referrals.notGiven");
  if (typeof value === "boolean") return value ? t("referral.referrals.yes") : t("referral.referrals.no");
  if (field === "needs" && Array.isArray(value))
    return value.map((v) => t(`referral.services.types.${v}`)).join(", ");
  const words = personValueText(field, value, t, lang);
  if (words !== null) return words;
  return Array.isArray(value) ? value.join(", ") : String(value);
}

/** One line of the referral's facts: a term and its value. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function SharedFields({ r }: { r: ReferralView }) {
  const { t, i18n } = useTranslation();
  // Why a receiver no longer sees what was shared (the case team always does).
  const notice = r.consentWithdrawn
    ? "referral.referrals.consentWithdrawn"
    : r.party === "receiver" && !r.abilities.readShared
      ? "referral.referrals.sharedClosed"
      : null;
  const withdrawn = notice ? <Alert tone="info">{t(notice)}</Alert> : null;
  if (!r.shared) return withdrawn;
  const shared = r.shared as Record<string, unknown>;
  const present = shareableFields.filter((f) => f in shared);
  return (
    <section className="panel" aria-labelledby="shared-title">
      <h2 id="shared-title">{t("referral.referrals.sharedTitle")}</h2>
      <p>{t("referral.referrals.sharedIntro")}</p>
      {withdrawn}
      <dl className="shared-fields">
        {present.map((f) => (
          <div key={f}>
            <dt>{t(`referral.referrals.fields.${f}`)}</dt>
            <dd>{valueText(t, i18n.language, f, shared[f])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Actions({ r, onChanged }: { r: ReferralView; onChanged: (next: ReferralView) => void }) {
  const { t } = useTranslation();
  const [reasonFor, setReasonFor] = useState<ReasonAction | null>(null);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // An empty reason is said at its field, with focus there, as on other forms (the button stays enabled).
  const reasonCheck = () =>
    checkForm(ReasonForm, { reason }, t, {
      wording: { reason: reasonFor ? t(`referral.referrals.reasonRequired.${reasonFor}`) : "" },
    });
  const reasonErrors = useFormErrors(reasonCheck);
  const run = async (work: () => Promise<ReferralView>) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await work());
      setReasonFor(null);
      setReason("");
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const steps = stepActions.filter((a) => r.abilities[a]);
  const withReason = reasonActions.filter((a) => r.abilities[a]);
  if (steps.length === 0 && withReason.length === 0) return null;
  const submitReason = (e: FormEvent) => {
    e.preventDefault();
    if (!reasonFor || busy) return;
    const checked = reasonCheck();
    if (!checked.ok) return reasonErrors.showFields(checked.fields);
    reasonErrors.clear();
    void run(() => referralsApi.stepWithReason(r.id, reasonFor, r.version, checked.data.reason));
  };
  return (
    <section className="panel" aria-labelledby="actions-title">
      <h2 id="actions-title">{t("referral.referrals.actionsTitle")}</h2>
      {error ? (
        <Alert tone="error">
          {error instanceof Error && "code" in error && error.code === "consent_required" ? (
            <>
              {t("referral.referrals.consentRequired")}{" "}
              {/* Once the consent is on the case, Send goes through: the way there, not a dead end. */}
              {r.caseId ? (
                <Link to={`/cases/${r.caseId}`}>{t("referral.referrals.recordConsent")}</Link>
              ) : null}
            </>
          ) : error instanceof Error && "code" in error && error.code === "illegal_transition" ? (
            t("referral.referrals.illegal")
          ) : (
            errorText(t, error)
          )}
        </Alert>
      ) : null}
      <div className="button-row">
        {steps.map((a) => (
          <button
            key={a}
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void run(() => referralsApi.step(r.id, a, r.version))}
          >
            {t(`referral.referrals.actions.${a}`)}
          </button>
        ))}
        {withReason.map((a) => (
          <button
            key={a}
            type="button"
            className="button"
            aria-expanded={reasonFor === a}
            disabled={busy}
            onClick={() => {
              reasonErrors.clear();
              setReasonFor(reasonFor === a ? null : a);
            }}
          >
            {t(`referral.referrals.actions.${a}`)}
          </button>
        ))}
      </div>
      {reasonFor ? (
        <form className="form" noValidate onSubmit={submitReason}>
          <TextAreaField
            label={t("referral.referrals.reasonLabel")}
            value={reason}
            required
            maxLength={1000}
            error={reasonErrors.fields.reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t(`referral.referrals.actions.${reasonFor}`)}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

function Messages({ r, onChanged }: { r: ReferralView; onChanged: (next: ReferralView) => void }) {
  const { t, i18n } = useTranslation();
  const [body, setBody] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // An empty message is said at its field, with focus there (the button stays enabled).
  const check = () =>
    checkForm(MessageForm, { body }, t, { wording: { body: t("referral.referrals.messageRequired") } });
  const bodyErrors = useFormErrors(check);
  if (!r.abilities.message && r.messages.length === 0) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const checked = check();
    if (!checked.ok) return bodyErrors.showFields(checked.fields);
    bodyErrors.clear();
    setBusy(true);
    setError(null);
    try {
      onChanged(await referralsApi.message(r.id, checked.data.body));
      setBody("");
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="messages-title">
      <h2 id="messages-title">{t("referral.referrals.messagesTitle")}</h2>
      {r.messages.length === 0 ? <p>{t("referral.referrals.noMessages")}</p> : null}
      <ul className="referral-messages">
        {r.messages.map((m) => (
          <li key={m.id} className={m.mine ? "mine" : undefined}>
            <p className="muted">
              {m.authorName ?? "—"}, {formatDateTime(m.createdAt, i18n.language)}
            </p>
            <p>{m.body}</p>
          </li>
        ))}
      </ul>
      {error ? <Alert tone="error">{errorText(t, error)}</Alert> : null}
      {r.abilities.message ? (
        <form className="form" noValidate onSubmit={(e) => void submit(e)}>
          <TextAreaField
            label={t("referral.referrals.messageLabel")}
            value={body}
            maxLength={4000}
            required
            error={bodyErrors.fields.body}
            onChange={(e) => setBody(e.target.value)}
          />
          <div className="button-row">
            <button type="submit" className="button" disabled={busy}>
              {t("referral.referrals.sendMessage")}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

/** One referral, as the actor's side sees it: the receiver only what was shared. */
export function ReferralDetail() {
  const { t, i18n } = useTranslation();
  const { id = "" } = useParams();
  const [state] = useLoad(
    async () => ({ referral: await referralsApi.get(id), organisations: await referralsApi.organisations() }),
    id,
  );
  const [current, setCurrent] = useState<ReferralView | null>(null);
  if (state.status === "failed") return <Alert tone="error">{errorText(t, state.error)}</Alert>;
  if (!state.data) return <Loading />;
  const r = current && current.id === id ? current : state.data.referral;
  const orgName = (oid: string) => state.data?.organisations.find((o) => o.id === oid)?.name ?? "—";
  const when = (iso: string | null) => formatDateTime(iso, i18n.language);
  return (
    <Page title={t("referral.referrals.detailTitle", { reference: r.reference })}>
      <p>
        <Link to="/referrals/inbox">{t("referral.referrals.backToList")}</Link>
      </p>
      <dl className="referral-facts">
        <Fact label={t("referral.referrals.status")}>
          <span className="badge" data-testid="referral-status">
            {t(`referral.referrals.statuses.${r.status}`)}
          </span>
          {r.overdue ? <span className="badge badge-warn">{t("referral.referrals.overdue")}</span> : null}
        </Fact>
        <Fact label={t("referral.referrals.from")}>{orgName(r.sendingOrganisationId)}</Fact>
        <Fact label={t("referral.referrals.to")}>{orgName(r.receivingOrganisationId)}</Fact>
        <Fact label={t("referral.referrals.serviceLabel")}>
          {r.serviceName
            ? t("referral.referrals.serviceOf", {
                service: r.serviceName,
                organisation: orgName(r.receivingOrganisationId),
              })
            : t("referral.referrals.noService")}
        </Fact>
        <Fact label={t("referral.referrals.stage")}>{t(`referral.scheme.stages.${r.stage}`)}</Fact>
        <Fact label={t("referral.referrals.sentAt")}>{when(r.sentAt)}</Fact>
        <Fact label={t("referral.referrals.dueAt")}>{when(r.dueAt)}</Fact>
        {r.ground ? (
          <Fact label={t("referral.referrals.groundLegend")}>
            {r.ground === "consent"
              ? t("referral.referrals.groundConsent")
              : t(`referral.referrals.legalBases.${r.legalBasis}`)}
          </Fact>
        ) : null}
        {r.reason ? <Fact label={t("referral.referrals.reason")}>{r.reason}</Fact> : null}
        {r.party === "sender" && r.caseId ? (
          <Fact label={t("referral.referrals.case")}>
            <Link to={`/cases/${r.caseId}`}>{t("referral.referrals.openCase")}</Link>
          </Fact>
        ) : null}
      </dl>
      {r.party === "sender" && r.status === "draft" ? (
        <p>
          {t("referral.referrals.draftFields", {
            fields: r.sharedFields.map((f) => t(`referral.referrals.fields.${f}`)).join(", "),
          })}
        </p>
      ) : null}
      {r.party === "coordinator" ? <p>{t("referral.referrals.coordinatorView")}</p> : null}
      <Actions r={r} onChanged={setCurrent} />
      <SharedFields r={r} />
      <Messages r={r} onChanged={setCurrent} />
    </Page>
  );
}
