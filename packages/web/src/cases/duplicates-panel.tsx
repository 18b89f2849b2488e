import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ConfirmStep } from "../ui/confirm-step.tsx";
import type { BodyProps, Duplicate } from "./case-props.ts";
import { casesApi } from "./cases-api.ts";

function DuplicateLabel({ d }: { d: Duplicate }) {
  const { t } = useTranslation();
  return (
    <>
      {t("cases.duplicate", {
        code: d.caseCode,
        strength: t(`cases.strength.${d.strength}`),
        fields: d.matched.map((m) => t(`cases.matchFields.${m}`)).join(", "),
      })}
    </>
  );
}

/**
 * On a case: other cases that match it through blind indexes, with an explicit merge of one into
 * this case after a confirmation. Never automatic; the server audits it.
 */
export function DuplicatesPanel({
  detail,
  items,
  onMerged,
  onDone,
  onFailed,
}: BodyProps & { items: Duplicate[]; onMerged(): void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  if (items.length === 0) return null;

  async function merge(d: Duplicate) {
    setBusy(true);
    try {
      await casesApi.merge(detail.id, d.caseId, detail.version);
      onMerged();
      await onDone(t("cases.merged", { code: d.caseCode, into: detail.caseCode }));
    } catch (e) {
      setBusy(false);
      await onFailed(e);
    }
  }

  return (
    <section className="panel panel-important" aria-labelledby="case-duplicates-here-title">
      <h2 id="case-duplicates-here-title">{t("cases.duplicatesTitle")}</h2>
      <p>{t("cases.duplicatesHereIntro")}</p>
      <ul className="cases-list">
        {items.map((d) => (
          <li key={d.caseId}>
            <Link to={`/cases/${d.caseId}`}>
              <DuplicateLabel d={d} />
            </Link>
            <ConfirmStep
              startLabel={t("cases.mergeStart", { code: d.caseCode })}
              confirmLabel={t("cases.mergeConfirm", { code: d.caseCode })}
              busy={busy}
              onConfirm={() => void merge(d)}
            >
              <p>{t("cases.mergeExplain", { code: d.caseCode, into: detail.caseCode })}</p>
            </ConfirmStep>
          </li>
        ))}
      </ul>
    </section>
  );
}
