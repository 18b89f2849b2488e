import { prevention } from "@ariadne/domain";

/**
 * The public help page's weight (issue 15: under 100 KB in total, HTML + CSS + fonts; it uses the
 * system's fonts, so none are loaded) in every language, from a running server, as sent (no
 * compression counted). Returns the heaviest language and English.
 */
export async function benchPublicPage(serverUrl: string) {
  const css = Buffer.byteLength(await (await fetch(`${serverUrl}/help/help.css`)).text());
  let heaviest = { lang: "en", bytes: 0 };
  let english = 0;
  for (const lang of prevention.helpLanguages) {
    const res = await fetch(`${serverUrl}/help?lang=${lang}`);
    if (!res.ok) throw new Error(`/help?lang=${lang} answered ${res.status}`);
    const bytes = Buffer.byteLength(await res.text()) + css;
    if (lang === "en") english = bytes;
    if (bytes > heaviest.bytes) heaviest = { lang, bytes };
  }
  return [
    { name: "public_page.weight_en", value: english / 1024, unit: "KiB" },
    { name: `public_page.weight_heaviest_${heaviest.lang}`, value: heaviest.bytes / 1024, unit: "KiB" },
    { name: "public_page.weight_budget", value: 100, unit: "KiB" },
  ];
}
