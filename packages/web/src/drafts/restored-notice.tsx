import { useCallback, useState, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useVault } from "../auth/session.tsx";

/** Where a draft's form lives, by its name (`note:<case id>`, `referral:<case id>`, `course:<course id>`, …). */
export function placeOf(name: string): { kind: string; to: string } | null {
  // The outreach visit form's drafts were named with dots from the start; renamed, a device's kept
  // visit would be found no more.
  const visit = /^outreach\.form\.(.+)$/.exec(name)?.[1];
  if (visit)
    return {
      kind: "visit",
      to: visit === "new" ? "/prevention/visits/new" : `/prevention/visits/${encodeURIComponent(visit)}`,
    };
  const [kind, id] = name.split(":");
  if (kind === "screening") return { kind, to: "/screening" };
  if (kind === "case") return { kind, to: "/cases" };
  if (kind === "note" && id) return { kind, to: `/cases/${id}` };
  if (kind === "referral" && id) return { kind, to: `/referrals/inbox/new?case=${encodeURIComponent(id)}` };
  if (kind === "attendance" && id) return { kind, to: "/training/sessions" };
  if (kind === "scenario" && id === "new") return { kind, to: "/training/scenarios" };
  if (kind === "course" && id)
    return { kind, to: id === "new" ? "/training/courses/new" : `/training/courses/${id}/edit` };
  if (kind === "procurement-contract") return { kind, to: "/procurement" };
  if (kind === "procurement-rules") return { kind, to: "/procurement/rules" };
  if (kind?.startsWith("procurement-") && id)
    return { kind: "procurement-follow-up", to: `/procurement/${encodeURIComponent(id)}` };
  return null;
}

const none: readonly string[] = [];

/**
 * After signing in: the unsent work found on this device, each with a link to where it waits. A
 * draft sent or discarded since leaves the list at once, so the notice never claims saved work is
 * unsaved.
 */
export function RestoredDrafts() {
  const { t } = useTranslation();
  const vault = useVault();
  const [dismissed, setDismissed] = useState(false);
  const subscribe = useCallback((listener: () => void) => vault?.subscribe(listener) ?? (() => {}), [vault]);
  const unsent = useSyncExternalStore(subscribe, () => vault?.restoredUnsent() ?? none);
  // One link a place: a contract with a finding and an action in progress is one place to go.
  const places = unsent
    .map(placeOf)
    .filter((p) => p !== null)
    .filter((p, i, all) => all.findIndex((q) => q.to === p.to) === i);
  if (dismissed || places.length === 0) return null;
  return (
    <div className="alert restored-drafts" role="status">
      <p>{t("account.drafts.restored")}</p>
      <ul>
        {places.map((p) => (
          <li key={p.to}>
            <Link to={p.to}>{t(`account.drafts.kinds.${p.kind}`)}</Link>
          </li>
        ))}
      </ul>
      <button type="button" className="button button-small" onClick={() => setDismissed(true)}>
        {t("account.drafts.dismiss")}
      </button>
    </div>
  );
}
