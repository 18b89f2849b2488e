import type { Concern, ConcernAbilities, HandOffRecipient } from "@ariadne/domain/prevention/index.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useDiscardDraft, useDraftField } from "../drafts/use-draft.ts";
import { formatDate, formatDateTime } from "../ui/format-date.ts";
import { Alert, errorText, Loading, Page, useLoad } from "../ui/index.ts";
import { TextAreaField } from "../ui/textarea-field.tsx";
import { useHashTarget } from "../ui/use-hash-target.ts";
import { ConcernMapForm } from "./concern-follow-up-forms.tsx";
import { HandOffForm } from "./concern-hand-off-forms.tsx";
import { concernsApi } from "./concerns-api.ts";

/** The coordinators' inbox of reports of concern from the public page. */
export default function ConcernsPage() {
  const { t } = useTranslation();
  const [load, reload] = useLoad(() => concernsApi.list(), "concerns");
  // A notice or a case links to one concern (#concern-<id>): shown and focused once the list is in.
  useHashTarget(Boolean(load.data));
  return (
    <Page title={t("prevention.concerns.title")} intro={t("prevention.concerns.intro")}>
      {load.status === "loading" && !load.data ? <Loading /> : null}
      {load.status === "failed" ? <Alert tone="error">{errorText(t, load.error)}</Alert> : null}
      {load.data && load.data.items.length === 0 ? <p>{t("prevention.concerns.none")}</p> : null}
      {load.data?.items.map((c) => (
        <ConcernPanel
          key={c.id}
          concern={c}
          abilities={load.data!.abilities}
          recipients={load.data!.handOffRecipients}
          onChanged={reload}
        />
      ))}
    </Page>
  );
}

function ConcernPanel({
  concern: c,
  abilities,
  recipients,
  onChanged,
}: {
  concern: Concern;
  abilities: ConcernAbilities;
  recipients: readonly HandOffRecipient[];
  onChanged: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const [contact, setContact] = useState<string | null | undefined>(undefined);
  // The reply stays on the device (encrypted) until sent: an ended session loses nothing.
  const replyDraft = `concern-reply:${c.id}`;
  const discardReply = useDiscardDraft(replyDraft);
  const [reply, setReply] = useDraftField(replyDraft, "reply", "");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Which follow-up form is open under the concern, if any.
  const [making, setMaking] = useState<"map" | "handOff" | null>(null);
  const handedNow = c.handOff?.status === "open";
  const headingId = `concern-${c.id}-title`;
  const act = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      await onChanged();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel concern" id={`concern-${c.id}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t("prevention.concerns.received", { date: formatDateTime(c.receivedAt, i18n.language) })}{" "}
        <span className="badge">{t(`prevention.concerns.status.${c.status}`)}</span>
      </h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p className="concern-what">{c.what}</p>
      <dl className="concern-facts">
        <dt>{t("prevention.concerns.where")}</dt>
        <dd>{c.where || t("prevention.concerns.notGiven")}</dd>
        <dt>{t("prevention.concerns.when")}</dt>
        <dd>{c.when ? formatDate(c.when, i18n.language) : t("prevention.concerns.notGiven")}</dd>
        <dt>{t("prevention.concerns.contact")}</dt>
        <dd>
          {!c.hasContact ? (
            t("prevention.concerns.anonymous")
          ) : contact === undefined ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                void concernsApi.contact(c.id).then(
                  (r) => setContact(r.contact),
                  (e) => setError(errorText(t, e)),
                )
              }
            >
              {t("prevention.concerns.showContact")}
            </button>
          ) : (
            contact
          )}
        </dd>
      </dl>
      {c.reply ? (
        <p>
          <strong>{t("prevention.concerns.yourReply")}</strong> {c.reply}
        </p>
      ) : (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!reply.trim()) {
              setError(t("validation.required"));
              return;
            }
            void act(async () => {
              await concernsApi.answer(c.id, { version: c.version, reply });
              discardReply();
            });
          }}
        >
          <TextAreaField
            label={t("prevention.concerns.reply")}
            hint={t("prevention.concerns.replyHint")}
            name="reply"
            value={reply}
            onChange={(e) => setReply(e.target.value)}
          />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t("prevention.concerns.sendReply")}
            </button>
          </div>
        </form>
      )}
      {c.handOff ? <HandOffLine handOff={c.handOff} /> : null}
      {c.followUp ? (
        <FollowUpLink followUp={c.followUp} />
      ) : handedNow ? null : (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void act(() => concernsApi.toVisit(c.id))}
          >
            {t("prevention.concerns.planVisit")}
          </button>
          {abilities.addToMap ? (
            <button
              type="button"
              className="button"
              aria-expanded={making === "map"}
              onClick={() => setMaking(making === "map" ? null : "map")}
            >
              {t("prevention.concerns.addToMap")}
            </button>
          ) : null}
          {abilities.handOff ? (
            <button
              type="button"
              className="button"
              aria-expanded={making === "handOff"}
              onClick={() => setMaking(making === "handOff" ? null : "handOff")}
            >
              {t("prevention.handOff.open")}
            </button>
          ) : null}
        </div>
      )}
      {!c.followUp && making === "map" ? (
        <ConcernMapForm concern={c} onDone={onChanged} onFailed={(e) => setError(errorText(t, e))} />
      ) : null}
      {!c.followUp && !handedNow && making === "handOff" ? (
        <HandOffForm
          concern={c}
          recipients={recipients}
          onDone={async () => {
            setMaking(null);
            await onChanged();
          }}
          onFailed={(e) => setError(errorText(t, e))}
        />
      ) : null}
    </section>
  );
}

/** Who the concern was handed to, and how it stands: open, a case opened, or handed back and why. */
function HandOffLine({ handOff: h }: { handOff: NonNullable<Concern["handOff"]> }) {
  const { t, i18n } = useTranslation();
  const date = formatDateTime(h.closedAt ?? h.handedAt, i18n.language);
  return (
    <div className="concern-hand-off">
      <p>{t(`prevention.handOff.state.${h.status}`, { name: h.toName, date })}</p>
      {h.status === "handed_back" && h.reason ? (
        <p>
          <strong>{t("prevention.handed.reason")}:</strong> {h.reason}
        </p>
      ) : null}
      {h.status === "open" && h.note ? (
        <p>
          <strong>{t("prevention.handOff.note")}:</strong> {h.note}
        </p>
      ) : null}
    </div>
  );
}

/** Where the concern went: the visit, the map entry or the case it became. */
function FollowUpLink({ followUp }: { followUp: NonNullable<Concern["followUp"]> }) {
  const { t } = useTranslation();
  // A case's id comes only to a reader of the case: the coordinator learns that one was opened.
  if (followUp.id === null) return <p>{t(`prevention.concerns.followUp.${followUp.kind}`)}</p>;
  const to =
    followUp.kind === "outreach_visit"
      ? `/prevention/visits/${followUp.id}`
      : followUp.kind === "case"
        ? `/cases/${followUp.id}`
        : "/local-map";
  return (
    <p>
      {t(`prevention.concerns.followUp.${followUp.kind}`)}{" "}
      <Link to={to}>{t(`prevention.concerns.open.${followUp.kind}`)}</Link>
    </p>
  );
}
