import { screening } from "@ariadne/domain";
import { useTranslation } from "react-i18next";
import { type DraftSectionProps, toggle } from "./draft.ts";

const { latestCatalogue, barrierTextIn } = screening;

/**
 * Why the person may not identify as a victim (CBSS/HEUNI 2016): recorded, each turned into
 * guidance on how to approach the person. They never change the result.
 */
export function BarriersSection({ draft, lang, onChange }: DraftSectionProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="screening-section" aria-describedby="screening-barriers-hint">
      <legend>{t("screening.barriers")}</legend>
      <p id="screening-barriers-hint" className="screening-guidance">
        {t("screening.barriersHint")}
      </p>
      {latestCatalogue.barriers.map((b) => {
        const chosen = draft.barriers.includes(b.id);
        return (
          <div key={b.id} className={chosen ? "" : "screening-noprint"}>
            <label className="screening-choice">
              <input
                type="checkbox"
                checked={chosen}
                onChange={() =>
                  onChange((d) => ({ ...d, barriers: toggle(d.barriers, b.id), savedTo: null }))
                }
              />{" "}
              {barrierTextIn(b.id, lang).label}
            </label>
            {chosen ? (
              <p className="screening-guidance screening-approach">{barrierTextIn(b.id, lang).approach}</p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
