import { useTranslation } from "react-i18next";
import { formatLongDate } from "../ui/format-date.ts";
import type { Draft } from "./draft.ts";

/**
 * Shown only on paper: when, by whom, as of which date. It names a case only once the screening
 * is attached to one; an anonymous draft prints no identity details.
 */
export function PrintHeader({
  draft,
  asOf,
  by,
  catalogueVersion,
}: {
  draft: Draft;
  asOf: string | null;
  by: string;
  catalogueVersion: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <header className="screening-print-only screening-print-header">
      <p className="screening-print-title">{t("screening.printTitle")}</p>
      <ul>
        <li>{t("screening.printedOn", { date: formatLongDate(new Date(), i18n.language) })}</li>
        <li>{t("screening.printedBy", { name: by })}</li>
        {asOf ? <li>{t("screening.asOf", { date: formatLongDate(asOf, i18n.language) })}</li> : null}
        <li>
          {draft.savedTo
            ? t("screening.printCase", { code: draft.savedTo.caseCode })
            : t("screening.printAnonymous")}
        </li>
        <li>{t("screening.catalogue", { version: catalogueVersion })}</li>
      </ul>
    </header>
  );
}
