import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Alert, errorText, Loading, Page, useLoad } from "../ui/index.ts";
import { casesApi, formatDate } from "./cases-api.ts";

/** The coordinator's list of emergency accesses not yet reviewed, each with its reason. */
export function BreakGlassReviewPage() {
  const { t, i18n } = useTranslation();
  const [list, reload] = useLoad(async () => {
    const [accesses, staff] = await Promise.all([casesApi.breakGlassAccesses(), casesApi.staff()]);
    const names = new Map(staff.items.map((u) => [u.id, u.displayName]));
    return { items: accesses.items.map((a) => ({ ...a, who: names.get(a.userId) ?? a.userId })) };
  }, "break-glass");
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function review(caseId: string, accessId: string) {
    setBusy(accessId);
    try {
      await casesApi.reviewBreakGlass(caseId, accessId);
      setNotice({ tone: "success", text: t("cases.reviewDone") });
    } catch (e) {
      setNotice({ tone: "error", text: errorText(t, e) });
    }
    setBusy(null);
    await reload();
  }

  const items = list.data?.items ?? [];
  return (
    <Page title={t("cases.reviewTitle")} intro={t("cases.reviewIntro")}>
      <p>
        <Link to="/cases">{t("cases.back")}</Link>
      </p>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {list.status === "failed" ? <Alert tone="error">{errorText(t, list.error)}</Alert> : null}
      {list.status === "loading" && !list.data ? <Loading /> : null}
      {list.data && items.length === 0 ? <p>{t("cases.reviewEmpty")}</p> : null}
      {items.length ? (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t("cases.reviewTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("cases.reviewWhen")}</th>
                <th scope="col">{t("cases.reviewCase")}</th>
                <th scope="col">{t("cases.reviewWho")}</th>
                <th scope="col">{t("cases.breakGlassReason")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <th scope="row" data-label={t("cases.reviewWhen")}>
                    {formatDate(a.at, i18n.language)}
                  </th>
                  <td data-label={t("cases.reviewCase")}>
                    <Link to={`/cases/${a.caseId}`}>{t("cases.reviewOpenCase")}</Link>
                  </td>
                  <td data-label={t("cases.reviewWho")} className="wrap-anywhere">
                    {a.who}
                  </td>
                  <td data-label={t("cases.breakGlassReason")} className="wrap-anywhere">
                    {a.reason ?? t("cases.reasonRemoved")}
                  </td>
                  <td data-label={t("common.actions")}>
                    <button
                      type="button"
                      className="button button-small"
                      disabled={busy === a.id}
                      onClick={() => void review(a.caseId, a.id)}
                    >
                      {t("cases.markReviewed")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
