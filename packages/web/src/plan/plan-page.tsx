import { useTranslation } from "react-i18next";
import { Page } from "../ui/index.ts";

/** Entry page of the plan module (lazy-loaded chunk). */
export default function PlanPage() {
  const { t } = useTranslation();
  return <Page title={t("plan.title")}>{null}</Page>;
}
