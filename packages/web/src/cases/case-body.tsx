import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Alert } from "../ui/index.ts";
import { AnonymisePanel } from "./anonymise-panel.tsx";
import { AttachmentsPanel } from "./attachments-panel.tsx";
import { BreakGlassBanner, BreakGlassForm } from "./break-glass.tsx";
import { CaseDetailsForm } from "./case-details-form.tsx";
import type { BodyProps, CaseLookups } from "./case-props.ts";
import { formatDate } from "./cases-api.ts";
import { ConsentForm } from "./consent-form.tsx";
import { ContactForm } from "./contact-form.tsx";
import { DuplicatesPanel } from "./duplicates-panel.tsx";
import { ExportPanel } from "./export-panel.tsx";
import { NoteForm } from "./note-form.tsx";
import { PersonPanel } from "./person-panel.tsx";
import { SourceConcern } from "./source-concern.tsx";
import { TaskForm } from "./task-form.tsx";
import { TeamPanel } from "./team-panel.tsx";
import { Timeline } from "./timeline.tsx";
import { TransitionForm } from "./transition-form.tsx";
import { VersionsPanel } from "./versions-panel.tsx";

/** The case page below its heading: what the viewer may see, with the actions their abilities allow. */
export function CaseBody({ directory, duplicates, recheckDuplicates, ...props }: BodyProps & CaseLookups) {
  const { detail, onDone, onFailed } = props;
  const { t, i18n } = useTranslation();
  const content = detail.content;
  const person = content?.person;
  const name = person ? [person.givenName, person.familyName].filter(Boolean).join(" ") : "";
  const hasContent = detail.access === "content" && content !== null;
  const onTeam = hasContent && !detail.viaBreakGlass;
  const withDirectory = { ...props, directory };

  return (
    <>
      {detail.viaBreakGlass ? <BreakGlassBanner until={detail.breakGlassUntil} /> : null}
      {detail.anonymised ? <Alert tone="info">{t("cases.anonymisedNotice")}</Alert> : null}
      <section className="panel" aria-labelledby="case-facts-title">
        <h2 id="case-facts-title">{t("cases.person")}</h2>
        <dl className="cases-facts">
          <dt>{t("cases.code")}</dt>
          <dd>{detail.caseCode}</dd>
          <dt>{t("cases.status")}</dt>
          <dd data-testid="case-status">{t(`cases.statuses.${detail.status}`)}</dd>
          {content ? (
            <>
              <dt>{t("cases.person")}</dt>
              <dd>
                {name ||
                  // A case opened under a pseudonym (kept as the first other name) is known by it.
                  (person?.aliases[0]
                    ? t("cases.pseudonymNamed", { alias: person.aliases[0] })
                    : t("cases.pseudonymous"))}
              </dd>
              <dt>{t("cases.highRisk")}</dt>
              <dd>{content.highRisk ? t("common.yes") : t("common.no")}</dd>
              {content.forms.length ? (
                <>
                  <dt>{t("cases.forms")}</dt>
                  <dd>{content.forms.map((f) => t(`cases.formNames.${f}`)).join(", ")}</dd>
                </>
              ) : null}
              <dt>{t("cases.sector")}</dt>
              <dd>{content.sector ? t(`map.sectors.${content.sector}`) : t("cases.noSector")}</dd>
            </>
          ) : null}
          <dt>{t("cases.updated")}</dt>
          <dd>{formatDate(detail.updatedAt, i18n.language)}</dd>
        </dl>
        {hasContent ? <SourceConcern caseId={detail.id} /> : null}
        {onTeam && !detail.anonymised && detail.status !== "closed" ? (
          <p className="button-row">
            <Link className="button" to={`/referrals/inbox/new?case=${encodeURIComponent(detail.id)}`}>
              {t("cases.refer")}
            </Link>
          </p>
        ) : null}
      </section>
      {!hasContent ? (
        <>
          <Alert tone="info">{t("cases.existenceNotice")}</Alert>
          {detail.abilities.breakGlass ? (
            <BreakGlassForm caseId={detail.id} onOpened={onDone} onFailed={onFailed} />
          ) : null}
        </>
      ) : (
        <>
          {detail.abilities.write ? (
            <DuplicatesPanel {...props} items={duplicates} onMerged={recheckDuplicates} />
          ) : null}
          {detail.abilities.transition ? <TransitionForm {...props} /> : null}
          <Timeline {...withDirectory} />
          <div className="cases-grid">
            {detail.abilities.write ? <NoteForm {...props} /> : null}
            {detail.abilities.write ? <ContactForm {...props} /> : null}
            {detail.abilities.write ? <TaskForm {...props} /> : null}
            {detail.abilities.write ? <ConsentForm {...withDirectory} /> : null}
            {detail.abilities.write ? <CaseDetailsForm {...withDirectory} /> : null}
          </div>
          <AttachmentsPanel {...props} />
          <TeamPanel {...withDirectory} />
          {detail.abilities.transition && !detail.anonymised ? <PersonPanel {...props} /> : null}
          <VersionsPanel {...props} />
          {detail.abilities.exportPersonData ? <ExportPanel {...props} /> : null}
          {detail.abilities.anonymise ? <AnonymisePanel {...props} /> : null}
        </>
      )}
    </>
  );
}
