import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

let firstPage = true;

/**
 * A page's heading and document title. After a client-side navigation, focus moves to the
 * heading so screen reader and keyboard users start at the new content.
 */
export function Page({ title, intro, children }: { title: string; intro?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t("app.name")}`;
  }, [title, t]);
  useEffect(() => {
    if (firstPage) firstPage = false;
    else heading.current?.focus();
  }, []);
  return (
    <div className="page">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {intro ? <p className="page-intro">{intro}</p> : null}
      {children}
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t("common.loading")}
    </p>
  );
}
