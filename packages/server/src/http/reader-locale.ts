import { adminDb, type Database, type Queryable, withSystem } from "@ariadne/db";
import { i18n } from "@ariadne/domain";

/**
 * The language a PDF or e-mail is written in for its reader, its texts loaded: the first of the
 * candidates that names a locale Ariadne speaks, else English.
 */
export async function readerLocale(
  ...candidates: readonly (string | null | undefined)[]
): Promise<i18n.LocaleId> {
  const locale =
    candidates.flatMap((c) => (c ? [i18n.localeOf(c)] : [])).find((l) => l !== undefined) ?? "en";
  await i18n.loadLocale(locale);
  return locale;
}

/**
 * The language a user reads in as stored (issue 18): their own choice, else their municipality's
 * default, else English; English for no such user. What an e-mail to them is written in.
 */
export async function userLocale(tx: Queryable, userId: string): Promise<i18n.LocaleId> {
  const preference = await adminDb.readerLocale(tx, userId);
  return readerLocale(preference?.locale);
}

/**
 * The language of a document a signed-in user downloads: the candidates first (the request's
 * `?lang=`, then e.g. the languages of the person it is for), else the user's stored language.
 */
export async function documentLocale(
  db: Database,
  userId: string,
  ...candidates: readonly (string | null | undefined)[]
): Promise<i18n.LocaleId> {
  const stored = await withSystem(db, (tx) => adminDb.readerLocale(tx, userId));
  return readerLocale(...candidates, stored?.locale);
}
