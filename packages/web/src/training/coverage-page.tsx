import { useState } from "react";
import { useTranslation } from "react-i18next";
import { hasAny, useMe } from "../auth/index.ts";
import { formatDate } from "../ui/format-date.ts";
import { Alert, errorText, Loading, Page, useLoad } from "../ui/index.ts";
import { trainingApi } from "./training-api.ts";

/** Coverage for coordinators: a chart of people trained per actor, the same numbers as tables beside it. */
export default function CoveragePage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [load, reload] = useLoad(() => trainingApi.coverage(), "coverage");
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  if (!load.data)
    return load.status === "failed" ? <Alert tone="error">{errorText(t, load.error)}</Alert> : <Loading />;
  const c = load.data;
  const date = (d: string | null) => (d ? formatDate(d, i18n.language) : "—");
  const max = Math.max(1, ...c.actors.map((a) => a.people));
  const rowH = 28;
  const labelW = 180;
  const barW = 200;
  async function addGaps() {
    try {
      const res = await trainingApi.gapsToPlan();
      setNotice({
        tone: "success",
        text:
          res.created.length > 0
            ? t("training.coverage.added", { count: res.created.length })
            : t("training.coverage.nothingAdded"),
      });
      await reload();
    } catch (e) {
      setNotice({ tone: "error", text: errorText(t, e) });
    }
  }
  return (
    <Page title={t("training.coverage.title")} intro={t("training.coverage.intro")}>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {hasAny(me, ["planning:manage"]) ? (
        <div className="button-row">
          <button type="button" className="button" onClick={() => void addGaps()}>
            {t("training.coverage.addGaps")}
          </button>
        </div>
      ) : null}
      <h2>{t("training.coverage.actors")}</h2>
      {c.actors.length === 0 ? (
        <p>{t("training.coverage.noActors")}</p>
      ) : (
        <figure>
          <svg
            className="coverage-chart"
            viewBox={`0 0 ${labelW + barW + 40} ${c.actors.length * rowH + 10}`}
            role="img"
            aria-label={t("training.coverage.chart")}
          >
            {c.actors.map((a, i) => {
              const current = (a.peopleCurrent / max) * barW;
              const due = ((a.people - a.peopleCurrent) / max) * barW;
              return (
                <g key={a.actorId} transform={`translate(0, ${i * rowH + 5})`}>
                  <text x={labelW - 6} y={rowH / 2 + 4} textAnchor="end" fontSize="12">
                    {a.title.length > 26 ? `${a.title.slice(0, 25)}…` : a.title}
                  </text>
                  <rect x={labelW} y={4} width={current} height={rowH - 10} fill="#1a7f37" />
                  <rect x={labelW + current} y={4} width={due} height={rowH - 10} fill="#b54708" />
                  <text x={labelW + current + due + 4} y={rowH / 2 + 4} fontSize="12">
                    {a.people}
                  </text>
                </g>
              );
            })}
          </svg>
          <figcaption>{t("training.coverage.chart")}</figcaption>
        </figure>
      )}
      {c.actors.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table" data-testid="coverage-actors">
            <caption>{t("training.coverage.actors")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("training.coverage.who")}</th>
                <th scope="col">{t("training.coverage.status")}</th>
                <th scope="col">{t("training.coverage.people")}</th>
                <th scope="col">{t("training.coverage.current")}</th>
                <th scope="col">{t("training.coverage.last")}</th>
                <th scope="col">{t("training.coverage.due")}</th>
              </tr>
            </thead>
            <tbody>
              {c.actors.map((a) => (
                <tr key={a.actorId}>
                  <th scope="row" data-label={t("training.coverage.who")}>
                    {a.title}
                  </th>
                  <td data-label={t("training.coverage.status")}>
                    {t(`training.coverage.statuses.${a.status}`)}
                  </td>
                  <td data-label={t("training.coverage.people")}>{a.people}</td>
                  <td data-label={t("training.coverage.current")}>{a.peopleCurrent}</td>
                  <td data-label={t("training.coverage.last")}>{date(a.lastTrainedOn)}</td>
                  <td data-label={t("training.coverage.due")}>{date(a.refresherDueOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <h2>{t("training.coverage.groupsTitle")}</h2>
      <div className="table-wrap">
        <table className="data-table" data-testid="coverage-groups">
          <caption>{t("training.coverage.groupsTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("training.coverage.group")}</th>
              <th scope="col">{t("training.coverage.status")}</th>
              <th scope="col">{t("training.coverage.people")}</th>
              <th scope="col">{t("training.coverage.current")}</th>
              <th scope="col">{t("training.coverage.last")}</th>
            </tr>
          </thead>
          <tbody>
            {c.groups.map((g) => (
              <tr key={g.group}>
                <th scope="row" data-label={t("training.coverage.group")}>
                  {t(`training.groups.${g.group}`)}
                </th>
                <td data-label={t("training.coverage.status")}>
                  {t(`training.coverage.statuses.${g.status}`)}
                </td>
                <td data-label={t("training.coverage.people")}>{g.people}</td>
                <td data-label={t("training.coverage.current")}>{g.peopleCurrent}</td>
                <td data-label={t("training.coverage.last")}>{date(g.lastTrainedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Page>
  );
}
