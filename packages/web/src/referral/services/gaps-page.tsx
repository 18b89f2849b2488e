import { useTranslation } from "react-i18next";
import { Page } from "../../ui/index.ts";

/** Needs that no service in the area meets. */
export default function GapsPage() {
  const { t } = useTranslation();
  return <Page title={t("referral.services.gapsTitle")} />;
}
