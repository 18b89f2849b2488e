import { caseStatuses, exploitationForms, roleHasCaseContentRights } from "@ariadne/domain/cases/index.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { adminApi } from "../admin/index.ts";
import { useMe } from "../auth/index.ts";
import { Alert, CheckboxField, errorText, Loading, Page, SelectField, useLoad } from "../ui/index.ts";
import { type CaseFilters, casesApi, formatDate } from "./cases-api.ts";
import { CreateCaseForm } from "./create-case-form.tsx";

const pageSize = 25;

/** The team's cases with filters (status, form, risk, assignee, due tasks), paged by keyset cursor. */
export function CaseListPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const canWrite = me.permissions.includes("cases:write");
  const canReview = me.permissions.includes("cases:review");
  const [status, setStatus] = useState("");
  const [form, setForm] = useState("");
  const [highRisk, setHighRisk] = useState("");
  const [assignee, setAssignee] = useState("");
  const [dueTasks, setDueTasks] = useState(false);
  const [filters, setFilters] = useState<CaseFilters>({});
  // Cursors of the pages before this one; the last is this page's own (undefined: the first page).
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  // Whoever may read the municipality's users (a coordinator) filters by any colleague who can hold
  // cases; others by themselves only, as they cannot list colleagues.
  const canListUsers = me.permissions.includes("users:read");
  const [users] = useLoad(
    () => (canListUsers ? adminApi.users({}) : Promise.resolve({ items: [] })),
    String(canListUsers),
  );
  const assignees = (users.data?.items ?? []).filter(
    (u) => u.active && u.id !== me.id && roleHasCaseContentRights(u.role),
  );
  const [list] = useLoad(
    () => casesApi.list(filters, cursor, pageSize),
    JSON.stringify([filters, cursor ?? null]),
  );

  function applyFilters(event: FormEvent) {
    event.preventDefault();
    setFilters({
      status,
      form,
      highRisk,
      assigneeId: assignee === "me" ? me.id : assignee || undefined,
      dueTasks: dueTasks ? "true" : undefined,
    });
    setCursors([undefined]);
  }

  const items = list.data?.items ?? [];
  const pageNumber = cursors.length;
  return (
    <Page title={t("cases.title")} intro={t("cases.intro")}>
      {canReview ? (
        <p>
          <Link to="/cases/break-glass-reviews">{t("cases.reviewLink")}</Link>
        </p>
      ) : null}
      <section className="panel" aria-labelledby="cases-filter-title">
        <h2 id="cases-filter-title">{t("cases.filters")}</h2>
        <form onSubmit={applyFilters} className="form cases-filters">
          <SelectField
            label={t("cases.filterStatus")}
            name="status"
            value={status}
            onChange={(e) => setStatus(e.target.value)}
          >
            <option value="">{t("cases.anyStatus")}</option>
            {caseStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`cases.statuses.${s}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("cases.filterForm")}
            name="form"
            value={form}
            onChange={(e) => setForm(e.target.value)}
          >
            <option value="">{t("cases.anyForm")}</option>
            {exploitationForms.map((f) => (
              <option key={f} value={f}>
                {t(`cases.formNames.${f}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("cases.filterHighRisk")}
            name="highRisk"
            value={highRisk}
            onChange={(e) => setHighRisk(e.target.value)}
          >
            <option value="">{t("cases.any")}</option>
            <option value="true">{t("cases.onlyHighRisk")}</option>
            <option value="false">{t("cases.notHighRisk")}</option>
          </SelectField>
          <SelectField
            label={t("cases.filterAssignee")}
            name="assignee"
            value={assignee}
            onChange={(e) => setAssignee(e.target.value)}
          >
            <option value="">{t("cases.anyAssignee")}</option>
            <option value="me">{t("cases.assignedToMe")}</option>
            {assignees.map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName}
              </option>
            ))}
          </SelectField>
          <CheckboxField
            label={t("cases.filterDueTasks")}
            name="dueTasks"
            checked={dueTasks}
            onChange={(e) => setDueTasks(e.target.checked)}
          />
          <div className="button-row">
            <button type="submit" className="button">
              {t("cases.show")}
            </button>
          </div>
        </form>
      </section>
      {list.status === "failed" ? <Alert tone="error">{errorText(t, list.error)}</Alert> : null}
      {list.status === "loading" && !list.data ? <Loading /> : null}
      {list.data ? (
        items.length === 0 ? (
          <p>{t("cases.empty")}</p>
        ) : (
          <>
            <p role="status">{t("cases.pageOf", { page: pageNumber, count: list.data.total })}</p>
            <div className="table-wrap">
              <table className="data-table">
                <caption className="visually-hidden">{t("cases.listTitle")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("cases.code")}</th>
                    <th scope="col">{t("cases.status")}</th>
                    <th scope="col">{t("cases.highRisk")}</th>
                    <th scope="col">{t("cases.forms")}</th>
                    <th scope="col">{t("cases.tasks")}</th>
                    <th scope="col">{t("cases.updated")}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((c) => (
                    <tr key={c.id}>
                      <th scope="row" data-label={t("cases.code")}>
                        <Link to={`/cases/${c.id}`}>{c.caseCode}</Link>
                        {/* What the team knows the person by (only on its own cases). */}
                        {c.label || c.initials ? (
                          <span className="muted">
                            {" "}
                            · {[c.label, c.initials].filter(Boolean).join(" · ")}
                          </span>
                        ) : null}
                      </th>
                      <td data-label={t("cases.status")}>{t(`cases.statuses.${c.status}`)}</td>
                      <td data-label={t("cases.highRisk")}>
                        {c.highRisk === null ? (
                          t("cases.existenceOnly")
                        ) : c.highRisk ? (
                          <span className="badge badge-warn">{t("common.yes")}</span>
                        ) : (
                          t("common.no")
                        )}
                      </td>
                      <td data-label={t("cases.forms")}>
                        {(c.forms ?? []).map((f) => t(`cases.formNames.${f}`)).join(", ")}
                      </td>
                      <td data-label={t("cases.tasks")}>
                        {c.openTasks ?? ""}
                        {c.nextDueOn
                          ? ` (${t("cases.nextDue", { date: formatDate(c.nextDueOn, i18n.language) })})`
                          : ""}
                      </td>
                      <td data-label={t("cases.updated")}>{formatDate(c.updatedAt, i18n.language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <nav className="button-row" aria-label={t("cases.paging")}>
              {pageNumber > 1 ? (
                <button type="button" className="button" onClick={() => setCursors((cs) => cs.slice(0, -1))}>
                  {t("cases.previousPage")}
                </button>
              ) : null}
              {list.data.nextCursor ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    const next = list.data?.nextCursor ?? undefined;
                    setCursors((cs) => [...cs, next]);
                  }}
                >
                  {t("cases.nextPage")}
                </button>
              ) : null}
            </nav>
          </>
        )
      ) : null}
      {canWrite ? <CreateCaseForm /> : null}
    </Page>
  );
}
