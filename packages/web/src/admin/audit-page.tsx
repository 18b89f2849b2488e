import type { AuditEntry } from "@ariadne/domain/admin/index.ts";
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import auditEn from "../locales/en/audit.json";
import { formatPreciseDateTime } from "../ui/format-date.ts";
import { Alert, errorText, Loading, Page, SelectField } from "../ui/index.ts";
import { adminApi } from "./admin-api.ts";
import { useAdminScope } from "./admin-layout.tsx";

type Labels = { [key: string]: string | Labels };

/**
 * Every action the UI can name, from the locale's `audit.actions` tree (`auth.sign_in`, …). A name of
 * three parts or more is either nested deeper or, as the files write it, one key with its dots
 * under its group ({"list.municipality": …} under referrals), so that an action and one under it
 * (break_glass, and break_glass.list) can both have a label; i18next finds a label either way.
 */
function actionsOf(tree: Labels, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : actionsOf(value, `${prefix}${key}.`),
  );
}
const knownActions = actionsOf(auditEn.actions);

export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const scope = useAdminScope();
  const [action, setAction] = useState("");
  const [applied, setApplied] = useState("");
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [status, setStatus] = useState<"loading" | "ready" | "failed">("loading");
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(
    async (before: number | undefined, filter: string) => {
      setStatus("loading");
      try {
        const page = await adminApi.audit(scope, { before, action: filter || undefined });
        setEntries((old) => (before === undefined ? page.entries : [...old, ...page.entries]));
        setNextBefore(page.nextBefore);
        setStatus("ready");
      } catch (e) {
        setError(e);
        setStatus("failed");
      }
    },
    [scope],
  );

  useEffect(() => {
    void load(undefined, applied);
  }, [load, applied]);

  function filter(event: FormEvent) {
    event.preventDefault();
    if (action === applied) void load(undefined, action);
    else setApplied(action);
  }

  return (
    <Page title={t("audit.title")} intro={t("audit.intro")}>
      <form className="form form-inline" onSubmit={filter}>
        <SelectField
          label={t("audit.filterLabel")}
          name="action"
          value={action}
          onChange={(e) => setAction(e.target.value)}
        >
          <option value="">{t("audit.filterAll")}</option>
          {knownActions.map((a) => (
            <option key={a} value={a}>
              {t(`audit.actions.${a}`)}
            </option>
          ))}
        </SelectField>
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t("audit.filterApply")}
          </button>
        </div>
      </form>
      {status === "failed" ? <Alert tone="error">{errorText(t, error)}</Alert> : null}
      {entries.length === 0 && status === "ready" ? <p>{t("audit.empty")}</p> : null}
      {entries.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table audit-table">
            <caption className="visually-hidden">{t("audit.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("audit.time")}</th>
                <th scope="col">{t("audit.actor")}</th>
                <th scope="col">{t("audit.action")}</th>
                <th scope="col">{t("audit.record")}</th>
                <th scope="col">{t("audit.from")}</th>
                <th scope="col">{t("audit.outcome")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} data-entry-id={e.id}>
                  <td data-label={t("audit.time")}>
                    <time dateTime={e.at}>{formatPreciseDateTime(e.at, i18n.language)}</time>
                  </td>
                  <td data-label={t("audit.actor")}>{e.actorName ?? t("audit.anonymous")}</td>
                  <td data-label={t("audit.action")}>
                    {/* An entry of an action no longer written (or not yet named) still reads as words. */}
                    {i18n.exists(`audit.actions.${e.action}`)
                      ? t(`audit.actions.${e.action}`)
                      : t("audit.unknownAction")}{" "}
                    <code className="muted action-code">{e.action}</code>
                  </td>
                  <td data-label={t("audit.record")}>
                    {e.recordType ? (
                      i18n.exists(`audit.records.${e.recordType}`) ? (
                        t(`audit.records.${e.recordType}`)
                      ) : (
                        <>
                          {t("audit.unknownRecord")} <code className="muted">{e.recordType}</code>
                        </>
                      )
                    ) : (
                      "—"
                    )}
                    {e.recordId ? <code className="muted"> {e.recordId.slice(0, 8)}</code> : null}
                  </td>
                  <td data-label={t("audit.from")}>{e.ip ?? "—"}</td>
                  <td data-label={t("audit.outcome")}>
                    <span className={`badge badge-${e.outcome}`}>{t(`audit.outcomes.${e.outcome}`)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {status === "loading" ? <Loading /> : null}
      {status === "ready" && entries.length > 0 ? (
        nextBefore !== null ? (
          <button type="button" className="button" onClick={() => void load(nextBefore, applied)}>
            {t("audit.older")}
          </button>
        ) : (
          <p className="muted">{t("audit.end")}</p>
        )
      ) : null}
    </Page>
  );
}
