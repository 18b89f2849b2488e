import { agreementKinds, type Partnership } from "@ariadne/domain/planning/index.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert, errorText, Loading, Page, useLoad } from "../ui/index.ts";
import "./plan.css";
import { formatDate } from "../ui/format-date.ts";
import { MeetingForm, MemberForm } from "./partnership-forms.tsx";
import { planApi } from "./plan-api.ts";

type Notice = { tone: "success" | "error"; text: string } | null;
type Member = Extract<Partnership["details"], { kind: "member" }>;
type Meeting = Extract<Partnership["details"], { kind: "meeting" }>;

/** The partnership register: the multi-agency network's members, agreements, meetings, decisions. */
export default function PartnershipsPage() {
  const { t, i18n } = useTranslation();
  const [register, reload] = useLoad(() => planApi.register(), "register");
  const [organisations] = useLoad(() => planApi.organisations(), "organisations");
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const orgs = organisations.data ?? [];
  const nameOf = (id: string) => orgs.find((o) => o.id === id)?.name ?? id;
  const items = register.data?.items ?? [];
  const members = items.filter((p) => p.details.kind === "member");
  const meetings = items
    .filter((p) => p.details.kind === "meeting")
    .sort((a, b) => ((b.details as Meeting).heldOn > (a.details as Meeting).heldOn ? 1 : -1));
  const canManage = register.data?.abilities.manage ?? false;

  async function archive(p: Partnership, label: string) {
    setBusy(true);
    setNotice(null);
    try {
      await planApi.updatePartnership(p.id, { version: p.version, archived: true });
      setNotice({ tone: "success", text: t("plan.archived", { title: label }) });
      await reload();
    } catch (e) {
      setNotice({ tone: "error", text: errorText(t, e) });
      await reload();
    } finally {
      setBusy(false);
    }
  }

  const saved = async (text: string) => {
    setNotice({ tone: "success", text });
    await reload();
  };

  return (
    <Page title={t("plan.registerTitle")} intro={t("plan.registerIntro")}>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {register.status === "failed" ? <Alert tone="error">{errorText(t, register.error)}</Alert> : null}
      {register.status === "loading" && !register.data ? <Loading /> : null}
      <section aria-labelledby="members-title">
        <h2 id="members-title">{t("plan.membersTitle")}</h2>
        {register.data && members.length === 0 ? <p>{t("plan.noMembers")}</p> : null}
        <ul className="register-list">
          {members.map((p) => {
            const d = p.details as Member;
            const name = nameOf(d.organisationId);
            return (
              <li key={p.id}>
                <h3>{name}</h3>
                <dl className="register-facts">
                  {d.roleInNetwork ? (
                    <>
                      <dt>{t("plan.roleInNetwork")}</dt>
                      <dd>{d.roleInNetwork}</dd>
                    </>
                  ) : null}
                  <dt>{t("plan.contactPoint")}</dt>
                  <dd>
                    {d.contactPoint
                      ? [d.contactPoint.name, d.contactPoint.email, d.contactPoint.phone]
                          .filter(Boolean)
                          .join(", ")
                      : t("plan.noContactPoint")}
                  </dd>
                  <dt>{t("plan.agreement")}</dt>
                  <dd>
                    {t(`plan.agreementKinds.${d.agreement.kind}`)}
                    {d.agreement.signedOn
                      ? ` · ${t("plan.signedOn")} ${formatDate(d.agreement.signedOn, i18n.language)}`
                      : ""}
                    {d.agreement.expiresOn
                      ? ` · ${t("plan.expiresOn")} ${formatDate(d.agreement.expiresOn, i18n.language)}`
                      : ""}
                  </dd>
                </dl>
                {canManage ? (
                  <div className="button-row">
                    <button
                      type="button"
                      className="button button-small"
                      aria-expanded={editing === p.id}
                      aria-label={t("plan.editNamed", { title: name })}
                      onClick={() => setEditing(editing === p.id ? null : p.id)}
                    >
                      {t("plan.edit")}
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      disabled={busy}
                      aria-label={t("plan.archiveNamed", { title: name })}
                      onClick={() => void archive(p, name)}
                    >
                      {t("plan.archive")}
                    </button>
                  </div>
                ) : null}
                {canManage && editing === p.id ? (
                  <MemberForm
                    key={`${p.id}:${p.version}`}
                    organisations={orgs}
                    agreementKinds={agreementKinds}
                    existing={{ id: p.id, version: p.version, details: d, name }}
                    onSaved={async (saved) => {
                      setEditing(null);
                      setNotice({ tone: "success", text: t("plan.memberSaved", { title: saved }) });
                      await reload();
                    }}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="meetings-title">
        <h2 id="meetings-title">{t("plan.meetingsTitle")}</h2>
        {register.data && meetings.length === 0 ? <p>{t("plan.noMeetings")}</p> : null}
        <ul className="register-list">
          {meetings.map((p) => {
            const d = p.details as Meeting;
            return (
              <li key={p.id}>
                <h3>
                  <time dateTime={d.heldOn}>{formatDate(d.heldOn, i18n.language)}</time> · {d.title}
                </h3>
                {d.participantOrganisationIds.length > 0 ? (
                  <p>
                    {t("plan.participants")}: {d.participantOrganisationIds.map(nameOf).join(", ")}
                  </p>
                ) : null}
                {d.decisions.length > 0 ? (
                  <>
                    <h4>{t("plan.decisions")}</h4>
                    <ol>
                      {d.decisions.map((x) => (
                        <li key={x}>{x}</li>
                      ))}
                    </ol>
                  </>
                ) : null}
                {canManage ? (
                  <button
                    type="button"
                    className="button button-small"
                    disabled={busy}
                    aria-label={t("plan.archiveNamed", { title: d.title })}
                    onClick={() => void archive(p, d.title)}
                  >
                    {t("plan.archive")}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
      {canManage ? (
        <>
          <MemberForm
            organisations={orgs}
            agreementKinds={agreementKinds}
            onSaved={(name) => saved(t("plan.memberAdded", { title: name }))}
          />
          <MeetingForm organisations={orgs} onSaved={(title) => saved(t("plan.meetingAdded", { title }))} />
        </>
      ) : null}
    </Page>
  );
}
