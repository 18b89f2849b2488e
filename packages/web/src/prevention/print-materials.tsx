import {
  helpPrintKinds,
  helpPrintLanguages,
  helpPrintTargets,
  helpTexts,
} from "@ariadne/domain/prevention/index.ts";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useDraftField } from "../drafts/use-draft.ts";
import { SelectField } from "../ui/index.ts";

/**
 * Leaflets to hand out and posters to put up, as PDF in the chosen language, with a QR code to the
 * municipality's public help page or its report-a-concern form (issue 15, point 3).
 */
export function PrintMaterials() {
  const { t } = useTranslation();
  const id = useId();
  const draft = "help-print";
  const [kind, setKind] = useDraftField<string>(draft, "kind", "leaflet");
  const [lang, setLang] = useDraftField<string>(draft, "lang", "en");
  const [target, setTarget] = useDraftField<string>(draft, "target", "help");
  const href = `/api/v1/help-materials/${kind}?${new URLSearchParams({ lang, target })}`;
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("prevention.print.title")}</h2>
      <p>{t("prevention.print.intro")}</p>
      <div className="form">
        <SelectField
          label={t("prevention.print.kind")}
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value)}
        >
          {helpPrintKinds.map((k) => (
            <option key={k} value={k}>
              {t(`prevention.print.kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("prevention.print.language")}
          name="lang"
          value={lang}
          onChange={(e) => setLang(e.target.value)}
        >
          {helpPrintLanguages.map((l) => (
            <option key={l} value={l} lang={l}>
              {helpTexts[l].name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("prevention.print.target")}
          name="target"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
        >
          {helpPrintTargets.map((x) => (
            <option key={x} value={x}>
              {t(`prevention.print.targets.${x}`)}
            </option>
          ))}
        </SelectField>
        <p>
          <a className="button" href={href} download>
            {t("prevention.print.download")}
          </a>
        </p>
      </div>
    </section>
  );
}
