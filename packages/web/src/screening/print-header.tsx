import { useTranslation } from "react-i18next";
import type { Draft } from "./draft.ts";

/**
 * Shown only on paper: when, by whom, as of which date. It names a case only once the screening
 * is attached to one; an anonymous draft prints no identity details.
 */
export function PrintHeader({
  draft,
  asOf,
  by,
  printedOn,
  catalogueVersion,
}: {
  draft: Draft;
  asOf: string | null;
  by: string;
  printedOn: string;
  catalogueVersion: string;
}) {
  const { t } = useTranslation();
  return (
    <header className="screening-print-only screening-print-header">
      <p className="screening-print-title">{t("screening.printTitle")}</p>
      <ul>
        <li>{t("screening.printedOn", { date: printedOn })}</li>
        <li>{t("screening.printedBy", { name: by })}</li>
        {asOf ? <li>{t("screening.asOf", { date: asOf })}</li> : null}
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
