import { csvCell } from "../referral/index.ts";
import type { Series } from "./dashboards.ts";

/**
 * A chart's numbers as CSV, the same figures the chart and its table show: a hidden count is
 * written as the given mark (never as a number), so a spreadsheet cannot mistake it for zero.
 */
export function seriesCsv(
  header: readonly [string, string],
  series: Series,
  labelOf: (category: string) => string,
  marks: { hidden: string; total: string },
): string {
  const lines = [header.map(csvCell).join(",")];
  series.categories.forEach((c, i) => {
    const v = series.values[i] ?? null;
    lines.push([csvCell(labelOf(c)), csvCell(v === null ? marks.hidden : v)].join(","));
  });
  lines.push([csvCell(marks.total), csvCell(series.total === null ? marks.hidden : series.total)].join(","));
  return `${lines.join("\r\n")}\r\n`;
}
