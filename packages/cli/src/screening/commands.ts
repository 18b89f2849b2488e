import { readFileSync } from "node:fs";
import { i18n, screening } from "@ariadne/domain";
import { CliError, type Io } from "../commands.ts";

/**
 * The language asked for with `--lang`, its domain texts loaded: any language Ariadne speaks
 * (issue 18), English for a text it lacks.
 */
async function languageOf(lang: string): Promise<i18n.LocaleId> {
  if (!i18n.isLocaleId(lang)) throw new CliError(`--lang: must be one of ${i18n.localeIds.join(", ")}`);
  await i18n.loadLocale(lang);
  return lang;
}

function readInput(file: string | undefined): string {
  try {
    return readFileSync(!file || file === "-" ? 0 : file, "utf8");
  } catch (e) {
    throw new CliError(`cannot read ${file ?? "standard input"}: ${(e as Error).message}`);
  }
}

/**
 * `ariadne screen [FILE|-] [--lang xx]`: the same JSON in and out as POST
 * /api/v1/screenings/evaluate; with `--lang`, the result as text in that language instead,
 * Ariadne's assistance signal first. An input with `people` is a group screening (see
 * docs/screening-format.md): one result per person.
 */
export async function screenCommand(
  io: Io,
  file: string | undefined,
  options: { lang?: string | undefined } = {},
): Promise<void> {
  const lang = options.lang === undefined ? undefined : await languageOf(options.lang);
  let data: unknown;
  try {
    data = JSON.parse(readInput(file));
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`input is not JSON: ${(e as Error).message}`);
  }
  // A group screening (several people met at one workplace) is told apart by its `people`.
  if (typeof data === "object" && data !== null && "people" in data) {
    const group = screening.GroupScreeningInput.safeParse(data);
    if (!group.success) {
      throw new CliError(
        group.error.issues
          .map((i) => `${i.path.map(String).join(".") || "(input)"}: ${i.message}`)
          .join("\n"),
      );
    }
    const people = screening.evaluateGroupScreening(group.data);
    io.out(
      lang
        ? people.map((p) => `# ${p.ref}\n${screening.renderResultText(p.result, lang)}`).join("\n\n")
        : JSON.stringify({ people }, null, 2),
    );
    return;
  }
  const parsed = screening.parseScreeningInput(data);
  if (!parsed.ok) {
    throw new CliError(parsed.issues.map((i) => `${i.path || "(input)"}: ${i.message}`).join("\n"));
  }
  const result = screening.evaluateScreening(parsed.value);
  io.out(lang ? screening.renderResultText(result, lang) : JSON.stringify(result, null, 2));
}

/** `ariadne indicators [--lang xx] [--json]`: the indicator catalogue. */
export async function indicatorsCommand(
  io: Io,
  options: { lang?: string | undefined; json?: boolean | undefined; catalogue?: string | undefined },
): Promise<void> {
  const version = options.catalogue ?? "catalogue-v1";
  if (!(screening.catalogueVersions as readonly string[]).includes(version)) {
    throw new CliError(`--catalogue: must be one of ${screening.catalogueVersions.join(", ")}`);
  }
  const catalogue = screening.catalogues[version as screening.CatalogueVersion];
  const l = await languageOf(options.lang ?? "en");
  io.out(
    options.json
      ? JSON.stringify(screening.renderCatalogue(l, catalogue), null, 2)
      : screening.renderCatalogueText(l, catalogue),
  );
}
