import { cpvTitleIn } from "@ariadne/domain/procurement/index.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useDomainLocale } from "../i18n/use-domain-locale.ts";
import { Alert, errorText, Loading, Page, useLoad } from "../ui/index.ts";
import { ContractForm } from "./contract-form.tsx";
import { procurementApi } from "./procurement-api.ts";

/** The contracts register: each contract's risk and follow-up flags, the register reports, and the form to add one. */
export default function ContractsPage() {
  const { t, i18n } = useTranslation();
  const domainLocale = useDomainLocale();
  const [state] = useLoad(
    async () => ({
      list: await procurementApi.list(),
      reference: await procurementApi.reference(i18n.language),
    }),
    "register",
  );
  if (state.status === "failed") return <Alert tone="error">{errorText(t, state.error)}</Alert>;
  if (state.status === "loading" && !state.data) return <Loading />;
  const { list, reference } = state.data!;
  return (
    <Page title={t("procurement.title")} intro={t("procurement.intro")}>
      <section className="panel" aria-labelledby="register-title">
        <h2 id="register-title">{t("procurement.registerTitle")}</h2>
        <p className="button-row">
          <Link className="button" to="/procurement/rules">
            {t("procurement.ruleEditor.link")}
          </Link>
          <a className="button" href={procurementApi.registerReportUrl("pdf", i18n.language)}>
            {t("procurement.reportPdf")}
          </a>
          <a className="button" href={procurementApi.registerReportUrl("csv", i18n.language)} download>
            {t("procurement.reportCsv")}
          </a>
        </p>
        {list.items.length === 0 ? (
          <p>{t("procurement.empty")}</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("procurement.colTitle")}</th>
                  <th scope="col">{t("procurement.colSector")}</th>
                  <th scope="col">{t("procurement.colRisk")}</th>
                  <th scope="col">{t("procurement.colFollowUp")}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link to={`/procurement/${c.id}`}>{c.facts.title}</Link>
                    </td>
                    <td>
                      {c.cpvGroup} {cpvTitleIn(c.cpvGroup, domainLocale) ?? c.cpvTitle}
                    </td>
                    <td>{t(`procurement.levels.${c.screen.level}`)}</td>
                    <td>
                      {c.overdueActions > 0 ? (
                        <strong className="flag-overdue">
                          {t("procurement.overdueCount", { count: c.overdueActions })}
                        </strong>
                      ) : null}{" "}
                      {c.openFindings > 0
                        ? t("procurement.openFindingsCount", { count: c.openFindings })
                        : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {list.abilities.manage ? <ContractForm reference={reference} /> : null}
    </Page>
  );
}
