import { screening } from "@ariadne/domain";
import { useTranslation } from "react-i18next";
import { formatDate } from "../ui/format-date.ts";
import { TextField } from "../ui/index.ts";
import { dimensionLabel, formLabel, type Lang, profileLabel, wordingOf } from "./labels.ts";
import { ProfileChanges } from "./result-change.tsx";

const { formatMessage } = screening;

/** The live result: every profile's outcome with its reasons per dimension, then the other forms. */
export function ResultPanel({
  result,
  change,
  timeline,
  answered,
  lang,
  asOf,
  onAsOf,
}: {
  result: screening.ScreeningResultData;
  /** Whether each profile's result can still change: the same words as the question card. */
  change?: screening.ResultChange;
  timeline: readonly screening.TimelineEntry[];
  answered: number;
  lang: Lang;
  /** The chosen as-of date; null: as of the latest observation. */
  asOf: string | null;
  onAsOf: (date: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const forms = [
    ...result.forms.indicated.map((p) => profileLabel(p, lang)),
    ...result.forms.pointedTo.map((f) => formLabel(f, lang)),
  ];
  return (
    <section className="screening-section screening-result" aria-labelledby="screening-result">
      <h2 id="screening-result">{t("screening.result")}</h2>
      <div className="screening-as-of screening-noprint">
        <TextField
          label={t("screening.asOfLabel")}
          hint={t("screening.asOfHint")}
          type="date"
          value={asOf ?? result.asOf ?? ""}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (/^\d{4}-\d{2}-\d{2}$/.test(value)) onAsOf(value);
          }}
        />
        {asOf ? (
          <button type="button" onClick={() => onAsOf(null)}>
            {t("screening.asOfLatest")}
          </button>
        ) : null}
      </div>
      <div aria-live="polite">
        {result.asOf ? (
          <p className="muted">{t("screening.asOf", { date: formatDate(result.asOf, i18n.language) })}</p>
        ) : null}
        {answered === 0 ? <p>{t("screening.noAnswers")}</p> : null}
        <p className="screening-forms">
          <strong>
            {forms.length > 0
              ? t("screening.formsIndicated", { forms: forms.join(", ") })
              : t("screening.noneIndicated")}
          </strong>
        </p>
      </div>
      {result.profiles.map((p) => (
        <ProfileResult
          key={p.profile}
          profile={p}
          change={change?.profiles.find((c) => c.profile === p.profile)}
          lang={lang}
        />
      ))}
      {timeline.length > 1 ? (
        <>
          <h3>{t("screening.timeline")}</h3>
          <ol className="screening-timeline">
            {timeline.map((e) => (
              <li key={e.date}>
                {e.date}:{" "}
                {e.profiles
                  .map((p) => `${profileLabel(p.profile, lang)} — ${t(`screening.outcome_${p.outcome}`)}`)
                  .join("; ")}
                {e.changed.length > 0 && e !== timeline[0] ? (
                  <strong> ({t("screening.timelineChanged")})</strong>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

function ProfileResult({
  profile: p,
  change,
  lang,
}: {
  profile: screening.ProfileResult;
  change: screening.ProfileChange | undefined;
  lang: Lang;
}) {
  const { t } = useTranslation();
  return (
    <div className="screening-profile">
      <h3>
        {profileLabel(p.profile, lang)}: {t(`screening.outcome_${p.outcome}`)}
      </h3>
      <ul className="screening-dimensions">
        {p.dimensions.map((d) => (
          <li key={d.dimension} className={`screening-state-${d.state}`}>
            <strong>
              {dimensionLabel(d.dimension, lang)}: {t(`screening.state_${d.state}`)}
            </strong>
            {d.decidedBy.length > 0 ? (
              <span>
                {" "}
                — {t("screening.decidedBy")}: {d.decidedBy.map((id) => wordingOf(id, lang)).join("; ")}
              </span>
            ) : null}
            {d.state === "undetermined" ? (
              <span className="muted"> ({t("screening.stillUnknown", { count: d.unknown.length })})</span>
            ) : null}
          </li>
        ))}
      </ul>
      {change ? <ProfileChanges profiles={[change]} lang={lang} /> : null}
      {p.explanation.map((m) => (
        <p key={`${p.profile}-${m.key}-${JSON.stringify(m.params ?? {})}`}>{formatMessage(m, lang)}</p>
      ))}
      {p.whatToAskNext.length > 0 ? (
        <>
          <h4>{t("screening.askNext")}</h4>
          <ul>
            {p.whatToAskNext.slice(0, 3).map((q) => (
              <li key={q.indicator}>{wordingOf(q.indicator, lang)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/**
 * Supplementary forms: one present indicator points to a form. Shown apart from the ILO/EC rule,
 * which they never feed.
 */
export function SupplementaryPanel({
  result,
  forms,
  lang,
}: {
  result: screening.ScreeningResultData;
  forms: readonly screening.SupplementaryFormId[];
  lang: Lang;
}) {
  const { t } = useTranslation();
  const shown = result.supplementary.filter((s) => s.pointedTo || forms.includes(s.form));
  if (shown.length === 0) return null;
  return (
    <section className="screening-section" aria-labelledby="screening-supplementary">
      <h2 id="screening-supplementary">{t("screening.supplementary")}</h2>
      <ul>
        {shown.map((s) => {
          const form = formLabel(s.form, lang);
          return (
            <li key={s.form}>
              {s.pointedTo ? (
                <>
                  <strong>{t("screening.pointsTo", { form })}</strong>.{" "}
                  {t("screening.because", { reasons: s.present.map((id) => wordingOf(id, lang)).join("; ") })}
                </>
              ) : (
                t("screening.notPointed", { form })
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Whatever the result: immediate danger first, then the way to assistance. */
export function NextSteps({ steps, lang }: { steps: readonly screening.Message[]; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <section className="screening-section screening-next-steps" aria-labelledby="screening-next">
      <h2 id="screening-next">{t("screening.nextSteps")}</h2>
      <ol>
        {steps.map((m) => (
          <li key={`step-${m.key}-${JSON.stringify(m.params ?? {})}`}>{formatMessage(m, lang)}</li>
        ))}
      </ol>
    </section>
  );
}
