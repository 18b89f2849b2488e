import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLoad } from "../ui/index.ts";
import { casesApi, formatDate } from "./cases-api.ts";

/**
 * The report of concern a case was opened from (issue 15): its date, linked for a user allowed to
 * read the concern (the worker it was handed to, a coordinator of the inbox). Nothing when the case
 * was opened otherwise.
 */
export function SourceConcern({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const [source] = useLoad(() => casesApi.sourceConcern(caseId), caseId);
  const found = source.status === "ready" ? source.data.concern : null;
  if (!found) return null;
  const text = t("cases.openedFromConcern", { date: formatDate(found.receivedAt, i18n.language) });
  return <p className="case-source-concern">{found.link ? <Link to={found.link}>{text}</Link> : text}</p>;
}
