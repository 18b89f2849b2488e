import type { screening } from "@ariadne/domain";
import type { CaseSummary } from "@ariadne/domain/cases/index.ts";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { newIdempotencyKey } from "../api/client.ts";
import { formatDate } from "../ui/format-date.ts";
import { Alert, errorText, SelectField, TextField } from "../ui/index.ts";
import type { Draft } from "./draft.ts";
import { screeningApi } from "./screening-api.ts";

type Saved = NonNullable<Draft["savedTo"]>;

/** What a worker recognises a case by: their pseudonym for the person, initials, last activity, code. */
function caseOption(t: ReturnType<typeof useTranslation>["t"], lang: string, c: CaseSummary) {
  return t("screening.record.pickerLabel", {
    label: c.label ?? t("screening.record.noLabel"),
    initials: c.initials ?? t("screening.record.noInitials"),
    time: formatDate(c.updatedAt, lang),
    code: c.caseCode,
  });
}

/**
 * Attach the screening to a case the user can see (POST /api/v1/cases/:id/screenings), or open a
 * new case from a pseudonym and attach it there in one step. Until then the draft never leaves
 * the browser. Once saved, the section says where, links to the case and takes focus; it offers no
 * second save of the same screening (a changed answer offers it again).
 */
export function SaveToCase({
  savedTo,
  target,
  input,
  onSaved,
  onNew,
  pseudonym: kept,
  onPseudonym,
  title,
}: {
  savedTo: Draft["savedTo"];
  /** A re-screen's case: offered first, one click to save the new screening there. */
  target?: { caseId: string; caseCode: string } | null;
  input: screening.ScreeningInputData;
  onSaved: (saved: Saved) => void;
  /** Starts the next screening (offered once this one is saved). */
  onNew?: () => void;
  /** The pseudonym typed for a new case, when the caller keeps it (in a draft); else kept here. */
  pseudonym?: string;
  onPseudonym?: (pseudonym: string) => void;
  /** The section's heading; "Save to a case" by default. */
  title?: string;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const newCaseId = useId();
  const needsAnswersId = useId();
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [caseId, setCaseId] = useState("");
  const [ownPseudonym, setOwnPseudonym] = useState("");
  const pseudonym = kept ?? ownPseudonym;
  const setPseudonym = onPseudonym ?? setOwnPseudonym;
  const [submission, setSubmission] = useState(() => ({ key: newIdempotencyKey(), pseudonym: "" }));
  const [created, setCreated] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const empty = input.observations.length === 0;
  // The save buttons stay enabled (a disabled one says nothing, and screen readers skip it): pressed
  // too early, each says what is missing, at the missing field where there is one here.
  const [askedEmpty, setAskedEmpty] = useState(false);
  const [askedPseudonym, setAskedPseudonym] = useState(false);
  const pseudonymInput = useRef<HTMLInputElement>(null);
  const pseudonymError =
    askedPseudonym && pseudonym.trim() === "" ? t("screening.record.needsPseudonym") : undefined;
  /** Whether the screening can be saved now; if not, says why (the answers are asked above this section). */
  const readyToSave = () => {
    if (busy) return false;
    setAskedEmpty(empty);
    return !empty;
  };
  // After a save made here, focus goes to the confirmation, which says where it went and links there.
  const confirmation = useRef<HTMLDivElement>(null);
  const savedHere = useRef(false);
  useEffect(() => {
    if (!savedTo || !savedHere.current) return;
    savedHere.current = false;
    confirmation.current?.focus();
  }, [savedTo]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const load = () =>
    run(async () => {
      const list = await screeningApi.listCases();
      setCases(list);
      setCaseId(list[0]?.id ?? "");
    });
  const saveTo = async (id: string, code: string) => {
    const entry = await screeningApi.saveToCase(id, input);
    savedHere.current = true;
    // The list is read again when next asked for: it may now hold a case opened here.
    setCases(null);
    onSaved({ caseId: id, caseCode: code, savedAt: entry.at });
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    if (!readyToSave()) return;
    const chosen = cases?.find((c) => c.id === caseId);
    if (chosen) void run(() => saveTo(chosen.id, chosen.caseCode));
  };
  const createAndSave = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const name = pseudonym.trim();
    setAskedPseudonym(name === "");
    const ready = readyToSave();
    if (!name) {
      pseudonymInput.current?.focus();
      return;
    }
    if (!ready) return;
    // The same pseudonym sent again (a double click, a retry) is the same request: one case.
    const key = submission.pseudonym === name ? submission.key : newIdempotencyKey();
    setSubmission({ key, pseudonym: name });
    void run(async () => {
      const { case: c } = await screeningApi.createCase(name, key);
      await saveTo(c.id, c.caseCode);
      setCreated(c.caseCode);
      setPseudonym("");
    });
  };

  return (
    <section className="screening-section screening-noprint" aria-labelledby={headingId}>
      <h2 id={headingId}>{title ?? t("screening.saveTitle")}</h2>
      <p className="screening-guidance">{t("screening.saveIntro")}</p>
      {savedTo ? (
        <div ref={confirmation} tabIndex={-1} className="screening-saved">
          <Alert tone="success">
            <p>
              {created === savedTo.caseCode
                ? t("screening.record.created", { code: savedTo.caseCode })
                : t("screening.saved", { code: savedTo.caseCode })}
            </p>
            <p>
              <Link to={`/cases/${encodeURIComponent(savedTo.caseId)}`}>
                {t("screening.record.openCase", { code: savedTo.caseCode })}
              </Link>
            </p>
          </Alert>
          {onNew ? (
            <button type="button" className="button" onClick={onNew}>
              {t("screening.record.newScreening")}
            </button>
          ) : null}
        </div>
      ) : null}
      {error ? <Alert tone="error">{errorText(t, error)}</Alert> : null}
      {savedTo ? null : (
        <>
          {empty ? (
            // Said before any button is pressed, and as an alert once one is.
            <div id={needsAnswersId}>
              {askedEmpty ? (
                <Alert tone="error">{t("screening.record.needsAnswers")}</Alert>
              ) : (
                <p className="field-hint">{t("screening.record.needsAnswers")}</p>
              )}
            </div>
          ) : null}
          {target ? (
            <p>
              <button
                type="button"
                className="button"
                disabled={busy}
                aria-describedby={empty ? needsAnswersId : undefined}
                onClick={() => {
                  if (readyToSave()) void run(() => saveTo(target.caseId, target.caseCode));
                }}
              >
                {t("screening.record.saveToThisCase", { code: target.caseCode })}
              </button>
            </p>
          ) : null}
          {cases === null ? (
            <button type="button" onClick={load} disabled={busy}>
              {t("screening.loadCases")}
            </button>
          ) : cases.length === 0 ? (
            <p>{t("screening.noCases")}</p>
          ) : (
            <form onSubmit={save} noValidate>
              <SelectField
                label={t("screening.chooseCase")}
                value={caseId}
                onChange={(e) => setCaseId(e.currentTarget.value)}
              >
                {cases.map((c) => (
                  <option key={c.id} value={c.id}>
                    {caseOption(t, i18n.language, c)}
                  </option>
                ))}
              </SelectField>
              <button type="submit" disabled={busy} aria-describedby={empty ? needsAnswersId : undefined}>
                {t("screening.saveButton")}
              </button>
            </form>
          )}
          <form onSubmit={createAndSave} aria-labelledby={newCaseId} noValidate>
            <h3 id={newCaseId}>{t("screening.record.newCaseTitle")}</h3>
            <p className="muted">{t("screening.record.newCaseIntro")}</p>
            <TextField
              ref={pseudonymInput}
              label={t("screening.record.pseudonym")}
              hint={t("screening.record.pseudonymHint")}
              value={pseudonym}
              maxLength={200}
              required
              error={pseudonymError}
              onChange={(e) => setPseudonym(e.currentTarget.value)}
            />
            <button type="submit" disabled={busy} aria-describedby={empty ? needsAnswersId : undefined}>
              {t("screening.record.createAndSave")}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
