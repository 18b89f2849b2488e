import { LocaleCode } from "@ariadne/domain/admin/index.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../auth/index.ts";
import { localeMeta, locales } from "../i18n/index.ts";
import { formatPercent } from "../ui/format-number.ts";
import { Alert, errorText, Page, SelectField, useLoad } from "../ui/index.ts";
import { adminApi } from "./admin-api.ts";
import { useAdminScope } from "./admin-layout.tsx";

// Each language's figures from its `_coverage.json` (written by `npm run i18n:coverage -- --write`).
const translated = import.meta.glob<number>("../locales/*/_coverage.json", {
  eager: true,
  import: "translated",
});
const totals = import.meta.glob<number>("../locales/*/_coverage.json", { eager: true, import: "total" });
const coverageOf = (lang: string) => {
  const path = `../locales/${lang}/_coverage.json`;
  const total = totals[path] ?? 0;
  return total > 0 ? (translated[path] ?? 0) / total : 1;
};

/**
 * Issue 18: the languages Ariadne is offered in, with each one's coverage and the status of its
 * translation (who translated it, who reviewed it), and the municipality's default language.
 */
export default function LanguagesPage() {
  const { t, i18n } = useTranslation();
  return (
    <Page title={t("admin.languagesPage.title")} intro={t("admin.languagesPage.intro")}>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">{t("admin.languagesPage.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin.languagesPage.language")}</th>
              <th scope="col">{t("admin.languagesPage.coverage")}</th>
              <th scope="col">{t("common.status")}</th>
              <th scope="col">{t("admin.languagesPage.translatedBy")}</th>
              <th scope="col">{t("admin.languagesPage.reviewedBy")}</th>
            </tr>
          </thead>
          <tbody>
            {locales.map((lang) => {
              const meta = localeMeta[lang];
              return (
                <tr key={lang}>
                  <th scope="row" data-label={t("admin.languagesPage.language")}>
                    <span lang={lang}>{meta?.name ?? lang}</span> ({lang})
                  </th>
                  <td data-label={t("admin.languagesPage.coverage")}>
                    {formatPercent(coverageOf(lang), i18n.language)}
                  </td>
                  <td data-label={t("common.status")}>
                    {t(`admin.languagesPage.statuses.${meta?.status ?? "partial"}`)}
                    {meta?.note ? <span className="hint"> {meta.note}</span> : null}
                  </td>
                  <td data-label={t("admin.languagesPage.translatedBy")}>{meta?.translatedBy}</td>
                  <td data-label={t("admin.languagesPage.reviewedBy")}>
                    {meta?.reviewedBy ?? t("admin.languagesPage.notReviewed")}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <MunicipalityDefault />
    </Page>
  );
}

function MunicipalityDefault() {
  const { t } = useTranslation();
  const me = useMe();
  const scope = useAdminScope();
  // A system admin administers a chosen municipality: its current default comes from the list.
  const [list] = useLoad(
    () => (scope.municipalityId ? adminApi.municipalities() : Promise.resolve(null)),
    scope.municipalityId ?? "own",
  );
  const current = scope.municipalityId
    ? list.data?.items.find((m) => m.id === scope.municipalityId)?.defaultLocale
    : me.municipalityLocale;
  const [chosen, setChosen] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const value = chosen ?? current ?? "en";

  async function save(e: FormEvent) {
    e.preventDefault();
    const locale = LocaleCode.safeParse(value);
    if (!locale.success) return;
    setSaving(true);
    try {
      const saved = await adminApi.setMunicipalityLocale(scope, { locale: locale.data });
      setChosen(saved.defaultLocale);
      setNotice({
        tone: "success",
        text: t("admin.languagesPage.saved", {
          name: localeMeta[saved.defaultLocale]?.name ?? saved.defaultLocale,
        }),
      });
    } catch (error) {
      setNotice({ tone: "error", text: errorText(t, error) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="default-language">
      <h2 id="default-language">{t("admin.languagesPage.defaultTitle")}</h2>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <form onSubmit={save}>
        <SelectField
          label={t("admin.languagesPage.defaultLabel")}
          hint={t("admin.languagesPage.defaultHint")}
          value={value}
          onChange={(e) => setChosen(e.target.value)}
        >
          {locales.map((l) => (
            <option key={l} value={l} lang={l}>
              {localeMeta[l]?.name ?? l}
            </option>
          ))}
        </SelectField>
        <button type="submit" disabled={saving}>
          {saving ? t("common.saving") : t("admin.languagesPage.saveDefault")}
        </button>
      </form>
    </section>
  );
}
