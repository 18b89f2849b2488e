import { CasesQuery, dashboardQueryShape, maxPeriodYears } from "@ariadne/domain/stats/index.ts";
import type { TFunction } from "i18next";
import { type Checked, checkForm } from "../ui/index.ts";
import { numberRuleAt } from "../ui/validate.ts";

/** The years the dashboards accept, read from the API's own filter schema. */
export const yearBounds = (() => {
  const rule = numberRuleAt(CasesQuery, ["from"]);
  return { min: rule?.min ?? 1990, max: rule?.max ?? 2100 };
})();

export interface PeriodValues {
  from: string;
  to: string;
  form: string;
  sector: string;
}

/**
 * The filter checked with the API's own schema before anything is asked of it, so that a bad
 * period is said next to the year fields (which years are allowed, or what is wrong with the
 * period) instead of as five refused requests. The schema's period rules name no reason the user
 * could read, so the year fields get this page's own sentences.
 */
export function checkPeriodFilter(values: PeriodValues, t: TFunction): Checked<CasesQuery> {
  const checked = checkForm(
    CasesQuery,
    {
      from: values.from,
      to: values.to,
      form: values.form || undefined,
      sector: values.sector || undefined,
    },
    t,
  );
  if (checked.ok) return checked;
  const fields = { ...checked.fields };
  for (const year of ["from", "to"] as const) {
    if (!fields[year] || values[year].trim() === "") continue;
    const alone = dashboardQueryShape[year].safeParse(values[year]);
    fields[year] = !alone.success
      ? t("stats.yearRange", yearBounds)
      : year === "to"
        ? t("stats.periodOrder")
        : t("stats.periodTooLong", { years: maxPeriodYears });
  }
  return { ok: false, fields };
}
