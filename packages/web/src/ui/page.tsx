import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

let focusPending = false;

/**
 * Asks the next page to take focus on its heading: called on client-side navigation, so screen
 * reader and keyboard users start at the new content. A fresh page load leaves focus alone.
 */
export function focusNextPageHeading() {
  focusPending = true;
}

/** A page's heading and document title. */
export function Page({ title, intro, children }: { title: string; intro?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t("app.name")}`;
  }, [title, t]);
  useEffect(() => {
    if (!focusPending) return;
    focusPending = false;
    heading.current?.focus();
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
