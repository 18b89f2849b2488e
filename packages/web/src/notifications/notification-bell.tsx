import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, useLocation } from "react-router";
import { notificationsApi } from "./notifications-api.ts";
import "./notifications.css";

/** How often the header asks for the unread count (the inbox itself reloads on opening). */
const pollMs = 60_000;

/** The header's link to the inbox; the unread count is read out with its name ("Inbox 2 unread"). */
export function NotificationBell() {
  const { t } = useTranslation();
  const location = useLocation();
  const [unread, setUnread] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page is the moment to refresh the count
  useEffect(() => {
    let alive = true;
    const load = () =>
      notificationsApi
        .list(true)
        .then((l) => alive && setUnread(l.unread))
        .catch(() => {});
    void load();
    const timer = setInterval(load, pollMs);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [location.pathname]);
  return (
    <NavLink to="/inbox" className="button notification-bell">
      {t("notifications.inboxShort")}
      {unread > 0 ? (
        <>
          {" "}
          <span className="notification-count">{unread}</span>
          <span className="visually-hidden"> {t("notifications.unreadCount", { count: unread })}</span>
        </>
      ) : null}
    </NavLink>
  );
}
