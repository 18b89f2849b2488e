import { useTranslation } from "react-i18next";
import type { BodyProps } from "./case-props.ts";
import { casesApi } from "./cases-api.ts";

/** Right of access: everything held on the person, as JSON or as a PDF in their language. */
export function ExportPanel({ detail }: BodyProps) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel" aria-labelledby="case-export-title">
      <h2 id="case-export-title">{t("cases.exportTitle")}</h2>
      <p>{t("cases.exportIntro")}</p>
      <ul>
        <li>
          <a href={casesApi.exportHref(detail.personId, "json", i18n.language)} download>
            {t("cases.exportJson")}
          </a>
        </li>
        <li>
          <a href={casesApi.exportHref(detail.personId, "pdf", i18n.language)} download>
            {t("cases.exportPdf")}
          </a>
        </li>
      </ul>
    </section>
  );
}
