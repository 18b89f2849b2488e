import { useTranslation } from "react-i18next";
import { Page } from "../../ui/index.ts";

/** Placeholder of the referrals inbox until it is built. */
export default function ReferralsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t("referral.referrals.title")}>
      <p>{t("referral.referrals.notBuilt")}</p>
    </Page>
  );
}
