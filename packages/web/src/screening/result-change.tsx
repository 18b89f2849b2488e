import type { screening } from "@ariadne/domain";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { dimensionLabel, elementLabel, type Lang, levelLabel, profileLabel } from "./labels.ts";

/**
 * What a profile's `resultChange` says, in words: settled, or which parts of the rule are still
 * open and how many indicators each needs. The question card and the result panel both say it
 * through this function, so they never contradict each other (issue 13).
 */
export function profileChangeText(change: screening.ProfileChange, t: TFunction, lang: Lang): string {
  const profile = profileLabel(change.profile, lang);
  if (!change.canChange) return t("screening.changeSettled", { profile });
  // Each open part by its quickest ways only (the domain lists them fewest first).
  const needs = change.open
    .map((part) =>
      part
        .filter((n) => n.missing === part[0]?.missing)
        .map((n) =>
          t("screening.changeNeed", { count: n.missing, dimension: dimensionLabel(n.dimension, lang) }),
        )
        .join(t("screening.changeOr")),
    )
    .join(t("screening.changeAnd"));
  return t("screening.changeOpen", { profile, needs });
}

/** What the assistance signal's `resultChange` says, in words. */
export function signalChangeText(change: screening.SignalChange, t: TFunction, lang: Lang): string {
  if (!change.canChange) return t("screening.signalSettled");
  const level = levelLabel(change.reachable, lang);
  if (change.elements.length === 0) return t("screening.signalOpen", { level });
  const elements = change.elements.map((e) => elementLabel(e, lang)).join(", ");
  return t("screening.signalOpenElements", { level, elements });
}

/** Each profile's statement, one a line, marked so that tests can compare where it is said. */
export function ProfileChanges({
  profiles,
  lang,
}: {
  profiles: readonly screening.ProfileChange[];
  lang: Lang;
}) {
  const { t } = useTranslation();
  return (
    <>
      {profiles.map((p) => (
        <p key={p.profile} className="screening-change" data-result-change={p.profile}>
          {profileChangeText(p, t, lang)}
        </p>
      ))}
    </>
  );
}
