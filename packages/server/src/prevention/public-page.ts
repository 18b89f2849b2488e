import { prevention } from "@ariadne/domain";

/**
 * The public help page as HTML (issue 15, point 3): no script, no cookie, nothing from elsewhere,
 * one small stylesheet; readable with JavaScript off and on a 360 px phone. Every value is escaped.
 */
type Lang = prevention.HelpLanguage;

export interface PublicService {
  name: string;
  phone: string | null;
  emergencyLine: string | null;
  address: string;
  openingHours: string;
  open247: boolean;
}

export interface PageContext {
  lang: Lang;
  municipality: string;
  slug: string;
  emergencyNumber: string;
  services: PublicService[];
}

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => escapes[c]!);
const fill = (s: string, number: string) =>
  esc(s).replace("{{number}}", `<a href="tel:${esc(number)}">${esc(number)}</a>`);

function shell(
  ctx: Pick<PageContext, "lang" | "municipality" | "slug">,
  title: string,
  body: string,
): string {
  const t = prevention.helpTexts[ctx.lang];
  const here = ctx.slug ? `/help/${encodeURIComponent(ctx.slug)}` : "/help";
  const languages = prevention.helpLanguages
    .map((l) => {
      const name = prevention.helpTexts[l].name;
      const dir = prevention.helpTexts[l].dir;
      return l === ctx.lang
        ? `<li><span lang="${l}" dir="${dir}" aria-current="page">${esc(name)}</span></li>`
        : `<li><a href="${here}?lang=${l}" lang="${l}" dir="${dir}" hreflang="${l}">${esc(name)}</a></li>`;
    })
    .join("");
  return `<!doctype html>
<html lang="${ctx.lang}" dir="${t.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(title)} – ${esc(ctx.municipality)}</title>
<link rel="stylesheet" href="/help/help.css">
</head>
<body>
<a class="skip" href="#main">${esc(t.title)}</a>
<nav class="languages" aria-label="${esc(t.language)}"><ul>${languages}</ul></nav>
<main id="main">
${body}
</main>
<footer><p>${esc(ctx.municipality)}</p><p><a href="/accessibility">${esc(t.accessibility)}</a></p></footer>
</body>
</html>`;
}

function serviceHtml(s: PublicService, t: prevention.HelpTexts): string {
  const lines = [
    s.phone ? `<p>${esc(t.phone)}: <a href="tel:${esc(s.phone)}">${esc(s.phone)}</a></p>` : "",
    s.emergencyLine && s.emergencyLine !== s.phone
      ? `<p>${esc(t.phone)}: <a href="tel:${esc(s.emergencyLine)}">${esc(s.emergencyLine)}</a></p>`
      : "",
    s.address ? `<p>${esc(t.address)}: ${esc(s.address)}</p>` : "",
    s.open247
      ? `<p>${esc(t.open247)}</p>`
      : s.openingHours
        ? `<p>${esc(t.hours)}: ${esc(s.openingHours)}</p>`
        : "",
  ].join("");
  return `<li><h3>${esc(s.name)}</h3>${lines}</li>`;
}

/** The help page of a municipality in one language. */
export function renderHelpPage(ctx: PageContext, notice = ""): string {
  const t = prevention.helpTexts[ctx.lang];
  const action = `/help/${encodeURIComponent(ctx.slug)}`;
  const body = `<p class="emergency">${fill(t.emergency, ctx.emergencyNumber)}</p>
<h1>${esc(t.title)}</h1>
<p class="intro">${esc(t.intro)}</p>
${notice}
<section aria-labelledby="rights"><h2 id="rights">${esc(t.rightsTitle)}</h2>
<ul class="rights">${t.rights.map((r) => `<li>${esc(r)}</li>`).join("")}</ul></section>
<section aria-labelledby="now"><h2 id="now">${esc(t.helpNow)}</h2>
<ul class="services">${ctx.services.map((s) => serviceHtml(s, t)).join("")}</ul></section>
<section aria-labelledby="report"><h2 id="report">${esc(t.reportTitle)}</h2>
<p>${esc(t.reportIntro)}</p>
<form method="post" action="${action}/concerns?lang=${ctx.lang}">
<p><label for="what">${esc(t.what)}</label><textarea id="what" name="what" required maxlength="${prevention.concernLimits.what}" rows="5"></textarea></p>
<p><label for="where">${esc(t.where)}</label><input id="where" name="where" maxlength="${prevention.concernLimits.where}"></p>
<p><label for="when">${esc(t.when)}</label><input id="when" name="when" type="date"></p>
<p><label for="contact">${esc(t.contact)}</label><input id="contact" name="contact" maxlength="${prevention.concernLimits.contact}" autocomplete="off"></p>
<p class="hp"><label for="website">Website</label><input id="website" name="website" tabindex="-1" autocomplete="off"></p>
<input type="hidden" name="lang" value="${ctx.lang}">
<p><button type="submit">${esc(t.send)}</button></p>
</form></section>
<section aria-labelledby="answer"><h2 id="answer">${esc(t.replyTitle)}</h2>
<form method="post" action="${action}/receipt?lang=${ctx.lang}">
<p><label for="code">${esc(t.code)}</label><input id="code" name="code" autocomplete="off" maxlength="20"></p>
<p><button type="submit">${esc(t.read)}</button></p>
</form></section>`;
  return shell(ctx, t.title, body);
}

