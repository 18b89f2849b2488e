import { useTranslation } from "react-i18next";
import { Page } from "../ui/index.ts";

/** Entry page of the screening module (lazy-loaded chunk). */
export default function ScreeningPage() {
  const { t } = useTranslation();
  return <Page title={t("screening.title")}>{null}</Page>;
}
