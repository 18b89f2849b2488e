import { useTranslation } from "react-i18next";
import { Page } from "../ui/index.ts";

/** Entry page of the cases module (lazy-loaded chunk). */
export default function CasesPage() {
  const { t } = useTranslation();
  return <Page title={t("cases.title")}>{null}</Page>;
}