/** The answer to a sent concern: the receipt code to keep. */
export function renderReceipt(ctx: Omit<PageContext, "services">, code: string): string {
  const t = prevention.helpTexts[ctx.lang];
  const body = `<p class="emergency">${fill(t.emergency, ctx.emergencyNumber)}</p>
<h1>${esc(t.reportTitle)}</h1>
<p role="status">${esc(t.thanks)}</p>
<p class="code" lang="en" dir="ltr">${esc(code)}</p>
<p>${esc(t.keepCode)}</p>
<p><a href="/help/${encodeURIComponent(ctx.slug)}?lang=${ctx.lang}">${esc(t.title)}</a></p>`;
  return shell(ctx, t.reportTitle, body);
}

/** The reply the reporter reads with the code, or that there is none yet. */
export function renderReply(
  ctx: Omit<PageContext, "services">,
  found: { reply: string | null } | null,
): string {
  const t = prevention.helpTexts[ctx.lang];
  const answer = !found
    ? `<p role="alert">${esc(t.unknownCode)}</p>`
    : found.reply
      ? `<h2>${esc(t.reply)}</h2><p class="reply">${esc(found.reply).replace(/\n/g, "<br>")}</p>`
      : `<p role="status">${esc(t.noReply)}</p>`;
  const body = `<p class="emergency">${fill(t.emergency, ctx.emergencyNumber)}</p>
<h1>${esc(t.replyTitle)}</h1>
${answer}
<p><a href="/help/${encodeURIComponent(ctx.slug)}?lang=${ctx.lang}">${esc(t.title)}</a></p>`;
  return shell(ctx, t.replyTitle, body);
}

/** A refused request, in the page's language where the words exist, naming the field. */
export function renderRefusal(ctx: Omit<PageContext, "services">, field: string, reason: string): string {
  const t = prevention.helpTexts[ctx.lang];
  const label = (t as unknown as Record<string, string>)[field] ?? field;
  const body = `<p class="emergency">${fill(t.emergency, ctx.emergencyNumber)}</p>
<h1>${esc(t.reportTitle)}</h1>
<p role="alert"><strong>${esc(label)}</strong> (${esc(field)}): <span lang="en" dir="ltr">${esc(reason)}</span></p>
<p><a href="/help/${encodeURIComponent(ctx.slug)}?lang=${ctx.lang}#report">${esc(t.title)}</a></p>`;
  return shell(ctx, t.reportTitle, body);
}

/** The page's one stylesheet: system fonts, logical properties (right to left works as is). */
export const helpCss = `*{box-sizing:border-box}
body{margin:0;font:1.125rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#111;background:#fff}
main,footer,.languages{max-width:40rem;margin-inline:auto;padding-inline:1rem}
h1{font-size:1.75rem;line-height:1.2;margin-block:1rem .5rem}
h2{font-size:1.35rem;margin-block:1.5rem .5rem}
h3{font-size:1.1rem;margin-block:.5rem .25rem}
a{color:#0b4f8a}
.skip{position:absolute;inset-inline-start:-999px}
.skip:focus{position:static}
.emergency{background:#8a1020;color:#fff;padding:.75rem 1rem;font-weight:700;border-radius:.5rem}
.emergency a{color:#fff}
.rights li{margin-block:.25rem;font-weight:600}
.services{list-style:none;padding:0}
.services li{border:1px solid #767676;border-radius:.5rem;padding:.5rem .75rem;margin-block:.5rem}
.services p{margin:.1rem 0}
label{display:block;font-weight:600}
input,textarea{width:100%;font:inherit;padding:.5rem;border:2px solid #555;border-radius:.35rem}
button{font:inherit;font-weight:700;padding:.6rem 1.4rem;border:0;border-radius:.35rem;background:#0b4f8a;color:#fff}
:focus-visible{outline:3px solid #c60;outline-offset:2px}
.hp{display:none}
.code{font-size:1.6rem;font-weight:700;letter-spacing:.1em}
.languages ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .9rem;font-size:1rem}
.languages [aria-current]{font-weight:700}
footer{color:#444;font-size:.9rem;margin-block:2rem}
@media print{.languages,form,.skip{display:none}}
`;
