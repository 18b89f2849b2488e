import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Alert, errorText, Loading, useLoad } from "../../ui/index.ts";
import { type ReferralSummary, referralsApi } from "./referrals-api.ts";

function ReferralTable({
  items,
  box,
  organisationName,
}: {
  items: readonly ReferralSummary[];
  box: "sent" | "received" | "overdue";
  organisationName: (id: string) => string;
}) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <p>{t(`referral.referrals.empty.${box}`)}</p>;
  const overdueList = box === "overdue";
  const time = (iso: string | null) => (iso ? new Date(iso).toLocaleString(i18n.language) : "—");
  return (
    <div className="table-wrap">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("referral.referrals.reference")}</th>
            {box !== "sent" ? <th scope="col">{t("referral.referrals.from")}</th> : null}
            {box !== "received" ? <th scope="col">{t("referral.referrals.to")}</th> : null}
            <th scope="col">{t("referral.referrals.stage")}</th>
            <th scope="col">{t("referral.referrals.status")}</th>
            <th scope="col">{t(overdueList ? "referral.referrals.dueAt" : "referral.referrals.updated")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.id}>
              <td>
                <Link to={`/referrals/inbox/${r.id}`}>{r.reference}</Link>
              </td>
              {box !== "sent" ? <td>{organisationName(r.sendingOrganisationId)}</td> : null}
              {box !== "received" ? <td>{organisationName(r.receivingOrganisationId)}</td> : null}
              <td>{t(`referral.scheme.stages.${r.stage}`)}</td>
              <td>
                <span className={`badge ${r.overdue ? "badge-warn" : ""}`}>
                  {t(`referral.referrals.statuses.${r.status}`)}
                </span>
                {r.overdue ? (
                  <span className="badge badge-warn">{t("referral.referrals.overdue")}</span>
                ) : null}
              </td>
              <td>{time(overdueList ? r.dueAt : r.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The referrals the actor's organisation sent (case work) and received (service providers), and for
 * a coordinator (`oversees`) the overdue ones of the whole municipality, status only.
 */
export function ReferralLists({
  sends,
  receives,
  oversees,
}: {
  sends: boolean;
  receives: boolean;
  oversees: boolean;
}) {
  const { t } = useTranslation();
  const [state] = useLoad(
    async () => ({
      sent: sends ? (await referralsApi.list("sent")).items : [],
      received: receives ? (await referralsApi.list("received")).items : [],
      overdue: oversees ? (await referralsApi.overdue()).items : [],
      organisations: await referralsApi.organisations(),
    }),
    `${sends}-${receives}-${oversees}`,
  );
  if (state.status === "failed") return <Alert tone="error">{errorText(t, state.error)}</Alert>;
  if (!state.data) return <Loading />;
  const { organisations, ...lists } = state.data;
  const organisationName = (id: string) => organisations.find((o) => o.id === id)?.name ?? "—";
  const section = (box: "sent" | "received" | "overdue", title: string, intro?: string) => (
    <section aria-labelledby={`${box}-title`}>
      <h2 id={`${box}-title`}>{t(title)}</h2>
      {intro ? <p>{t(intro)}</p> : null}
      <ReferralTable items={lists[box]} box={box} organisationName={organisationName} />
    </section>
  );
  return (
    <>
      {oversees
        ? section("overdue", "referral.referrals.overdueTitle", "referral.referrals.overdueIntro")
        : null}
      {receives ? section("received", "referral.referrals.received") : null}
      {sends ? section("sent", "referral.referrals.sent") : null}
    </>
  );
}
