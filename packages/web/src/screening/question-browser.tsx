import { useTranslation } from "react-i18next";
import { type Answer, type Draft, questionSections, type Status, statuses } from "./draft.ts";
import { dimensionLabel, formLabel, keyWording, type Lang } from "./labels.ts";

/**
 * All questions, grouped by dimension and form, for what the person tells unprompted: any can
 * be answered out of the guided order. Collapsed by default so the guided question stays first.
 */
export function QuestionBrowser({
  draft,
  lang,
  onAnswer,
}: {
  draft: Draft;
  lang: Lang;
  onAnswer: (key: string, answer: Answer | null) => void;
}) {
  const { t } = useTranslation();
  const sections = questionSections(draft.profiles, draft.forms);
  if (sections.length === 0) return null;
  return (
    <section className="screening-section screening-noprint" aria-labelledby="screening-browse">
      <h2 id="screening-browse">{t("screening.browse")}</h2>
      <p className="screening-guidance">{t("screening.browseHint")}</p>
      {sections.map((s) => {
        const label =
          s.kind === "dimension"
            ? dimensionLabel(s.dimension, lang)
            : s.kind === "form"
              ? formLabel(s.form, lang)
              : t("screening.additions");
        const done = s.keys.filter((k) => draft.answers[k]).length;
        return (
          <details
            key={s.kind === "dimension" ? s.dimension : s.kind === "form" ? s.form : "additions"}
            className="screening-browse-group"
          >
            <summary>{t("screening.browseGroup", { group: label, done, total: s.keys.length })}</summary>
            <ul className="screening-browse-list">
              {s.keys.map((key) => {
                const wording = keyWording(key, lang);
                const current = draft.answers[key];
                return (
                  <li key={key}>
                    <label>
                      <span>{wording}</span>
                      <select
                        value={current?.status ?? ""}
                        onChange={(e) => {
                          const status = e.currentTarget.value as Status | "";
                          onAnswer(
                            key,
                            status === ""
                              ? null
                              : {
                                  status,
                                  observedAt: current?.observedAt ?? draft.observedOn,
                                  source: current?.source ?? "",
                                  note: current?.note ?? "",
                                },
                          );
                        }}
                      >
                        <option value="">{t("screening.notAsked")}</option>
                        {statuses.map((st) => (
                          <option key={st} value={st}>
                            {t(`screening.${st}`)}
                          </option>
                        ))}
                      </select>
                    </label>
                  </li>
                );
              })}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
