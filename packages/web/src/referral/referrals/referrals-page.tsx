import { useTranslation } from "react-i18next";
import { Route, Routes } from "react-router";
import { hasAny, useMe } from "../../auth/index.ts";
import { Page } from "../../ui/index.ts";
import { ReferForm } from "./refer-form.tsx";
import { ReferralDetail } from "./referral-detail.tsx";
import { ReferralLists } from "./referral-list.tsx";
import "./referrals.css";

function ReferralsIndex() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Page title={t("referral.referrals.title")} intro={t("referral.referrals.intro")}>
      <ReferralLists
        sends={hasAny(me, ["cases:write"])}
        receives={hasAny(me, ["referrals:receive"])}
        oversees={me.role === "coordinator"}
      />
    </Page>
  );
}

/** Referrals between organisations: the lists, the "refer" form (?case=<id>) and one referral. */
export default function ReferralsPage() {
  const me = useMe();
  return (
    <Routes>
      <Route index element={<ReferralsIndex />} />
      {hasAny(me, ["cases:write"]) ? <Route path="new" element={<ReferForm />} /> : null}
      <Route path=":id" element={<ReferralDetail />} />
    </Routes>
  );
}
