/**
 * How far a language's messages cover English's (issue 18): pure functions over the message trees,
 * used by the locale test, `npm run i18n:coverage` and its `_coverage.json` files (which the admin
 * page shows). A "message" is an English key; a plural message (`count_one`, `count_other`) is one
 * message whose forms follow the language's CLDR plural categories (`Intl.PluralRules`).
 */
export type Tree = { [key: string]: string | Tree };

export function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

const pluralForm = /_(zero|one|two|few|many|other)$/;

/** The message a key belongs to, and its plural form if it is one. */
export function messageOf(key: string): { base: string; form: string | null } {
  const m = pluralForm.exec(key);
  return m ? { base: key.slice(0, m.index), form: m[1]! } : { base: key, form: null };
}

/** The `{{names}}` a message fills in, sorted (formats after a comma ignored). */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!))].sort();
}

export function pluralCategories(lang: string): string[] {
  return [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories];
}

interface Message {
  plural: boolean;
  forms: Map<string, string>;
}

function messages(tree: Tree): Map<string, Message> {
  const out = new Map<string, Message>();
  for (const [key, text] of leaves(tree)) {
    const { base, form } = messageOf(key);
    const message = out.get(base) ?? { plural: false, forms: new Map<string, string>() };
    if (form) message.plural = true;
    message.forms.set(form ?? "", text);
    out.set(base, message);
  }
  return out;
}

export interface LocaleReport {
  lang: string;
  /** English messages. */
  total: number;
  /** English messages this language has (in at least one form). */
  translated: number;
  /** English messages it lacks: English is shown for them. */
  missing: string[];
  /** Keys English does not have, or plural forms the language does not use. */
  extra: string[];
  /** Messages whose `{{placeholders}}` differ from English's. */
  wrongPlaceholders: string[];
  /** Plural messages lacking a form of one of the language's plural categories (`key_few`). */
  missingPluralForms: string[];
  empty: string[];
}

const withoutCount = (names: string[]) => names.filter((n) => n !== "count");

/** Compares a language's messages (all modules, under their top-level keys) with English's. */
export function compareLocale(lang: string, english: Tree, locale: Tree): LocaleReport {
  const reference = messages(english);
  const own = messages(locale);
  const categories = pluralCategories(lang);
  const report: LocaleReport = {
    lang,
    total: reference.size,
    translated: 0,
    missing: [],
    extra: [],
    wrongPlaceholders: [],
    missingPluralForms: [],
    empty: [],
  };
  for (const [base, message] of own) {
    const ref = reference.get(base);
    if (!ref) {
      report.extra.push(base);
      continue;
    }
    for (const [form, text] of message.forms) {
      const key = form ? `${base}_${form}` : base;
      if (text.trim() === "") report.empty.push(key);
      if (ref.plural !== Boolean(form) || (form && !categories.includes(form))) report.extra.push(key);
    }
  }
  for (const [base, ref] of reference) {
    const message = own.get(base);
    if (!message) {
      report.missing.push(base);
      continue;
    }
    report.translated += 1;
    const expected = withoutCount(placeholders([...ref.forms.values()].join(" ")));
    const wrong = [...message.forms.values()].some(
      (text) => withoutCount(placeholders(text)).join() !== expected.join(),
    );
    if (wrong) report.wrongPlaceholders.push(base);
    if (ref.plural) {
      const lacking = categories.filter((c) => !message.forms.has(c));
      if (lacking.length > 0) report.missingPluralForms.push(`${base} (${lacking.join(", ")})`);
    }
  }
  for (const list of [report.missing, report.extra, report.wrongPlaceholders, report.missingPluralForms])
    list.sort();
  return report;
}

/** The share of English messages a language has, in per cent with one decimal. */
export function coveragePercent(report: Pick<LocaleReport, "translated" | "total">): number {
  return report.total === 0 ? 100 : Math.floor((report.translated / report.total) * 1000) / 10;
}
