import { screening } from "@ariadne/domain";
import { screeningChanges } from "@ariadne/domain/cases/index.ts";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useDomainLocale } from "../i18n/use-domain-locale.ts";
import { useLoad } from "../ui/index.ts";
import type { DirectoryProps } from "./case-props.ts";
import { casesApi, formatDate, formatSize, today } from "./cases-api.ts";
import { consentLanguages } from "./consent-form.tsx";

type Item = { key: string; at: string; kind: string; body: ReactNode };

/** The case over time, newest first: entries and consents, with the actions on them. */
export function Timeline({ detail, directory, onDone, onFailed }: DirectoryProps) {
  const { t, i18n } = useTranslation();
  // The screening engine's labels in the reader's language, whichever (issue 18).
  const screeningLang = useDomainLocale();
  const content = detail.content;
  // The case's referrals, as the referral policy shows them to this viewer; the timeline stands without them.
  const [referrals] = useLoad(
    () => (content ? casesApi.referrals(detail.id) : Promise.resolve({ items: [], nextCursor: null })),
    `${detail.id}-${detail.version}-${content ? "content" : "none"}`,
  );
  if (!content) return null;
  const lang = i18n.language;
  // Each screening beside the one saved before it: how the situation changed between them.
  const screenings = content.timeline.filter((e) => e.screening);
  const organisationName = (id: string) => directory?.organisations.find((o) => o.id === id)?.name ?? "—";

  async function completeTask(taskId: string, version: number) {
    try {
      await casesApi.completeTask(detail.id, taskId, version);
      await onDone(t("cases.taskCompleted"));
    } catch (e) {
      await onFailed(e);
    }
  }

  async function withdraw(consentId: string) {
    try {
      await casesApi.withdrawConsent(detail.id, consentId, today());
      await onDone(t("cases.withdrawn"));
    } catch (e) {
      await onFailed(e);
    }
  }

  const items: Item[] = [
    ...content.timeline.map((e) => {
      let body: ReactNode = null;
      if (e.note) body = <p className="cases-text">{e.note.text}</p>;
      else if (e.contact)
        body = (
          <p className="cases-text">
            {t(`cases.contactKinds.${e.contact.kind}`)}: {e.contact.summary}
            {e.contact.interpreterUsed ? ` (${t("cases.consentInterpreter")})` : ""}
          </p>
        );
      else if (e.task)
        body = (
          <p className="cases-text">
            {t("cases.taskDue", { title: e.task.title, date: formatDate(e.task.dueOn, lang) })}
            {e.task.done ? ` (${t("cases.taskDone")})` : ""}
          </p>
        );
      else if (e.attachment)
        body = (
          <p className="cases-text">
            <a href={casesApi.attachmentHref(detail.id, e.id)} download={e.attachment.fileName}>
              {t("cases.attachmentLine", {
                name: e.attachment.fileName,
                size: formatSize(e.attachment.sizeBytes),
              })}
            </a>
          </p>
        );
      else if (e.screening) {
        const previous = screenings[screenings.indexOf(e) - 1]?.screening;
        const changes = previous
          ? screeningChanges(
              previous.input as screening.ScreeningInput,
              e.screening.input as screening.ScreeningInput,
            )
          : null;
        body = (
          <>
            <p className="cases-text">
              {t("screening.record.level", {
                level: screening.labelIn(
                  "assistanceLevels",
                  e.screening.result.assistance.level,
                  screeningLang,
                ),
              })}
              {"; "}
              {t("screening.record.outcome", {
                outcome: t(`screening.outcome_${e.screening.result.outcome}`),
              })}
            </p>
            {changes ? (
              <p className="cases-text">
                {t("screening.record.timelineChanges", {
                  appeared: changes.appeared.length,
                  disappeared: changes.disappeared.length,
                })}
              </p>
            ) : null}
            <p className="cases-text">
              <Link to={`/screening/saved/${encodeURIComponent(detail.id)}/${encodeURIComponent(e.id)}`}>
                {t("screening.record.timelineOpen", { time: formatDate(e.at, lang) })}
              </Link>
            </p>
          </>
        );
      }
      if (e.task && !e.task.done && detail.abilities.write) {
        const taskTitle = e.task.title;
        body = (
          <>
            {body}
            <button
              type="button"
              className="button button-small button-quiet"
              aria-label={t("cases.markDoneNamed", { title: taskTitle })}
              onClick={() => void completeTask(e.id, e.version)}
            >
              {t("cases.markDone")}
            </button>
          </>
        );
      }
      return { key: e.id, at: e.at, kind: e.kind, body };
    }),
    ...content.consents.map((c) => {
      const sharedWith = c.organisationId
        ? directory?.organisations.find((o) => o.id === c.organisationId)?.name
        : undefined;
      const purpose = sharedWith
        ? t("cases.purposeSharingWith", { name: sharedWith })
        : t(`cases.purposes.${c.purpose}`);
      const languageName = consentLanguages.find(([code]) => code === c.language)?.[1] ?? c.language;
      return {
        key: c.id,
        at: c.givenOn,
        kind: "consent",
        body: (
          <>
            <p className="cases-text">
              {t("cases.consentLine", { purpose, form: t(`cases.${c.form}`), language: languageName })}
              {c.interpreter ? `, ${t("cases.consentInterpreter")}` : ""} –{" "}
              {c.active
                ? t("cases.consentActive")
                : t("cases.withdrawnOn", { date: formatDate(c.withdrawnOn ?? "", lang) })}
            </p>
            {c.active && detail.abilities.transition ? (
              <button
                type="button"
                className="button button-small button-quiet"
                aria-label={t("cases.withdrawNamed", { purpose })}
                onClick={() => void withdraw(c.id)}
              >
                {t("cases.withdraw")}
              </button>
            ) : null}
          </>
        ),
      };
    }),
    ...(referrals.data?.items ?? []).flatMap((r) =>
      r.events.map((e) => ({
        key: `${r.id}-${e.kind}`,
        at: e.at,
        kind: "referral",
        body: (
          <p className="cases-text">
            <Link to={`/referrals/inbox/${r.id}`}>
              {t("referral.referrals.timelineLink", { reference: r.reference })}
            </Link>
            {": "}
            {t(`referral.referrals.events.${e.kind}`, { to: organisationName(r.receivingOrganisationId) })}
            {r.serviceName && (e.kind === "created" || e.kind === "sent") ? ` – ${r.serviceName}` : ""}
          </p>
        ),
      })),
    ),
  ].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));

  return (
    <section className="panel" aria-labelledby="case-timeline-title">
      <h2 id="case-timeline-title">{t("cases.timeline")}</h2>
      {items.length === 0 ? (
        <p>{t("cases.timelineEmpty")}</p>
      ) : (
        <ol className="cases-timeline" data-testid="case-timeline">
          {items.map((item) => (
            <li key={item.key}>
              <strong>{t(`cases.kinds.${item.kind}`)}</strong>
              <span className="cases-when">{formatDate(item.at, lang)}</span>
              {item.body}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
