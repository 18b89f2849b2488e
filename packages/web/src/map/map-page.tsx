import { useTranslation } from "react-i18next";
import { Page } from "../ui/index.ts";

/** Entry page of the map module (lazy-loaded chunk). */
export default function MapPage() {
  const { t } = useTranslation();
  return <Page title={t("map.title")}>{null}</Page>;
}
