import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Alert, errorText, Loading, Page, useLoad } from "../ui/index.ts";
import { trainingApi } from "./training-api.ts";

/** Every course of the municipality, with whether the reader completed it (and which version). */
export default function CoursesPage() {
  const { t } = useTranslation();
  const [load] = useLoad(() => trainingApi.courses(), "courses");
  return (
    <Page title={t("training.title")} intro={t("training.coursesIntro")}>
      {load.status === "failed" ? <Alert tone="error">{errorText(t, load.error)}</Alert> : null}
      {load.status === "loading" && !load.data ? <Loading /> : null}
      {load.data?.abilities.manage ? (
        <p>
          <Link className="button button-primary" to="/training/courses/new">
            {t("training.newCourse")}
          </Link>
        </p>
      ) : null}
      {load.data && load.data.items.length === 0 ? <p>{t("training.noCourses")}</p> : null}
      <ul className="course-list">
        {load.data?.items.map((c) => (
          <li key={c.id} className="panel">
            <h2>
              <Link to={`/training/courses/${c.id}`}>{c.content.title}</Link>
            </h2>
            <p>
              {c.content.groups.map((g) => t(`training.groups.${g}`)).join(", ")} ·{" "}
              {t("training.lessons", { count: c.content.lessons.length })} ·{" "}
              {t("training.refresher", { count: c.content.refresherMonths })}
            </p>
            {c.completedVersion !== null && c.completedVersion < c.contentVersion ? (
              <Alert tone="info">
                {t("training.completedOld", { done: c.completedVersion, now: c.contentVersion })}
              </Alert>
            ) : null}
            {c.completedVersion === c.contentVersion ? (
              <p className="done">{t("training.completedCurrent")}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </Page>
  );
}
