import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Page } from "../ui/index.ts";
import type { ModuleEntry } from "./modules.ts";

/** Says plainly that a module is not built yet, rather than showing an empty screen. */
export default function NotAvailablePage({ module }: { module: ModuleEntry["id"] }) {
  const { t } = useTranslation();
  return (
    <Page title={t("notAvailable.title", { module: t(`modules.${module}`) })}>
      <p>{t("notAvailable.body")}</p>
      <p>
        <Link to="/">{t("notAvailable.back")}</Link>
      </p>
    </Page>
  );
}
