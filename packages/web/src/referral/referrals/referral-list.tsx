import { referralStatuses } from "@ariadne/domain/referral/index.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useMe } from "../../auth/index.ts";
import { formatDateTime } from "../../ui/format-date.ts";
import { Alert, CheckboxField, errorText, Loading, SelectField, useLoad } from "../../ui/index.ts";
import {
  type ReferralBox,
  type ReferralFilters,
  type ReferralSummary,
  referralsApi,
} from "./referrals-api.ts";

const pageSize = 25;

type Column = "from" | "to" | "service" | "dueAt" | "updated";

function ReferralTable({
  items,
  columns,
  caption,
  organisationName,
}: {
  items: readonly ReferralSummary[];
  columns: readonly Column[];
  caption: string;
  organisationName: (id: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const time = (iso: string | null) => formatDateTime(iso, i18n.language);
  const has = (c: Column) => columns.includes(c);
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("referral.referrals.reference")}</th>
            {has("from") ? <th scope="col">{t("referral.referrals.from")}</th> : null}
            {has("to") ? <th scope="col">{t("referral.referrals.to")}</th> : null}
            {has("service") ? <th scope="col">{t("referral.referrals.serviceLabel")}</th> : null}
            <th scope="col">{t("referral.referrals.stage")}</th>
            <th scope="col">{t("referral.referrals.status")}</th>
            <th scope="col">{t(has("dueAt") ? "referral.referrals.dueAt" : "referral.referrals.updated")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.id}>
              <td>
                <Link to={`/referrals/inbox/${r.id}`}>{r.reference}</Link>
              </td>
              {has("from") ? <td>{organisationName(r.sendingOrganisationId)}</td> : null}
              {has("to") ? <td>{organisationName(r.receivingOrganisationId)}</td> : null}
              {has("service") ? <td>{r.serviceName ?? "—"}</td> : null}
              <td>{t(`referral.scheme.stages.${r.stage}`)}</td>
              <td>
                <span className="badge">{t(`referral.referrals.statuses.${r.status}`)}</span>
                {r.overdue ? (
                  <span className="badge badge-warn">{t("referral.referrals.overdue")}</span>
                ) : null}
              </td>
              <td>{time(has("dueAt") ? r.dueAt : r.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Organisations = readonly { id: string; name: string }[];

/** The coordinator's overdue referrals of the whole municipality, most overdue first. */
function OverdueSection({ organisationName }: { organisationName: (id: string) => string }) {
  const { t } = useTranslation();
  const [state] = useLoad(() => referralsApi.overdue(), "overdue");
  return (
    <section aria-labelledby="overdue-title">
      <h2 id="overdue-title">{t("referral.referrals.overdueTitle")}</h2>
      <p>{t("referral.referrals.overdueIntro")}</p>
      {state.status === "failed" ? <Alert tone="error">{errorText(t, state.error)}</Alert> : null}
      {!state.data ? (
        state.status === "loading" ? (
          <Loading />
        ) : null
      ) : state.data.items.length === 0 ? (
        <p>{t("referral.referrals.empty.overdue")}</p>
      ) : (
        <ReferralTable
          items={state.data.items}
          columns={["from", "to", "service", "dueAt"]}
          caption={t("referral.referrals.overdueTitle")}
          organisationName={organisationName}
        />
      )}
    </section>
  );
}

const titles: Record<ReferralBox, string> = {
  sent: "referral.referrals.sent",
  received: "referral.referrals.received",
  municipality: "referral.referrals.list.municipality",
};
const columnsOf: Record<ReferralBox, Column[]> = {
  sent: ["to", "service", "updated"],
  received: ["from", "service", "updated"],
  municipality: ["from", "to", "service", "updated"],
};

/**
 * One box of referrals with its filters (status, service, overdue) kept in the address, so Back
 * from a referral returns to the same list; pages of 25 by keyset cursor.
 */
function BoxSection({
  box,
  organisationName,
  services,
}: {
  box: ReferralBox;
  organisationName: (id: string) => string;
  services: readonly { id: string; name: string; organisationId: string }[];
}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters: ReferralFilters = {
    status: params.get("status") ?? undefined,
    serviceId: params.get("service") ?? undefined,
    overdue: params.get("overdue") === "true",
  };
  const [status, setStatus] = useState(filters.status ?? "");
  const [serviceId, setServiceId] = useState(filters.serviceId ?? "");
  const [overdue, setOverdue] = useState(filters.overdue);
  // Cursors of the pages before this one; the last is this page's own (undefined: the first page).
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const [state] = useLoad(
    () => referralsApi.list(box, filters, cursor, pageSize),
    JSON.stringify([box, filters, cursor ?? null]),
  );

  function apply(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (status) next.set("status", status);
    if (serviceId) next.set("service", serviceId);
    if (overdue) next.set("overdue", "true");
    setParams(next, { replace: true });
    setCursors([undefined]);
  }

  const titleId = `${box}-title`;
  const items = state.data?.items ?? [];
  const filtersId = `${box}-filters-title`;
  // The filters are a section of their own, beside the list: the list's region holds only referrals.
  return (
    <>
      <section aria-labelledby={filtersId}>
        <h2 id={filtersId}>{t("referral.referrals.list.filters")}</h2>
        <form className="form referral-filters" onSubmit={apply}>
          <SelectField
            label={t("referral.referrals.list.status")}
            name="status"
            value={status}
            onChange={(e) => setStatus(e.target.value)}
          >
            <option value="">{t("referral.referrals.list.anyStatus")}</option>
            {referralStatuses
              .filter((s) => box !== "received" || s !== "draft")
              .map((s) => (
                <option key={s} value={s}>
                  {t(`referral.referrals.statuses.${s}`)}
                </option>
              ))}
          </SelectField>
          <SelectField
            label={t("referral.referrals.list.service")}
            name="service"
            value={serviceId}
            onChange={(e) => setServiceId(e.target.value)}
          >
            <option value="">{t("referral.referrals.list.anyService")}</option>
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {t("referral.referrals.serviceOf", {
                  service: s.name,
                  organisation: organisationName(s.organisationId),
                })}
              </option>
            ))}
          </SelectField>
          <CheckboxField
            label={t("referral.referrals.list.overdueOnly")}
            name="overdue"
            checked={overdue}
            onChange={(e) => setOverdue(e.target.checked)}
          />
          <div className="button-row">
            <button type="submit" className="button">
              {t("referral.referrals.list.apply")}
            </button>
          </div>
        </form>
      </section>
      <section aria-labelledby={titleId}>
        <h2 id={titleId}>{t(titles[box])}</h2>
        {box === "municipality" ? <p>{t("referral.referrals.list.municipalityIntro")}</p> : null}
        {state.status === "failed" ? <Alert tone="error">{errorText(t, state.error)}</Alert> : null}
        {state.status === "loading" ? <Loading /> : null}
        {state.status === "ready" && items.length === 0 ? (
          <p role="status">
            {filters.status || filters.serviceId || filters.overdue
              ? t("referral.referrals.list.empty")
              : t(`referral.referrals.empty.${box === "received" ? "received" : "sent"}`)}
          </p>
        ) : null}
        {items.length > 0 ? (
          <ReferralTable
            items={items}
            columns={columnsOf[box]}
            caption={t(titles[box])}
            organisationName={organisationName}
          />
        ) : null}
        {cursors.length > 1 || state.data?.nextCursor ? (
          <nav className="button-row" aria-label={t("referral.referrals.list.paging")}>
            <span>{t("referral.referrals.list.page", { page: cursors.length })}</span>
            {cursors.length > 1 ? (
              <button type="button" className="button" onClick={() => setCursors((cs) => cs.slice(0, -1))}>
                {t("referral.referrals.list.previous")}
              </button>
            ) : null}
            {state.data?.nextCursor ? (
              <button
                type="button"
                className="button"
                onClick={() => {
                  const next = state.data?.nextCursor ?? undefined;
                  setCursors((cs) => [...cs, next]);
                }}
              >
                {t("referral.referrals.list.next")}
              </button>
            ) : null}
          </nav>
        ) : null}
      </section>
    </>
  );
}

/**
 * The referrals the actor may follow: the case team's sent ones, the service provider's received
 * ones, and for a coordinator (`oversees`) the overdue ones and every one of the municipality,
 * status only. Each with filters; the server lists only what the referral policy lets the actor see.
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
  const me = useMe();
  const [state] = useLoad(
    async () => ({
      organisations: await referralsApi.organisations(),
      services: await referralsApi.services(),
    }),
    "directory",
  );
  if (state.status === "failed") return <Alert tone="error">{errorText(t, state.error)}</Alert>;
  if (!state.data) return <Loading />;
  const organisations: Organisations = state.data.organisations;
  const organisationName = (id: string) => organisations.find((o) => o.id === id)?.name ?? "—";
  const { services } = state.data;
  const boxes: ReferralBox[] = [
    ...(oversees ? (["municipality"] as const) : []),
    ...(receives ? (["received"] as const) : []),
    ...(sends ? (["sent"] as const) : []),
  ];
  return (
    <>
      {oversees ? <OverdueSection organisationName={organisationName} /> : null}
      {boxes.map((box) => (
        <BoxSection
          key={box}
          box={box}
          organisationName={organisationName}
          services={
            box === "received" ? services.filter((s) => s.organisationId === me.organisationId) : services
          }
        />
      ))}
    </>
  );
}
