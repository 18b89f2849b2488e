import { i18n } from "@ariadne/domain";

/**
 * The language a PDF or e-mail is written in for its reader, its texts loaded: the first of the
 * candidates that names a locale Ariadne speaks, else English. Today the candidates are the
 * request's (`?lang=`, then e.g. the person's own languages); when users and municipalities store
 * a preferred language, it becomes the first candidate here and every document follows it.
 */
export async function readerLocale(
  ...candidates: readonly (string | null | undefined)[]
): Promise<i18n.LocaleId> {
  const locale =
    candidates.flatMap((c) => (c ? [i18n.localeOf(c)] : [])).find((l) => l !== undefined) ?? "en";
  await i18n.loadLocale(locale);
  return locale;
}
