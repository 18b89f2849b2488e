import { CaseDetail, CaseList } from "@ariadne/domain/cases/index.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { request, withQuery } from "../../api/client.ts";
import { Alert, errorText, SelectField, useLoad } from "../../ui/index.ts";

/** What matching takes from a case's person: coded fields only, never identity. */
export interface ProfileFromCase {
  caseCode: string;
  gender: "" | "female" | "male" | "other";
  age: string;
  ageBand: string | null;
  languages: string[];
}

const genderOf = (g: string | null): ProfileFromCase["gender"] =>
  g === "female" || g === "male" ? g : g === "non_binary" ? "other" : "";

/** The youngest age of a band ("24-26" → 24, "48+" → 48): the band is all a case records. */
export const youngestAgeOf = (band: string | null) => (band ? (/^(\d+)/.exec(band)?.[1] ?? "") : "");

/**
 * Fills the matching form from one of the actor's cases. Opening the case is the case module's
 * audited read; only the coded fields (gender, age band, languages) are taken from it.
 */
export function FromCase(props: { onFilled: (p: ProfileFromCase) => void }) {
  const { t } = useTranslation();
  const [cases] = useLoad(
    () => request("GET", withQuery("/api/v1/cases", { limit: "200" }), CaseList),
    "cases",
  );
  const [chosen, setChosen] = useState("");
  const [failure, setFailure] = useState<unknown>(null);
  const readable = (cases.data?.items ?? []).filter((c) => c.access === "content");
  if (cases.status === "failed" || (cases.data && readable.length === 0)) return null;

  async function fill() {
    setFailure(null);
    try {
      const detail = await request("GET", `/api/v1/cases/${encodeURIComponent(chosen)}`, CaseDetail);
      const person = detail.content?.person;
      if (!person) throw new Error("no content");
      props.onFilled({
        caseCode: detail.caseCode,
        gender: genderOf(person.gender),
        age: youngestAgeOf(person.ageBand),
        ageBand: person.ageBand,
        languages: person.languages,
      });
    } catch (e) {
      setFailure(e);
    }
  }

  return (
    <fieldset>
      <legend>{t("referral.services.match.fromCase")}</legend>
      <p className="field-hint">{t("referral.services.match.fromCaseHint")}</p>
      {failure ? <Alert tone="error">{errorText(t, failure)}</Alert> : null}
      <div className="button-row">
        <SelectField
          label={t("referral.services.match.case")}
          value={chosen}
          onChange={(e) => setChosen(e.target.value)}
        >
          <option value="">{t("referral.services.match.chooseCase")}</option>
          {readable.map((c) => (
            <option key={c.id} value={c.id}>
              {c.caseCode}
            </option>
          ))}
        </SelectField>
        <button type="button" className="button" disabled={!chosen} onClick={() => void fill()}>
          {t("referral.services.match.fill")}
        </button>
      </div>
    </fieldset>
  );
}
