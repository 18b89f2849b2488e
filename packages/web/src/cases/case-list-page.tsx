import { caseStatuses, exploitationForms, roleHasCaseContentRights } from "@ariadne/domain/cases/index.ts";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { adminApi } from "../admin/index.ts";
import { useMe } from "../auth/index.ts";
import { Alert, CheckboxField, errorText, Loading, Page, SelectField, useLoad } from "../ui/index.ts";
import { type CaseListParams, caseListSearch, readCaseListParams } from "./case-list-params.ts";
import { type CaseFilters, casesApi, formatDate } from "./cases-api.ts";
import { CreateCaseForm } from "./create-case-form.tsx";

const pageSize = 25;

/** The team's cases with filters (status, form, risk, assignee, due tasks), paged by keyset cursor. */
export function CaseListPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const canWrite = me.permissions.includes("cases:write");
  const canReview = me.permissions.includes("cases:review");
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
  // The filters applied and the page live in the address: Back from a case, a reload or a shared
  // link shows the same list. What the address says that the list cannot use is left out, and said.
  const [search, setSearch] = useSearchParams();
  const read = readCaseListParams(search, { id: me.id, canChooseColleague: canListUsers });
  const applied = { ...read.params };
  const ignored = [...read.ignored];
  // A colleague's id that names no one the reader may choose (once the list of colleagues is in).
  if (
    applied.assignee &&
    applied.assignee !== "me" &&
    users.data &&
    !assignees.some((u) => u.id === applied.assignee)
  ) {
    applied.assignee = "";
    ignored.push("assignee");
  }
  const filters: CaseFilters = {
    status: applied.status || undefined,
    form: applied.form || undefined,
    highRisk: applied.highRisk || undefined,
    assigneeId: applied.assignee === "me" ? me.id : applied.assignee || undefined,
    dueTasks: applied.dueTasks ? "true" : undefined,
  };
  const cursor = applied.after.at(-1);
  const [list] = useLoad(
    () => casesApi.list(filters, cursor, pageSize),
    JSON.stringify([filters, cursor ?? null]),
  );
  // The form's choices, applied with Show; they follow the address when it changes (Back, a link).
  const [status, setStatus] = useState(applied.status);
  const [form, setForm] = useState(applied.form);
  const [highRisk, setHighRisk] = useState(applied.highRisk);
  const [assignee, setAssignee] = useState(applied.assignee);
  const [dueTasks, setDueTasks] = useState(applied.dueTasks);
  const appliedKey = JSON.stringify([
    applied.status,
    applied.form,
    applied.highRisk,
    applied.assignee,
    applied.dueTasks,
  ]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `appliedKey` names the applied filters
  useEffect(() => {
    setStatus(applied.status);
    setForm(applied.form);
    setHighRisk(applied.highRisk);
    setAssignee(applied.assignee);
    setDueTasks(applied.dueTasks);
  }, [appliedKey]);

  // Replaced, not pushed: Back leaves the list rather than stepping through each filter tried.
  const show = (next: CaseListParams) => setSearch(caseListSearch(next), { replace: true });
  function applyFilters(event: FormEvent) {
    event.preventDefault();
    show({ status, form, highRisk, assignee, dueTasks, after: [] });
  }

  const items = list.data?.items ?? [];
  const pageNumber = applied.after.length + 1;
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
      {ignored.length > 0 ? <Alert tone="info">{t("cases.filtersIgnored")}</Alert> : null}
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
                <button
                  type="button"
                  className="button"
                  onClick={() => show({ ...applied, after: applied.after.slice(0, -1) })}
                >
                  {t("cases.previousPage")}
                </button>
              ) : null}
              {list.data.nextCursor ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    const next = list.data?.nextCursor;
                    if (next) show({ ...applied, after: [...applied.after, next] });
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
