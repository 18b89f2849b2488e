import type { HandedConcern } from "@ariadne/domain/prevention/index.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { formatDate, formatDateTime } from "../ui/format-date.ts";
import { Alert, errorText, Loading, Page, useLoad } from "../ui/index.ts";
import { HandBackForm, HandedCaseForm } from "./concern-hand-off-forms.tsx";
import { handedConcernsApi } from "./concerns-api.ts";

/**
 * The reports of concern a coordinator handed to this frontline worker (only theirs): open a case
 * from one, or hand it back with a reason. `/prevention/handed/:id` (the notification's link)
 * shows the one.
 */
export default function HandedConcernsPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [load, reload] = useLoad(
    async () => (id ? { items: [await handedConcernsApi.get(id)] } : handedConcernsApi.list()),
    `handed-concerns:${id ?? ""}`,
  );
  return (
    <Page title={t("prevention.handed.title")} intro={t("prevention.handed.intro")}>
      {id ? (
        <p>
          <Link to="/prevention/handed">{t("prevention.handed.all")}</Link>
        </p>
      ) : null}
      {load.status === "loading" && !load.data ? <Loading /> : null}
      {load.status === "failed" ? <Alert tone="error">{errorText(t, load.error)}</Alert> : null}
      {load.data && load.data.items.length === 0 ? <p>{t("prevention.handed.none")}</p> : null}
      {load.data?.items.map((h) => (
        <HandedPanel key={h.handOff.id} handed={h} onChanged={reload} />
      ))}
    </Page>
  );
}

function HandedPanel({ handed, onChanged }: { handed: HandedConcern; onChanged: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const { handOff: h, concern: c } = handed;
  const [making, setMaking] = useState<"case" | "back" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = `handed-${h.id}`;
  const onFailed = (e: unknown) => setError(errorText(t, e));
  return (
    <section className="panel concern" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t("prevention.concerns.received", { date: formatDateTime(c.receivedAt, i18n.language) })}{" "}
        <span className="badge">{t(`prevention.handed.status.${h.status}`)}</span>
      </h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p className="concern-what">{c.what}</p>
      <dl className="concern-facts">
        <dt>{t("prevention.concerns.where")}</dt>
        <dd>{c.where || t("prevention.concerns.notGiven")}</dd>
        <dt>{t("prevention.concerns.when")}</dt>
        <dd>{c.when ? formatDate(c.when, i18n.language) : t("prevention.concerns.notGiven")}</dd>
        <dt>{t("prevention.handed.from")}</dt>
        <dd>
          {t("prevention.handed.fromLine", {
            name: h.byName,
            date: formatDateTime(h.handedAt, i18n.language),
          })}
        </dd>
        {h.note ? (
          <>
            <dt>{t("prevention.handOff.note")}</dt>
            <dd>{h.note}</dd>
          </>
        ) : null}
        {h.reason ? (
          <>
            <dt>{t("prevention.handed.reason")}</dt>
            <dd>{h.reason}</dd>
          </>
        ) : null}
      </dl>
      {h.status === "case_opened" && h.caseId ? (
        <p>
          <Link to={`/cases/${h.caseId}`}>{t("prevention.concerns.open.case")}</Link>
        </p>
      ) : null}
      {h.status === "open" ? (
        <div className="button-row">
          <button
            type="button"
            className="button button-primary"
            aria-expanded={making === "case"}
            onClick={() => setMaking(making === "case" ? null : "case")}
          >
            {t("prevention.handed.openCase")}
          </button>
          <button
            type="button"
            className="button"
            aria-expanded={making === "back"}
            onClick={() => setMaking(making === "back" ? null : "back")}
          >
            {t("prevention.handed.handBack")}
          </button>
        </div>
      ) : null}
      {h.status === "open" && making === "case" ? (
        <HandedCaseForm handed={handed} onFailed={onFailed} />
      ) : null}
      {h.status === "open" && making === "back" ? (
        <HandBackForm
          handed={handed}
          onDone={async () => {
            setMaking(null);
            await onChanged();
          }}
          onFailed={onFailed}
        />
      ) : null}
    </section>
  );
}
