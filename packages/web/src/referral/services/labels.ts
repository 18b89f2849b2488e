import type { TFunction } from "i18next";
import { languageNames } from "../../ui/code-names.ts";
import type { Reason } from "./services-api.ts";

/** A matching reason in words: the server sends a code and its figures, never a sentence. */
export function reasonText(t: TFunction, r: Reason, locale: string, kind: "reasons" | "exclusions"): string {
  const values: Record<string, string | number> = {};
  if (Array.isArray(r.languages)) values.languages = languageNames(r.languages as string[], locale);
  if (Array.isArray(r.demands))
    values.demands = (r.demands as string[]).map((d) => t(`referral.services.demands.${d}`)).join(", ");
  for (const key of ["km", "available", "days"] as const)
    if (typeof r[key] === "number") values[key] = (r[key] as number).toLocaleString(locale);
  return t(`referral.services.${kind}.${r.code}`, values);
}

/** What a service demands, in words; empty when it is unconditional. */
export function demandsOf(
  t: TFunction,
  s: { requiresIdentification: boolean; requiresDocuments: boolean; requiresResidencePermit: boolean },
): string {
  return [
    s.requiresIdentification ? t("referral.services.demands.identification") : null,
    s.requiresDocuments ? t("referral.services.demands.documents") : null,
    s.requiresResidencePermit ? t("referral.services.demands.residence_permit") : null,
  ]
    .filter(Boolean)
    .join(", ");
}

/** Free places in words. */
export function availabilityText(
  t: TFunction,
  s: { available: number | null; capacity: number | null },
): string {
  if (s.available === null) return t("referral.services.notReported");
  if (s.available === 0) return t("referral.services.full");
  return s.capacity !== null
    ? t("referral.services.placesOf", { available: s.available, capacity: s.capacity })
    : t("referral.services.places", { available: s.available });
}
