import { formatDate } from "./format-date.ts";
import { sortByText } from "./format-number.ts";

/**
 * Stored codes by their names in the reader's language: languages (ISO 639-1) and countries
 * (ISO 3166-1) through `Intl.DisplayNames`, so no list of names is kept by hand and every language
 * the browser knows reads right in English, Finnish and Swedish.
 */
function displayName(type: "language" | "region", code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type, fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "uk" → "Ukrainian" (en), "ukraina" (fi), "ukrainska" (sv). */
export function languageName(code: string, lang: string): string {
  return displayName("language", code.toLowerCase(), lang);
}

/** "UA" → "Ukraine" (en), "Ukraina" (fi, sv). */
export function countryName(code: string, lang: string): string {
  return displayName("region", code.toUpperCase(), lang);
}

/** Several languages by name, comma-separated as a list of facts: "ukraina, venäjä". */
export function languageNames(codes: readonly string[], lang: string): string {
  return codes.map((c) => languageName(c, lang)).join(", ");
}

/** Languages by name in the reader's language, in its alphabetical order: a filter's choices. */
export function languagesByName(codes: Iterable<string>, lang: string): { code: string; name: string }[] {
  return sortByText(
    [...new Set(codes)].map((code) => ({ code, name: languageName(code, lang) })),
    (l) => l.name,
    lang,
  );
}

/**
 * The ISO 639-1 codes (two letters) the browser can name: the choices of the language picker. The
 * registry is fixed; the names come from `Intl.DisplayNames`.
 */
export const iso639_1 =
  "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu".split(
    " ",
  );

/**
 * The ISO 3166-1 alpha-2 codes (249, as the standard's list), and XK for Kosovo, which the
 * standard leaves to users and the EU and the Baltic states use: the choices for citizenship.
 */
export const iso3166_1 =
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW".split(
    " ",
  );

/** Every country by name in the reader's language, in its alphabetical order (Å after Z in Swedish). */
export function countriesByName(lang: string): { code: string; name: string }[] {
  return sortByText(
    iso3166_1.map((code) => ({ code, name: countryName(code, lang) })),
    (c) => c.name,
    lang,
  );
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A person's coded or dated field as words: gender, languages, citizenship, date of birth. */
export function personValueText(field: string, value: unknown, t: Translate, lang: string): string | null {
  if (field === "gender" && typeof value === "string")
    return t(`cases.genders.${value}`, { defaultValue: value });
  if (field === "languages" && Array.isArray(value)) return languageNames(value.map(String), lang);
  if (field === "citizenship" && typeof value === "string") return countryName(value, lang);
  if (field === "dateOfBirth" && typeof value === "string") return formatDate(value, lang);
  return null;
}
