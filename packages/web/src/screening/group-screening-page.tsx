import { screening } from "@ariadne/domain";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useDomainLocale } from "../i18n/use-domain-locale.ts";
import { localToday } from "../ui/format-date.ts";
import { CheckboxField, TextField } from "../ui/index.ts";
import { type Status, statuses } from "./draft.ts";
import { elementLabel, keyWording, type Lang, levelLabel, profileLabel } from "./labels.ts";
import { SaveToCase } from "./save-to-case.tsx";

const { elementIds, evaluateGroupScreening, latestCatalogue } = screening;
type Answers = Record<string, Status>;

interface Person {
  id: number;
  ref: string;
  child: boolean;
  answers: Answers;
  savedTo: { caseId: string; caseCode: string; savedAt: string } | null;
}

const adultProfiles = ["adult_labour", "adult_sexual"] as const;
// The short first-contact set: what an outreach visit or an inspection can ask a group.
const questions = latestCatalogue.firstContact ?? [];

/**
 * Screening several people met at one workplace (an outreach visit, an inspection): what they share
 * is answered once, each person's own answers apart, and each person gets their own result and can
 * be saved to their own case. Accompanying children are screened with the child lists. Nothing
 * leaves this page until a person's screening is saved to a case.
 */
export function GroupScreeningPage() {
  const { t } = useTranslation();
  const lang = useDomainLocale();
  const [observedOn, setObservedOn] = useState(localToday());
  const [profiles, setProfiles] = useState<screening.ProfileId[]>(["adult_labour"]);
  const [shared, setShared] = useState<Answers>({});
  const [people, setPeople] = useState<Person[]>([
    { id: 1, ref: t("screening.groupPerson", { n: 1 }), child: false, answers: {}, savedTo: null },
    { id: 2, ref: t("screening.groupPerson", { n: 2 }), child: false, answers: {}, savedTo: null },
  ]);
  const update = (id: number, change: Partial<Person>) =>
    setPeople((ps) => ps.map((p) => (p.id === id ? { ...p, savedTo: null, ...change } : p)));
  const results = useMemo(() => {
    if (profiles.length === 0) return [];
    const toAnswers = (a: Answers) =>
      Object.entries(a).map(([question, status]) => ({ question, status, observedAt: observedOn }));
    return evaluateGroupScreening({
      catalogueVersion: latestCatalogue.version as screening.CatalogueVersion,
      profiles,
      shared: toAnswers(shared),
      people: people.map((p) => ({
        ref: p.ref || `#${p.id}`,
        child: p.child,
        answers: toAnswers(p.answers),
      })),
    });
  }, [profiles, shared, people, observedOn]);

  return (
    <div className="screening-page">
      <p className="screening-noprint">
        <Link to="/screening">{t("screening.groupBack")}</Link>
      </p>
      <fieldset className="screening-section">
        <legend>{t("screening.groupProfiles")}</legend>
        {adultProfiles.map((p) => (
          <label key={p} className="screening-choice">
            <input
              type="checkbox"
              checked={profiles.includes(p)}
              onChange={() => setProfiles((ps) => (ps.includes(p) ? ps.filter((x) => x !== p) : [...ps, p]))}
            />{" "}
            {profileLabel(p, lang)}
          </label>
        ))}
      </fieldset>
      <div className="screening-section">
        <TextField
          label={t("screening.observedOn")}
          type="date"
          required
          value={observedOn}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (/^\d{4}-\d{2}-\d{2}$/.test(value)) setObservedOn(value);
          }}
        />
      </div>
      <section className="screening-section" aria-labelledby="group-shared">
        <h2 id="group-shared">{t("screening.groupShared")}</h2>
        <p className="screening-guidance">{t("screening.groupSharedHint")}</p>
        <AnswerSelects
          answers={shared}
          lang={lang}
          onChange={setShared}
          emptyLabel={t("screening.notAsked")}
        />
      </section>
      <section className="screening-section" aria-labelledby="group-people">
        <h2 id="group-people">{t("screening.groupPeople")}</h2>
        {people.map((p, i) => {
          const r = results[i];
          const ref = p.ref || `#${p.id}`;
          return (
            <article key={p.id} className="screening-group-person" aria-label={ref}>
              <TextField
                label={t("screening.groupRef")}
                value={p.ref}
                maxLength={60}
                onChange={(e) => update(p.id, { ref: e.currentTarget.value })}
              />
              <CheckboxField
                label={t("screening.groupChild")}
                checked={p.child}
                onChange={(e) => update(p.id, { child: e.currentTarget.checked })}
              />
              <details className="screening-details">
                <summary>{t("screening.groupOwn", { ref })}</summary>
                <AnswerSelects
                  answers={p.answers}
                  lang={lang}
                  onChange={(f) => update(p.id, { answers: f(p.answers) })}
                  emptyLabel={t("screening.groupAsShared")}
                />
              </details>
              {r ? <PersonResult result={r.result} lang={lang} refName={ref} /> : null}
              {r ? (
                <SaveToCase
                  savedTo={p.savedTo}
                  input={r.input}
                  title={t("screening.groupSave", { ref })}
                  onSaved={(savedTo) =>
                    setPeople((ps) => ps.map((x) => (x.id === p.id ? { ...x, savedTo } : x)))
                  }
                />
              ) : null}
              {people.length > 1 ? (
                <button
                  type="button"
                  className="screening-noprint"
                  onClick={() => setPeople((ps) => ps.filter((x) => x.id !== p.id))}
                >
                  {t("screening.groupRemove", { ref })}
                </button>
              ) : null}
            </article>
          );
        })}
        <button
          type="button"
          className="screening-noprint"
          onClick={() =>
            setPeople((ps) => {
              const id = Math.max(0, ...ps.map((x) => x.id)) + 1;
              return [
                ...ps,
                { id, ref: t("screening.groupPerson", { n: id }), child: false, answers: {}, savedTo: null },
              ];
            })
          }
        >
          {t("screening.groupAdd")}
        </button>
      </section>
    </div>
  );
}

