import { type Concern, Concern as ConcernSchema } from "@ariadne/domain/prevention/index.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { z } from "zod";
import { request } from "../api/client.ts";
import { formatDate, formatDateTime, localToday } from "../ui/format-date.ts";
import { Alert, errorText, Loading, Page, useLoad } from "../ui/index.ts";
import { TextAreaField } from "../ui/textarea-field.tsx";

const Inbox = z.object({ items: z.array(ConcernSchema) });
const concernsApi = {
  list: () => request("GET", "/api/v1/concerns", Inbox),
  contact: (id: string) =>
    request("GET", `/api/v1/concerns/${id}/contact`, z.object({ contact: z.string().nullable() })),
  answer: (id: string, body: unknown) => request("PATCH", `/api/v1/concerns/${id}`, ConcernSchema, body),
  toVisit: (id: string) =>
    request("POST", `/api/v1/concerns/${id}/outreach-visit`, z.object({ id: z.string() }), {
      plannedOn: localToday(),
    }),
};

/** The coordinators' inbox of reports of concern from the public page. */
export default function ConcernsPage() {
  const { t } = useTranslation();
  const [load, reload] = useLoad(() => concernsApi.list(), "concerns");
  return (
    <Page title={t("prevention.concerns.title")} intro={t("prevention.concerns.intro")}>
      {load.status === "loading" && !load.data ? <Loading /> : null}
      {load.status === "failed" ? <Alert tone="error">{errorText(t, load.error)}</Alert> : null}
      {load.data && load.data.items.length === 0 ? <p>{t("prevention.concerns.none")}</p> : null}
      {load.data?.items.map((c) => (
        <ConcernPanel key={c.id} concern={c} onChanged={reload} />
      ))}
    </Page>
  );
}

function ConcernPanel({ concern: c, onChanged }: { concern: Concern; onChanged: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [contact, setContact] = useState<string | null | undefined>(undefined);
  const [reply, setReply] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = `concern-${c.id}`;
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
    <section className="panel concern" aria-labelledby={headingId}>
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
            void act(() => concernsApi.answer(c.id, { version: c.version, reply }));
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
      {c.followUp?.kind === "outreach_visit" ? (
        <p>
          <Link to={`/prevention/visits/${c.followUp.id}`}>{t("prevention.concerns.openVisit")}</Link>
        </p>
      ) : !c.followUp ? (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void act(() => concernsApi.toVisit(c.id))}
          >
            {t("prevention.concerns.planVisit")}
          </button>
        </div>
      ) : (
        <p>{t(`prevention.concerns.followUp.${c.followUp.kind}`)}</p>
      )}
    </section>
  );
}
