import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Alert, errorText, Loading, Page, useLoad } from "../ui/index.ts";
import { notificationsApi } from "./notifications-api.ts";
import "./notifications.css";
import { formatDate, formatDateTime } from "../ui/format-date.ts";

/** The user's inbox: what needs them, each with a link; no personal data is ever in a notification. */
export default function InboxPage() {
  const { t, i18n } = useTranslation();
  const [state, reload] = useLoad(() => notificationsApi.list(), "inbox");
  const markAll = async () => {
    await notificationsApi.markAllRead();
    await reload();
  };
  const data = state.data;
  return (
    <Page title={t("notifications.title")} intro={t("notifications.intro")}>
      {state.status === "failed" ? <Alert tone="error">{errorText(t, state.error)}</Alert> : null}
      {!data ? (
        <Loading />
      ) : data.items.length === 0 ? (
        <p>{t("notifications.empty")}</p>
      ) : (
        <>
          {data.unread > 0 ? (
            <div className="button-row">
              <button type="button" className="button" onClick={() => void markAll()}>
                {t("notifications.markAllRead")}
              </button>
            </div>
          ) : null}
          <ul className="inbox-list">
            {data.items.map((n) => (
              <li key={n.id} className={n.readAt ? "read" : "unread"}>
                <Link to={n.link} onClick={() => void notificationsApi.markRead(n.id).catch(() => {})}>
                  {t(`notifications.kinds.${n.kind}`, {
                    // An overdue corrective action is known by its deadline, a date like every other.
                    reference:
                      n.kind === "procurement_action_overdue"
                        ? formatDate(n.reference, i18n.language)
                        : n.reference,
                    status: n.status ? t(`referral.referrals.statuses.${n.status}`) : "",
                  })}
                </Link>
                <span className="muted">
                  {" "}
                  {formatDateTime(n.createdAt, i18n.language)}
                  {n.readAt ? "" : ` · ${t("notifications.unread")}`}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