function AnswerSelects({
  answers,
  lang,
  onChange,
  emptyLabel,
}: {
  answers: Answers;
  lang: Lang;
  onChange: (f: (a: Answers) => Answers) => void;
  emptyLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <ul className="screening-browse-list">
      {questions.map((key) => (
        <li key={key}>
          <label>
            <span>{keyWording(key, lang)}</span>
            <select
              value={answers[key] ?? ""}
              onChange={(e) => {
                const status = e.currentTarget.value as Status | "";
                onChange((a) => {
                  const { [key]: _, ...rest } = a;
                  return status === "" ? rest : { ...rest, [key]: status };
                });
              }}
            >
              <option value="">{emptyLabel}</option>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {t(`screening.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </li>
      ))}
    </ul>
  );
}

function PersonResult({
  result,
  lang,
  refName,
}: {
  result: screening.ScreeningResultData;
  lang: Lang;
  refName: string;
}) {
  const { t } = useTranslation();
  const a = result.assistance;
  return (
    <div className={`screening-assistance screening-level-${a.level}`} aria-live="polite">
      <h3>{t("screening.groupResult", { ref: refName })}</h3>
      <p className="screening-assistance-level">
        <strong>
          {t("screening.assistance")}: {levelLabel(a.level, lang)}
        </strong>
      </p>
      <ul className="screening-elements">
        {elementIds.map((e) => (
          <li key={e}>
            {elementLabel(e, lang)}: {t(`screening.element_${a.elements[e].state}`)}
          </li>
        ))}
      </ul>
      <p>
        {result.profiles
          .map((p) => `${profileLabel(p.profile, lang)} — ${t(`screening.outcome_${p.outcome}`)}`)
          .join("; ")}
      </p>
    </div>
  );
}
