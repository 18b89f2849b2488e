import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { ApiFailure } from "../api/client.ts";
import { formatDate } from "../ui/format-date.ts";
import { Alert, errorText, Loading, Page, useLoad } from "../ui/index.ts";
import { trainingApi } from "./training-api.ts";

/** The public verification page: anyone with a code sees name, course, date and validity, nothing more. */
export default function CertificateCheckPage() {
  const { t, i18n } = useTranslation();
  const { code = "" } = useParams();
  const [load] = useLoad(() => trainingApi.verify(code), code);
  const unknown =
    load.status === "failed" &&
    load.error instanceof ApiFailure &&
    (load.error.status === 404 || load.error.status === 400);
  return (
    <main className="public-page">
      <Page title={t("training.verify.title")}>
        {load.status === "loading" ? <Loading /> : null}
        {unknown ? <Alert tone="error">{t("training.verify.unknown")}</Alert> : null}
        {load.status === "failed" && !unknown ? <Alert tone="error">{errorText(t, load.error)}</Alert> : null}
        {load.status === "ready" ? (
          <>
            <Alert tone={load.data.valid ? "success" : "info"}>
              {load.data.valid ? t("training.verify.valid") : t("training.verify.expired")}
            </Alert>
            <dl>
              <dt>{t("training.verify.name")}</dt>
              <dd>{load.data.name}</dd>
              <dt>{t("training.verify.course")}</dt>
              <dd>{load.data.course}</dd>
              <dt>{t("training.verify.completedOn")}</dt>
              <dd>{formatDate(load.data.completedOn, i18n.language)}</dd>
              <dt>{t("training.verify.validUntil")}</dt>
              <dd>{formatDate(load.data.validUntil, i18n.language)}</dd>
            </dl>
          </>
        ) : null}
      </Page>
    </main>
  );
}
