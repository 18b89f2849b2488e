import { screening } from "@ariadne/domain";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Page } from "../ui/index.ts";
import "./screening.css";

type BarrierId = screening.BarrierId;
type Lang = screening.Lang;
type ProfileId = screening.ProfileId;
type ScreeningInputData = screening.ScreeningInputData;
const {
  barrierIds,
  catalogueV1,
  dimensionLabels,
  evaluateScreening,
  formatMessage,
  profileIds,
  profileLabels,
  renderCatalogue,
} = screening;

type Status = "present" | "absent" | "unknown";
interface Draft {
  profiles: ProfileId[];
  answers: Record<string, Status>;
  barriers: BarrierId[];
}
const KEY = "ariadne.screening.draft";
const empty: Draft = { profiles: [], answers: {}, barriers: [] };

function loadDraft(): Draft {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? { ...empty, ...(JSON.parse(raw) as Draft) } : empty;
  } catch {
    return empty;
  }
}

function lang(l: string): Lang {
  return l === "fi" || l === "sv" ? l : "en";
}

/** Entry page of the screening module (lazy-loaded chunk): a guided screening run in the browser. */
export default function ScreeningPage() {
  const { t, i18n } = useTranslation();
  const lg = lang(i18n.language);
  const [draft, setDraft] = useState<Draft>(loadDraft);
  useEffect(() => {
    sessionStorage.setItem(KEY, JSON.stringify(draft));
  }, [draft]);
  const texts = useMemo(() => new Map(catalogueV1.indicators.map((i) => [i.id, i.text[lg]])), [lg]);
  const today = new Date().toISOString().slice(0, 10);
  const input: ScreeningInputData | null =
    draft.profiles.length > 0
      ? {
          profiles: draft.profiles,
          barriers: draft.barriers,
          observations: Object.entries(draft.answers).map(([indicator, status]) => ({
            indicator,
            status,
            observedAt: today,
          })),
        }
      : null;
  const result = input ? evaluateScreening(input) : null;
  const next = useMemo(() => {
    if (!result) return null;
    const asked = new Set(Object.keys(draft.answers));
    const q = result.profiles.flatMap((p) => p.whatToAskNext).find((x) => !asked.has(x.indicator));
    if (q) return q.indicator;
    const open = catalogueV1.indicators.find(
      (i) => i.kind === "ilo" && draft.profiles.includes(i.profile) && !asked.has(i.id),
    );
    return open?.id ?? null;
  }, [result, draft]);
  const nextInd = next ? catalogueV1.indicators.find((i) => i.id === next) : undefined;
  const barrierTexts = renderCatalogue(lg).barriers;

  const toggleProfile = (p: ProfileId) =>
    setDraft((d) => {
      const profiles = d.profiles.includes(p) ? d.profiles.filter((x) => x !== p) : [...d.profiles, p];
      const answers = Object.fromEntries(
        Object.entries(d.answers).filter(([id]) => {
          const ind = catalogueV1.indicators.find((i) => i.id === id);
          return ind?.kind !== "ilo" || profiles.includes(ind.profile);
        }),
      );
      return { ...d, profiles, answers };
    });
  const toggleBarrier = (b: BarrierId) =>
    setDraft((d) => ({
      ...d,
      barriers: d.barriers.includes(b) ? d.barriers.filter((x) => x !== b) : [...d.barriers, b],
    }));
  const answer = (id: string, s: Status) => setDraft((d) => ({ ...d, answers: { ...d.answers, [id]: s } }));
  const discard = () => {
    sessionStorage.removeItem(KEY);
    setDraft(empty);
  };

  return (
    <Page title={t("screening.title")} intro={t("screening.intro")}>
      <div className="screening-actions screening-noprint">
        <button type="button" onClick={discard}>
          {t("screening.discard")}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t("screening.print")}
        </button>
      </div>
      <div className="screening-layout">
        <div>
          <fieldset className="screening-section screening-noprint">
            <legend>{t("screening.profiles")}</legend>
            {profileIds.map((p) => (
              <label key={p} className="screening-choice">
                <input
                  type="checkbox"
                  checked={draft.profiles.includes(p)}
                  onChange={() => toggleProfile(p)}
                />{" "}
                {profileLabels[p][lg]}
              </label>
            ))}
          </fieldset>
          {result ? (
            <section className="screening-section screening-noprint" aria-labelledby="screening-q">
              <h2 id="screening-q">{t("screening.question")}</h2>
              {nextInd ? (
                <fieldset key={nextInd.id}>
                  <legend>
                    {nextInd.kind === "ilo" ? `${dimensionLabels[nextInd.dimension][lg]}: ` : ""}
                    {nextInd.text[lg].wording}
                  </legend>
                  <p className="screening-guidance">
                    <strong>{t("screening.lookFor")}:</strong> {nextInd.text[lg].lookFor}
                  </p>
                  <p className="screening-guidance">
                    <strong>{t("screening.ask")}:</strong> {nextInd.text[lg].ask}
                  </p>
                  {(["present", "absent", "unknown"] as const).map((s) => (
                    <label key={s} className="screening-choice">
                      <input
                        type="radio"
                        name={`answer-${nextInd.id}`}
                        checked={false}
                        onChange={() => answer(nextInd.id, s)}
                      />{" "}
                      {t(`screening.${s}`)}
                    </label>
                  ))}
                </fieldset>
              ) : (
                <p>{t("screening.noQuestion")}</p>
              )}
            </section>
          ) : null}
          {result ? (
            <fieldset className="screening-section">
              <legend>{t("screening.barriers")}</legend>
              {barrierIds.map((b) => {
                const bt = barrierTexts.find((x) => x.id === b);
                return (
                  <div key={b}>
                    <label className="screening-choice">
                      <input
                        type="checkbox"
                        checked={draft.barriers.includes(b)}
                        onChange={() => toggleBarrier(b)}
                      />{" "}
                      {bt?.label ?? b}
                    </label>
                    {draft.barriers.includes(b) && bt ? (
                      <p className="screening-guidance">{bt.approach}</p>
                    ) : null}
                  </div>
                );
              })}
            </fieldset>
          ) : null}
          {Object.keys(draft.answers).length > 0 ? (
            <section className="screening-section" aria-labelledby="screening-answered">
              <h2 id="screening-answered">{t("screening.answered")}</h2>
              <ul>
                {Object.entries(draft.answers).map(([id, s]) => (
                  <li key={id}>
                    {texts.get(id)?.wording ?? id}: {t(`screening.${s}`)}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
        {result ? (
          <section className="screening-section" aria-labelledby="screening-result" aria-live="polite">
            <h2 id="screening-result">{t("screening.result")}</h2>
            {result.profiles.map((p) => (
              <div key={p.profile}>
                <h3>
                  {profileLabels[p.profile][lg]}: {t(`screening.outcome_${p.outcome}`)}
                </h3>
                <ul>
                  {p.dimensions.map((d) => (
                    <li key={d.dimension}>
                      {dimensionLabels[d.dimension][lg]}: {t(`screening.state_${d.state}`)}
                      {d.decidedBy.length > 0
                        ? ` — ${t("screening.decidedBy")}: ${d.decidedBy.map((id) => texts.get(id)?.wording ?? id).join("; ")}`
                        : ""}
                    </li>
                  ))}
                </ul>
                {p.explanation.map((m) => (
                  <p key={`${p.profile}-${m.key}-${JSON.stringify(m.params ?? {})}`}>
                    {formatMessage(m, lg)}
                  </p>
                ))}
                {p.whatToAskNext.length > 0 ? (
                  <>
                    <h4>{t("screening.askNext")}</h4>
                    <ul>
                      {p.whatToAskNext.slice(0, 3).map((q) => (
                        <li key={q.indicator}>{texts.get(q.indicator)?.wording ?? q.indicator}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </div>
            ))}
            <h3>{t("screening.nextSteps")}</h3>
            <ol>
              {result.nextSteps.map((m) => (
                <li key={`step-${m.key}-${JSON.stringify(m.params ?? {})}`}>{formatMessage(m, lg)}</li>
              ))}
            </ol>
          </section>
        ) : null}
      </div>
    </Page>
  );
}
