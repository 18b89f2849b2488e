import { useTranslation } from "react-i18next";
import { Page } from "../../ui/index.ts";

/** Placeholder of the scheme of assistance until it is built. */
export default function SchemePage() {
  const { t } = useTranslation();
  return (
    <Page title={t("referral.scheme.title")}>
      <p>{t("referral.scheme.notBuilt")}</p>
    </Page>
  );
}
