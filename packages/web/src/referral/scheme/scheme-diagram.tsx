import type { SchemeStep } from "@ariadne/domain/referral/index.ts";
import { useTranslation } from "react-i18next";

/**
 * The pathway as an ordered list drawn as a flow: each stage a box, arrows between them (CSS).
 * An ordered list is its own text alternative: a screen reader reads the stages in order, with
 * their position, responsible organisation, contact point and response time.
 */
export function SchemeDiagram({
  steps,
  organisationName,
}: {
  steps: readonly SchemeStep[];
  organisationName: (id: string | null) => string;
}) {
  const { t } = useTranslation();
  return (
    <ol className="scheme-flow" aria-label={t("referral.scheme.diagramLabel")}>
      {steps.map((s, i) => (
        <li key={s.stage} className="scheme-step">
          <h3>
            <span className="scheme-step-number">{i + 1}</span> {t(`referral.scheme.stages.${s.stage}`)}
          </h3>
          <dl>
            <dt>{t("referral.scheme.responsible")}</dt>
            <dd>{organisationName(s.organisationId)}</dd>
            <dt>{t("referral.scheme.contactPoint")}</dt>
            <dd>{s.contactPoint || t("referral.scheme.notSet")}</dd>
            <dt>{t("referral.scheme.responseTime")}</dt>
            <dd>{t("referral.scheme.hours", { count: s.responseHours })}</dd>
          </dl>
          {s.description ? <p>{s.description}</p> : null}
        </li>
      ))}
    </ol>
  );
}
