import { serviceTypes } from "@ariadne/domain/referral/index.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { currentLocale } from "../../i18n/index.ts";
import { languageName } from "../../ui/code-names.ts";
import {
  Alert,
  errorText,
  Loading,
  Page,
  SelectField,
  TextField,
  translatedFieldErrors,
  useLoad,
} from "../../ui/index.ts";
import { servicesApi } from "./services-api.ts";
import "./services.css";

/** Needs (service type × group × language) that no active service of the municipality meets. */
export default function GapsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [type, setType] = useState("");
  const [languages, setLanguages] = useState("");
  const [query, setQuery] = useState<{ types?: string; languages?: string }>({});
  const [gaps] = useLoad(() => servicesApi.gaps(query), JSON.stringify(query));
  const errors = translatedFieldErrors(t, gaps.status === "failed" ? gaps.error : null);

  function submit(e: FormEvent) {
    e.preventDefault();
    const codes = languages
      .split(/[,;\s]+/)
      .map((x) => x.trim().toLowerCase())
      .filter(Boolean)
      .join(",");
    setQuery({ ...(type ? { types: type } : {}), ...(codes ? { languages: codes } : {}) });
  }

  return (
    <Page title={t("referral.services.gapsTitle")} intro={t("referral.services.gaps.intro")}>
      <form className="form form-inline" onSubmit={submit} noValidate>
        <SelectField
          label={t("referral.services.gaps.types")}
          value={type}
          onChange={(e) => setType(e.target.value)}
        >
          <option value="">{t("referral.services.gaps.allTypes")}</option>
          {serviceTypes.map((x) => (
            <option key={x} value={x}>
              {t(`referral.services.types.${x}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("referral.services.gaps.languages")}
          hint={t("referral.services.gaps.languagesHint")}
          value={languages}
          onChange={(e) => setLanguages(e.target.value)}
          error={errors.languages ?? (errors.query ? errors.query : undefined)}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t("referral.services.gaps.submit")}
          </button>
        </div>
      </form>
      {gaps.status === "failed" ? <Alert tone="error">{errorText(t, gaps.error)}</Alert> : null}
      {gaps.status === "loading" && !gaps.data ? <Loading /> : null}
      {gaps.data ? (
        <section aria-labelledby="gaps-result-title">
          <h2 id="gaps-result-title">{t("referral.services.gaps.caption")}</h2>
          <p role="status">
            {gaps.data.gaps.length === 0
              ? t("referral.services.gaps.none")
              : t("referral.services.gaps.summary", {
                  gaps: gaps.data.gaps.length,
                  checked: gaps.data.checked,
                })}
          </p>
          {gaps.data.gaps.length > 0 ? (
            <div className="table-wrap">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t("referral.services.gaps.type")}</th>
                    <th scope="col">{t("referral.services.gaps.group")}</th>
                    <th scope="col">{t("referral.services.gaps.language")}</th>
                    <th scope="col">{t("referral.services.gaps.elsewhere")}</th>
                  </tr>
                </thead>
                <tbody>
                  {gaps.data.gaps.map((g) => (
                    <tr key={`${g.type}-${g.group}-${g.language}`}>
                      <th scope="row" data-label={t("referral.services.gaps.type")}>
                        {t(`referral.services.types.${g.type}`)}
                      </th>
                      <td data-label={t("referral.services.gaps.group")}>
                        {t(`referral.services.groups.${g.group}`)}
                      </td>
                      <td data-label={t("referral.services.gaps.language")}>
                        {languageName(g.language, locale)}
                      </td>
                      <td data-label={t("referral.services.gaps.elsewhere")}>
                        {t("referral.services.gaps.elsewhereCount", { count: g.servedInOtherLanguages })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
      ) : null}
    </Page>
  );
}
