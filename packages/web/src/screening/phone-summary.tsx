import type { screening } from "@ariadne/domain";
import { useTranslation } from "react-i18next";
import { formatDate } from "../ui/format-date.ts";
import { useHeightVariable } from "../ui/use-height-variable.ts";
import { type Lang, levelLabel, profileLabel, profileList } from "./labels.ts";
import { profileChangeText, signalChangeText } from "./result-change.tsx";

/**
 * On a phone, the result stays in sight while the questions are answered: the assistance level
 * and the ILO/EC outcome in one sticky line, opened for each profile and what can still change.
 * Only that line is a live region, so a screen reader hears it when the level or the outcome
 * changes, not on every answer. Hidden on wider screens, where the result panels sit beside the
 * questions.
 */
export function PhoneSummary({
  result,
  change,
  lang,
}: {
  result: screening.ScreeningResultData;
  change: screening.ResultChange;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const ref = useHeightVariable<HTMLElement>("--screening-summary-height");
  const line = t("screening.summaryLine", {
    level: levelLabel(result.assistance.level, lang),
    outcome: t(`screening.outcome_${result.outcome}`),
  });
  return (
    <section
      ref={ref}
      className={`screening-summary screening-noprint screening-level-${result.assistance.level}`}
      aria-label={t("screening.summary")}
    >
      <details>
        <summary>{line}</summary>
        <div className="screening-summary-body">
          <p>{signalChangeText(change.assistance, t, lang)}</p>
          <ul>
            {result.profiles.map((p) => {
              const c = change.profiles.find((x) => x.profile === p.profile);
              return (
                <li key={p.profile}>
                  <strong>
                    {profileLabel(p.profile, lang)}: {t(`screening.outcome_${p.outcome}`)}
                  </strong>
                  {c ? <> — {profileChangeText(c, t, lang)}</> : null}
                </li>
              );
            })}
          </ul>
          <a href="#screening-result">{t("screening.summaryFull")}</a>
        </div>
      </details>
      <p className="visually-hidden" aria-live="polite">
        {line}
      </p>
    </section>
  );
}

/** The setup in one line once the questions have started (phones only), with a way back to it. */
export function SetupLine({
  draft,
  lang,
  onChange,
}: {
  draft: { profiles: readonly screening.ProfileId[]; observedOn: string };
  lang: Lang;
  onChange: () => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className="screening-setup-line screening-noprint">
      <span>
        {t("screening.setupLine", {
          profiles: profileList(draft.profiles, lang),
          date: formatDate(draft.observedOn, i18n.language),
        })}
      </span>
      <button type="button" className="button" aria-label={t("screening.setupChange")} onClick={onChange}>
        {t("screening.change")}
      </button>
    </div>
  );
}
