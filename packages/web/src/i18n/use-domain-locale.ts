import { i18n as domainI18n } from "@ariadne/domain";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { currentLocale } from "./index.ts";

/**
 * The reader's language for the domain's texts (the indicator catalogue, the screening engine's
 * labels), fetched when a page first needs them: one chunk per language, `locale-<lang>-domain`
 * (English, Finnish and Swedish are built in). Until they arrive, and for any text a language lacks, the
 * lookups show English; the page re-renders once they are there. Given a language (a course's, say),
 * that language's texts instead of the reader's.
 */
export function useDomainLocale(language?: string): string {
  useTranslation(); // re-renders on a language switch
  const locale = language ?? currentLocale();
  const [, setLoaded] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    domainI18n.loadLocale(locale).then(
      () => current && setLoaded(locale),
      // Offline before the device kept the chunk: English stays, asked again on the next page.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [locale]);
  return locale;
}
