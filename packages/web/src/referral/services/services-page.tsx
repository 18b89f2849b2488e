import { useTranslation } from "react-i18next";
import { Page } from "../../ui/index.ts";

/** The service directory. */
export default function ServicesPage() {
  const { t } = useTranslation();
  return <Page title={t("referral.services.title")} />;
}
