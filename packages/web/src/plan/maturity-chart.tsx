import { type Chapter, chapters, maturityLevels } from "@ariadne/domain/planning/index.ts";
import { useTranslation } from "react-i18next";
import "./plan.css";
import { formatDate } from "../ui/format-date.ts";
import type { AssessmentHistory } from "./plan-api.ts";

const width = 520;
const height = 260;
const pad = { left: 130, right: 24, top: 16, bottom: 40 };
const plotW = width - pad.left - pad.right;
const plotH = height - pad.top - pad.bottom;

/** One colour and one marker shape per chapter, so the lines are told apart without colour too. */
const styles: Record<Chapter, { colour: string; dash: string }> = {
  mapping: { colour: "#1d4ed8", dash: "" },
  identification: { colour: "#b45309", dash: "6 3" },
  referral_and_assistance: { colour: "#047857", dash: "2 3" },
  prevention: { colour: "#7e22ce", dash: "10 4 2 4" },
  cooperation: { colour: "#be123c", dash: "1 0" },
};

/**
 * Maturity per chapter over time as an SVG line chart (lazy-loaded), with the same figures in a
 * table beside it for screen readers and for reading exact values.
 */
export default function MaturityChart({ history }: { history: AssessmentHistory }) {
  const { t, i18n } = useTranslation();
  const dates = history.items.map((a, i) => ({ id: a.id, date: a.assessedOn, i }));
  const x = (i: number) => pad.left + (dates.length <= 1 ? plotW / 2 : (i * plotW) / (dates.length - 1));
  const y = (level: number) => pad.top + plotH - (level * plotH) / (maturityLevels.length - 1);

  return (
    <figure className="maturity-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="maturity-chart-title"
        aria-describedby="maturity-chart-desc"
      >
        <title id="maturity-chart-title">{t("plan.chartTitle")}</title>
        <desc id="maturity-chart-desc">{t("plan.chartDescription")}</desc>
        {maturityLevels.map((level, i) => (
          <g key={level}>
            <line x1={pad.left} x2={width - pad.right} y1={y(i)} y2={y(i)} stroke="#d1d5db" />
            <text x={pad.left - 8} y={y(i) + 4} textAnchor="end" fontSize="14" fill="#374151">
              {t(`plan.levels.${level}`)}
            </text>
          </g>
        ))}
        {dates.map((d) => (
          <text
            key={d.id}
            x={x(d.i)}
            y={height - pad.bottom + 18}
            textAnchor="middle"
            fontSize="14"
            fill="#374151"
          >
            {formatDate(d.date, i18n.language)}
          </text>
        ))}
        {history.series.map(({ chapter, points }) => {
          const s = styles[chapter];
          const marks = points.map((p, i) => ({
            key: dates[i]?.id ?? p.assessedOn,
            cx: x(i),
            cy: y(p.levelIndex),
          }));
          const coords = marks.map((m) => `${m.cx},${m.cy}`).join(" ");
          return (
            <g key={chapter} data-chapter={chapter}>
              <polyline
                points={coords}
                fill="none"
                stroke={s.colour}
                strokeWidth="2.5"
                strokeDasharray={s.dash}
              />
              {marks.map((m) => (
                <circle key={m.key} cx={m.cx} cy={m.cy} r="4" fill={s.colour} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {chapters.map((c) => (
            <li key={c}>
              <svg width="32" height="10" aria-hidden="true" focusable="false">
                <line
                  x1="0"
                  x2="32"
                  y1="5"
                  y2="5"
                  stroke={styles[c].colour}
                  strokeWidth="3"
                  strokeDasharray={styles[c].dash}
                />
              </svg>{" "}
              {t(`plan.chapters.${c}`)}
            </li>
          ))}
        </ul>
      </figcaption>
      <div className="table-wrap">
        <table className="data-table" data-testid="maturity-table">
          <caption>{t("plan.chartTableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("plan.assessedOn")}</th>
              {chapters.map((c) => (
                <th key={c} scope="col">
                  {t(`plan.chapters.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {history.items.map((a) => (
              <tr key={a.id}>
                <th scope="row" data-label={t("plan.assessedOn")}>
                  {formatDate(a.assessedOn, i18n.language)}
                </th>
                {chapters.map((c) => {
                  const m = a.maturity.find((x) => x.chapter === c);
                  return (
                    <td key={c} data-label={t(`plan.chapters.${c}`)}>
                      {m ? `${t(`plan.levels.${m.level}`)} (${Math.round(m.ratio * 100)} %)` : "—"}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
