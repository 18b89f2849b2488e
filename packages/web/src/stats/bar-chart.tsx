import { type Series, seriesCsv } from "@ariadne/domain/stats/index.ts";
import { useId } from "react";
import { useTranslation } from "react-i18next";

const width = 560;
const rowH = 26;
const labelW = 190;
const valueW = 90;

/** Saves text as a file through the browser's own download. */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * One dashboard chart: horizontal bars as SVG, the same numbers in a table for screen readers and
 * exact reading, and the table as CSV. A count hidden by disclosure control is drawn as an empty,
 * hatched bar and written as "hidden" — never as a zero.
 */
export function BarChart({
  title,
  dimension,
  series,
  labelOf,
  file,
  valueHeader,
  totalLabel,
}: {
  title: string;
  dimension: string;
  series: Series;
  labelOf: (category: string) => string;
  file: string;
  /** The value column's header; "Count" unless the values are something else (a percentage). */
  valueHeader?: string;
  /** The last row's header; "Total" unless the last value is not a sum (an overall mean). */
  totalLabel?: string;
}) {
  const { t } = useTranslation();
  const valueName = valueHeader ?? t("stats.count");
  const id = useId();
  const max = Math.max(1, ...series.values.map((v) => v ?? 0));
  const plotW = width - labelW - valueW;
  const height = series.categories.length * rowH + 8;
  const hiddenText = t("stats.hidden");
  const csv = () =>
    seriesCsv([dimension, valueName], series, labelOf, {
      hidden: hiddenText,
      total: totalLabel ?? t("stats.total"),
    });
  return (
    <section className="stats-chart" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`} focusable="false">
        <title>{title}</title>
        <desc>{t("stats.chartDescription")}</desc>
        <defs>
          <pattern
            id={`${id}-hatch`}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="6" stroke="#6b7280" strokeWidth="2" />
          </pattern>
        </defs>
        {series.categories.map((c, i) => {
          const v = series.values[i] ?? null;
          const y = 4 + i * rowH;
          const w = v === null ? plotW * 0.15 : (v / max) * plotW;
          return (
            <g key={c} data-category={c}>
              <text x={labelW - 8} y={y + 17} textAnchor="end" fontSize="14" fill="#374151">
                {labelOf(c)}
              </text>
              <rect
                x={labelW}
                y={y + 3}
                width={Math.max(w, v === 0 ? 0 : 2)}
                height={rowH - 8}
                fill={v === null ? `url(#${id}-hatch)` : "#1d4ed8"}
                stroke={v === null ? "#6b7280" : "none"}
              />
              <text x={labelW + Math.max(w, 2) + 6} y={y + 17} fontSize="14" fill="#111827">
                {v === null ? hiddenText : v}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="table-wrap">
        <table className="data-table">
          <caption>{t("stats.tableCaption", { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{dimension}</th>
              <th scope="col">{valueName}</th>
            </tr>
          </thead>
          <tbody>
            {series.categories.map((c, i) => {
              const v = series.values[i] ?? null;
              return (
                <tr key={c}>
                  <th scope="row" data-label={dimension}>
                    {labelOf(c)}
                  </th>
                  <td data-label={valueName} data-suppressed={v === null ? "true" : undefined}>
                    {v === null ? hiddenText : v}
                  </td>
                </tr>
              );
            })}
            <tr>
              <th scope="row" data-label={dimension}>
                {totalLabel ?? t("stats.total")}
              </th>
              <td data-label={valueName} data-suppressed={series.total === null ? "true" : undefined}>
                {series.total === null ? hiddenText : series.total}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <button type="button" className="button" onClick={() => download(file, csv())}>
        {t("stats.downloadCsv", { title })}
      </button>
    </section>
  );
}
