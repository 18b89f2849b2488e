import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert, errorText, Loading, Page, useLoad } from "../../ui/index.ts";
import { schemeApi } from "./scheme-api.ts";
import { SchemeDiagram } from "./scheme-diagram.tsx";
import { SchemeEditor } from "./scheme-editor.tsx";
import "./scheme.css";

/** The municipality's scheme of assistance: the pathway as a diagram, a one-page PDF, and the coordinator's editor. */
export default function SchemePage() {
  const { t, i18n } = useTranslation();
  const [state, reload] = useLoad(
    async () => ({ scheme: await schemeApi.get(), organisations: await schemeApi.organisations() }),
    "scheme",
  );
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const data = state.data;
  const organisationName = (id: string | null) =>
    id ? (data?.organisations.find((o) => o.id === id)?.name ?? "—") : t("referral.scheme.notSet");

  return (
    <Page title={t("referral.scheme.title")} intro={t("referral.scheme.intro")}>
      {state.status === "failed" ? <Alert tone="error">{errorText(t, state.error)}</Alert> : null}
      {saved ? <Alert tone="success">{t("referral.scheme.saved")}</Alert> : null}
      {!data ? (
        <Loading />
      ) : (
        <>
          <div className="button-row">
            <a className="button" href={schemeApi.pdfUrl(i18n.language)} target="_blank" rel="noopener">
              {t("referral.scheme.printPdf")}
            </a>
            {data.scheme.abilities.edit ? (
              <button
                type="button"
                className="button"
                aria-expanded={editing}
                onClick={() => setEditing((e) => !e)}
              >
                {editing ? t("referral.scheme.closeEditor") : t("referral.scheme.edit")}
              </button>
            ) : null}
          </div>
          {data.scheme.steps.length === 0 ? (
            <p>{t("referral.scheme.empty")}</p>
          ) : (
            <SchemeDiagram steps={data.scheme.steps} organisationName={organisationName} />
          )}
          {editing && data.scheme.abilities.edit ? (
            <SchemeEditor
              key={data.scheme.version}
              scheme={data.scheme}
              organisations={data.organisations}
              onSaved={() => {
                setSaved(true);
                setEditing(false);
                void reload();
              }}
            />
          ) : null}
        </>
      )}
    </Page>
  );
}
