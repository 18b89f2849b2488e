import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";

/** The path of the last page shown; null until the first page of this load. */
let lastPagePath: string | null = null;

/**
 * A page's heading and document title. When the user moves to another path inside the app, focus
 * goes to the new heading so screen reader and keyboard users start at the new content; the first
 * page of a load, and re-renders on the same path, leave focus alone.
 */
/** A page: its title (focused on arrival) and intro; `lang` when they are written in another language than the app's (a course's own). */
export function Page({
  title,
  intro,
  lang,
  children,
}: {
  title: string;
  intro?: string | undefined;
  lang?: string | undefined;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t("app.name")}`;
  }, [title, t]);
  const { pathname } = useLocation();
  useEffect(() => {
    if (lastPagePath !== null && lastPagePath !== pathname) heading.current?.focus();
    lastPagePath = pathname;
  }, [pathname]);
  return (
    <div className="page">
      <h1 ref={heading} tabIndex={-1} lang={lang}>
        {title}
      </h1>
      {intro ? (
        <p className="page-intro" lang={lang}>
          {intro}
        </p>
      ) : null}
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
