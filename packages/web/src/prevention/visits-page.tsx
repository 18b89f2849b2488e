import { peopleMetTotal } from "@ariadne/domain/prevention/index.ts";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { formatDate } from "../ui/format-date.ts";
import { Alert, errorText, Loading, Page, useLoad } from "../ui/index.ts";
import { outreachApi } from "./outreach-api.ts";
import { useSync } from "./prevention-page.tsx";
import { PrintMaterials } from "./print-materials.tsx";

/** Outreach visits: what waits on this device first, then the municipality's visits. */
export default function VisitsPage() {
  const { t, i18n } = useTranslation();
  const sync = useSync();
  const saved = (useLocation().state as { saved?: "sent" | "queued" } | null)?.saved;
  const [load] = useLoad(() => outreachApi.list(), `visits:${sync.last?.sent ?? 0}:${sync.online}`);
  const queuedIds = new Set(sync.queue.map((q) => q.id));
  const visits = (load.data?.items ?? []).filter((v) => !queuedIds.has(v.id));
  return (
    <Page title={t("prevention.visits.title")} intro={t("prevention.visits.intro")}>
      {saved ? (
        <Alert tone={saved === "sent" ? "success" : "info"}>
          {saved === "sent" ? t("prevention.visits.savedSent") : t("prevention.visits.savedQueued")}
        </Alert>
      ) : null}
      <p>
        <Link className="button button-primary" to="/prevention/visits/new">
          {t("prevention.visits.plan")}
        </Link>
      </p>
      {sync.queue.length > 0 ? (
        <section className="panel" aria-labelledby="queued-title">
          <h2 id="queued-title">{t("prevention.visits.onDevice")}</h2>
          <ul className="visit-list">
            {sync.queue.map((q) => (
              <li key={q.id}>
                <Link to={`/prevention/visits/${q.id}`}>{q.local.title}</Link>{" "}
                <span>{formatDate(q.local.plannedOn, i18n.language)}</span>{" "}
                {q.conflict ? (
                  <Link className="badge badge-warn" to={`/prevention/visits/${q.id}/conflict`}>
                    {t("prevention.visits.resolve")}
                  </Link>
                ) : q.refused ? (
                  <span className="badge badge-warn">{t("prevention.visits.refused")}</span>
                ) : (
                  <span className="badge">{t("prevention.visits.waiting")}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="panel" aria-labelledby="visits-title">
        <h2 id="visits-title">{t("prevention.visits.onServer")}</h2>
        {load.status === "loading" && !load.data ? <Loading /> : null}
        {load.status === "failed" ? (
          <Alert tone={sync.online ? "error" : "info"}>
            {sync.online ? errorText(t, load.error) : t("prevention.visits.offlineList")}
          </Alert>
        ) : null}
        {load.data && visits.length === 0 ? <p>{t("prevention.visits.none")}</p> : null}
        {visits.length > 0 ? (
          <ul className="visit-list">
            {visits.map((v) => (
              <li key={v.id}>
                <Link to={`/prevention/visits/${v.id}`}>{v.title}</Link>{" "}
                <span>{formatDate(v.visitedOn ?? v.plannedOn, i18n.language)}</span>{" "}
                <span className="badge">{t(`prevention.status.${v.status}`)}</span>{" "}
                {v.status === "done" ? (
                  <span>{t("prevention.visits.peopleMetCount", { count: peopleMetTotal(v) })}</span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      {sync.online ? <PrintMaterials /> : null}
    </Page>
  );
}
