import { existsSync, readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { renderMarkdown } from "./markdown.ts";

/**
 * The accessibility statement (Directive (EU) 2016/2102, art. 7; model statement of Implementing
 * Decision (EU) 2018/1523) at `/accessibility`, linked from every page's footer and from /help.
 * It is the municipality's own Markdown file (ARIADNE_ACCESSIBILITY_STATEMENT, in the language
 * ARIADNE_ACCESSIBILITY_STATEMENT_LANG), read at start and served as plain HTML without script or
 * cookie, readable without an account.
 */
export const statementPath = "/accessibility";

export const statementCss = `*{box-sizing:border-box}
body{margin:0;font:1.0625rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1b1f24;background:#fff}
main{max-width:44rem;margin-inline:auto;padding:1rem 1rem 3rem}
h1{font-size:1.75rem;line-height:1.2}
h2{font-size:1.3rem;margin-block:2rem .5rem}
h3{font-size:1.1rem;margin-block:1.25rem .25rem}
a{color:#1d4e89;text-underline-offset:.15em}
li{margin-block:.25rem}
code{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.9em}
.back{display:inline-block;padding-block:.5rem;min-height:24px}
:focus-visible{outline:3px solid #0b3a6e;outline-offset:2px;box-shadow:0 0 0 5px #ffd54f}
`;

export interface StatementSource {
  /** The Markdown file. */
  file: string;
  /** Its language, for `<html lang>`. */
  lang: string;
}

/** The whole page. Nothing comes before the statement but a link home, so no skip link is needed. */
export function renderStatementPage(markdown: string, lang: string): string {
  const body = renderMarkdown(markdown);
  const title = /<h1[^>]*>(.*?)<\/h1>/.exec(body)?.[1]?.replace(/<[^>]+>/g, "") ?? "Accessibility statement";
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<link rel="stylesheet" href="${statementPath}/statement.css">
</head>
<body>
<main id="main">
<p><a class="back" href="/">Ariadne</a></p>
${body}
</main>
</body>
</html>`;
}

/** Serves the statement; without the file the address answers 404 and start-up logs why. */
export function registerAccessibilityStatement(app: FastifyInstance, { file, lang }: StatementSource) {
  const page = existsSync(file) ? renderStatementPage(readFileSync(file, "utf8"), lang) : null;
  if (!page) app.log.warn({ file }, "accessibility statement not found; /accessibility answers 404");
  const publicRoute = { config: { public: true }, schema: { hide: true } };
  app.get(`${statementPath}/statement.css`, publicRoute, async (_req, reply) =>
    reply.type("text/css; charset=utf-8").header("cache-control", "public, max-age=3600").send(statementCss),
  );
  app.get(statementPath, publicRoute, async (_req, reply) => {
    if (!page) return reply.code(404).type("text/plain; charset=utf-8").send("No accessibility statement");
    return reply
      .header("cache-control", "public, max-age=300")
      .header("content-language", lang)
      .type("text/html; charset=utf-8")
      .send(page);
  });
}
