import { referral, screening, type training } from "@ariadne/domain";
import { useTranslation } from "react-i18next";
import { useDomainLocale } from "../i18n/use-domain-locale.ts";
import { type CourseView, trainingApi } from "./training-api.ts";

const catalogue = screening.latestCatalogue;

/** What trafficking is and is not: the guidelines' words, in plain language. */
export function DefinitionLesson() {
  const { t } = useTranslation();
  return (
    <>
      {(["p1", "p2", "p3", "p4"] as const).map((p) => (
        <p key={p}>{t(`training.lesson.definitionBody.${p}`)}</p>
      ))}
    </>
  );
}

/** The indicators of the chosen lists, from the catalogue: a catalogue change shows up here. */
/** The catalogue in the reader's language (any the app speaks), not only the course's. */
export function IndicatorsLesson({ profiles }: { profiles: screening.ProfileId[] }) {
  const lang = useDomainLocale();
  return (
    <>
      {profiles.map((profile) =>
        screening.dimensionIds.map((dimension) => {
          const items = catalogue.indicators.filter(
            (i) => i.kind === "ilo" && i.profile === profile && i.dimension === dimension,
          );
          if (items.length === 0) return null;
          return (
            <details key={`${profile}-${dimension}`}>
              <summary>
                {screening.labelIn("profiles", profile, lang)}:{" "}
                {screening.labelIn("dimensions", dimension, lang)} ({items.length})
              </summary>
              <ul>
                {items.map((i) => {
                  const text = screening.indicatorTextIn(i, lang);
                  return (
                    <li key={i.id}>
                      <strong>{text.wording}</strong> {text.lookFor}
                    </li>
                  );
                })}
              </ul>
            </details>
          );
        }),
      )}
    </>
  );
}

/** Why people seldom self-identify, and how to approach them: the barriers catalogue. */
export function BarriersLesson() {
  const lang = useDomainLocale();
  return (
    <dl>
      {catalogue.barriers.map((b) => (
        <div key={b.id}>
          <dt>{screening.barrierTextIn(b.id, lang).label}</dt>
          <dd>{screening.barrierTextIn(b.id, lang).approach}</dd>
        </div>
      ))}
    </dl>
  );
}

/** This municipality's scheme of assistance as it stands today. */
export function PathwayLesson({ pathway }: { pathway: CourseView["pathway"] }) {
  const { t } = useTranslation();
  const stageNames = referral.referralTexts.in(useDomainLocale()).stageNames;
  if (pathway.length === 0) return <p>{t("training.lesson.pathwayEmpty")}</p>;
  return (
    <ol>
      {pathway.map((step) => (
        <li key={step.stage}>
          <strong>{stageNames[step.stage]}</strong>
          {step.organisationName ? `: ${step.organisationName}` : ""} — {step.contactPoint} (
          {t("training.lesson.responseHours", { count: step.responseHours })})
          {step.description ? <p>{step.description}</p> : null}
        </li>
      ))}
    </ol>
  );
}

export function TextLesson({ lesson }: { lesson: Extract<training.Lesson, { kind: "text" }> }) {
  return (
    <>
      {lesson.body.split(/\n{2,}/).map((p) => (
        <p key={p}>{p}</p>
      ))}
      {lesson.images.map((img) => (
        <img
          key={img.imageId}
          className="lesson-image"
          src={trainingApi.imageUrl(img.imageId)}
          alt={img.alt}
        />
      ))}
      {lesson.links.length > 0 ? (
        <ul className="lesson-links">
          {lesson.links.map((l) => (
            <li key={l.url}>
              <a href={l.url} rel="noopener noreferrer" target="_blank">
                {l.label}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
