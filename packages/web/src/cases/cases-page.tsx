import {
  ageBands,
  CaseCreate,
  caseStatuses,
  exploitationForms,
  genders,
} from "@ariadne/domain/cases/index.ts";
import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Route, Routes, useLocation, useNavigate, useParams } from "react-router";
import { ApiFailure } from "../api/client.ts";
import { useMe } from "../auth/index.ts";
import {
  Alert,
  CheckboxField,
  checkForm,
  errorText,
  fieldErrorsOf,
  Loading,
  Page,
  SelectField,
  TextField,
  useLoad,
} from "../ui/index.ts";
import {
  type BodyProps,
  ConsentForm,
  ContactForm,
  consentLanguages,
  NoteForm,
  TaskForm,
  TransitionForm,
} from "./case-forms.tsx";
import { type CaseFilters, casesApi, today } from "./cases-api.ts";
import "./cases.css";

type Notice = { tone: "success" | "error"; text: string } | null;
type Duplicate = { caseId: string; caseCode: string; matched: string[]; strength: "strong" | "possible" };

/** Entry page of the cases module (lazy-loaded chunk): the list and one case. */
export default function CasesPage() {
  return (
    <Routes>
      <Route index element={<CaseListPage />} />
      <Route path=":id" element={<CaseRoute />} />
    </Routes>
  );
}

function formatDate(iso: string, lang: string): string {
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return iso.length === 10
    ? d.toLocaleDateString(lang)
    : d.toLocaleString(lang, { dateStyle: "short", timeStyle: "short" });
}

// ---------------------------------------------------------------- list

function CaseListPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const canWrite = me.permissions.includes("cases:write");
  const [status, setStatus] = useState("");
  const [highRisk, setHighRisk] = useState("");
  const [dueTasks, setDueTasks] = useState(false);
  const [filters, setFilters] = useState<CaseFilters>({});
  const [list] = useLoad(() => casesApi.list(filters), JSON.stringify(filters));

  function applyFilters(event: FormEvent) {
    event.preventDefault();
    setFilters({ status, highRisk, dueTasks: dueTasks ? "true" : undefined });
  }

  const items = list.data?.items ?? [];
  return (
    <Page title={t("cases.title")} intro={t("cases.intro")}>
      <section className="panel" aria-labelledby="cases-filter-title">
        <h2 id="cases-filter-title">{t("cases.filters")}</h2>
        <form onSubmit={applyFilters} className="form cases-filters">
          <SelectField
            label={t("cases.filterStatus")}
            name="status"
            value={status}
            onChange={(e) => setStatus(e.target.value)}
          >
            <option value="">{t("cases.anyStatus")}</option>
            {caseStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`cases.statuses.${s}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("cases.filterHighRisk")}
            name="highRisk"
            value={highRisk}
            onChange={(e) => setHighRisk(e.target.value)}
          >
            <option value="">{t("cases.any")}</option>
            <option value="true">{t("cases.onlyHighRisk")}</option>
            <option value="false">{t("cases.notHighRisk")}</option>
          </SelectField>
          <CheckboxField
            label={t("cases.filterDueTasks")}
            name="dueTasks"
            checked={dueTasks}
            onChange={(e) => setDueTasks(e.target.checked)}
          />
          <div className="button-row">
            <button type="submit" className="button">
              {t("cases.show")}
            </button>
          </div>
        </form>
      </section>
      {list.status === "failed" ? <Alert tone="error">{errorText(t, list.error)}</Alert> : null}
      {list.status === "loading" && !list.data ? <Loading /> : null}
      {list.data ? (
        items.length === 0 ? (
          <p>{t("cases.empty")}</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{t("cases.listTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("cases.code")}</th>
                  <th scope="col">{t("cases.status")}</th>
                  <th scope="col">{t("cases.highRisk")}</th>
                  <th scope="col">{t("cases.forms")}</th>
                  <th scope="col">{t("cases.tasks")}</th>
                  <th scope="col">{t("cases.updated")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((c) => (
                  <tr key={c.id}>
                    <th scope="row" data-label={t("cases.code")}>
                      <Link to={`/cases/${c.id}`}>{c.caseCode}</Link>
                    </th>
                    <td data-label={t("cases.status")}>{t(`cases.statuses.${c.status}`)}</td>
                    <td data-label={t("cases.highRisk")}>
                      {c.highRisk === null ? (
                        t("cases.existenceOnly")
                      ) : c.highRisk ? (
                        <span className="badge badge-warn">{t("common.yes")}</span>
                      ) : (
                        t("common.no")
                      )}
                    </td>
                    <td data-label={t("cases.forms")}>
                      {(c.forms ?? []).map((f) => t(`cases.formNames.${f}`)).join(", ")}
                    </td>
                    <td data-label={t("cases.tasks")}>
                      {c.openTasks ?? ""}
                      {c.nextDueOn
                        ? ` (${t("cases.nextDue", { date: formatDate(c.nextDueOn, i18n.language) })})`
                        : ""}
                    </td>
                    <td data-label={t("cases.updated")}>{formatDate(c.updatedAt, i18n.language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
      {canWrite ? <CreateCaseForm /> : null}
    </Page>
  );
}

function CreateCaseForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [givenName, setGivenName] = useState("");
  const [familyName, setFamilyName] = useState("");
  const [dateOfBirth, setDateOfBirth] = useState("");
  const [phone, setPhone] = useState("");
  const [gender, setGender] = useState("");
  const [ageBand, setAgeBand] = useState("");
  const [languages, setLanguages] = useState("");
  const [highRisk, setHighRisk] = useState(false);
  const [forms, setForms] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const person: Record<string, unknown> = {};
    if (givenName.trim()) person.givenName = givenName.trim();
    if (familyName.trim()) person.familyName = familyName.trim();
    if (dateOfBirth) person.dateOfBirth = dateOfBirth;
    if (phone.trim()) person.phone = phone.trim();
    if (gender) person.gender = gender;
    if (ageBand) person.ageBand = ageBand;
    const langs = languages
      .split(",")
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    if (langs.length) person.languages = langs;
    const personCheck = checkForm(CaseCreate.shape.person, person, t);
    const checked = checkForm(CaseCreate, { person, highRisk, forms }, t);
    if (!personCheck.ok || !checked.ok) {
      setFields(personCheck.ok ? {} : personCheck.fields);
      setError(t("common.fixErrors"));
      return;
    }
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const created = await casesApi.create(checked.data);
      navigate(`/cases/${created.case.id}`, {
        state: { created: created.case.caseCode, duplicates: created.duplicateCandidates },
      });
    } catch (e) {
      const f = fieldErrorsOf(e);
      setError(Object.keys(f).length ? t("common.fixErrors") : errorText(t, e));
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="case-create-title">
      <h2 id="case-create-title">{t("cases.createTitle")}</h2>
      <p>{t("cases.createIntro")}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form onSubmit={submit} noValidate className="form">
        <fieldset className="cases-fieldset">
          <legend>{t("cases.identity")}</legend>
          <div className="cases-grid">
            <TextField
              label={t("cases.givenName")}
              name="givenName"
              autoComplete="off"
              maxLength={200}
              value={givenName}
              onChange={(e) => setGivenName(e.target.value)}
              error={fields.givenName}
            />
            <TextField
              label={t("cases.familyName")}
              name="familyName"
              autoComplete="off"
              maxLength={200}
              value={familyName}
              onChange={(e) => setFamilyName(e.target.value)}
              error={fields.familyName}
            />
            <TextField
              label={t("cases.dateOfBirth")}
              name="dateOfBirth"
              type="date"
              value={dateOfBirth}
              onChange={(e) => setDateOfBirth(e.target.value)}
              error={fields.dateOfBirth}
            />
            <TextField
              label={t("cases.phone")}
              name="phone"
              type="tel"
              autoComplete="off"
              maxLength={50}
              value={phone}
              onChange={(e) => setPhone(e.target.value)}
              error={fields.phone}
            />
          </div>
        </fieldset>
        <fieldset className="cases-fieldset">
          <legend>{t("cases.coded")}</legend>
          <div className="cases-grid">
            <SelectField
              label={t("cases.gender")}
              name="gender"
              value={gender}
              onChange={(e) => setGender(e.target.value)}
              error={fields.gender}
            >
              <option value="">{t("cases.notKnown")}</option>
              {genders.map((g) => (
                <option key={g} value={g}>
                  {t(`cases.genders.${g}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t("cases.ageBand")}
              name="ageBand"
              value={ageBand}
              onChange={(e) => setAgeBand(e.target.value)}
              error={fields.ageBand}
            >
              <option value="">{t("cases.notKnown")}</option>
              {ageBands.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t("cases.languages")}
              hint={t("cases.languagesHint")}
              name="languages"
              value={languages}
              onChange={(e) => setLanguages(e.target.value)}
              error={fields.languages}
            />
          </div>
        </fieldset>
        <fieldset className="cases-fieldset">
          <legend>{t("cases.forms")}</legend>
          <div className="cases-checks">
            {exploitationForms.map((f) => (
              <CheckboxField
                key={f}
                label={t(`cases.formNames.${f}`)}
                name="forms"
                value={f}
                checked={forms.includes(f)}
                onChange={(e) =>
                  setForms((prev) => (e.target.checked ? [...prev, f] : prev.filter((x) => x !== f)))
                }
              />
            ))}
          </div>
        </fieldset>
        <CheckboxField
          label={t("cases.highRiskLabel")}
          name="highRisk"
          checked={highRisk}
          onChange={(e) => setHighRisk(e.target.checked)}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("common.creating") : t("cases.createSubmit")}
          </button>
        </div>
      </form>
    </section>
  );
}

// ---------------------------------------------------------------- one case

/** One case per mount, so moving to another case (a duplicate, say) starts afresh. */
function CaseRoute() {
  const { id = "" } = useParams();
  return <CasePage key={id} id={id} />;
}

function CasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  // What the create form handed over is shown once: not again after a reload or a return visit.
  const [arrived] = useState(
    () => (location.state ?? null) as { created?: string; duplicates?: Duplicate[] } | null,
  );
  useEffect(() => {
    if (location.state) navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);
  const [detail, reload] = useLoad(() => casesApi.get(id), id);
  const [notice, setNotice] = useState<Notice>(null);
  const c = detail.data;

  /** After any write: say what happened and show the case as it is now. */
  async function done(text: string) {
    setNotice({ tone: "success", text });
    await reload();
  }
  async function failed(error: unknown) {
    if (error instanceof ApiFailure && error.code === "conflict") {
      setNotice({ tone: "error", text: t("errors.conflict") });
    } else if (error instanceof ApiFailure && error.status === 422) {
      setNotice({ tone: "error", text: t("cases.illegal") });
    } else {
      setNotice({ tone: "error", text: errorText(t, error) });
    }
    await reload();
  }

  const title = c ? t("cases.caseTitle", { code: c.caseCode }) : t("cases.title");
  return (
    <Page title={title}>
      <p>
        <Link to="/cases">{t("cases.back")}</Link>
      </p>
      {arrived?.created && c && !notice ? (
        <Alert tone="success">{t("cases.created", { code: arrived.created })}</Alert>
      ) : null}
      {arrived?.duplicates?.length ? <Duplicates items={arrived.duplicates} /> : null}
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {detail.status === "failed" ? <Alert tone="error">{errorText(t, detail.error)}</Alert> : null}
      {detail.status === "loading" && !c ? <Loading /> : null}
      {c ? <CaseBody key={c.version} detail={c} onDone={done} onFailed={failed} /> : null}
    </Page>
  );
}

function Duplicates({ items }: { items: Duplicate[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel panel-important" aria-labelledby="case-duplicates-title">
      <h2 id="case-duplicates-title">{t("cases.duplicatesTitle")}</h2>
      <p>{t("cases.duplicatesIntro")}</p>
      <ul>
        {items.map((d) => (
          <li key={d.caseId}>
            <Link to={`/cases/${d.caseId}`}>
              {t("cases.duplicate", {
                code: d.caseCode,
                strength: t(`cases.strength.${d.strength}`),
                fields: d.matched.map((m) => t(`cases.matchFields.${m}`)).join(", "),
              })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CaseBody({ detail, onDone, onFailed }: BodyProps) {
  const { t, i18n } = useTranslation();
  const content = detail.content;
  const person = content?.person;
  const name = person ? [person.givenName, person.familyName].filter(Boolean).join(" ") : "";
  return (
    <>
      {detail.viaBreakGlass ? <Alert tone="info">{t("cases.viaBreakGlass")}</Alert> : null}
      <section className="panel" aria-labelledby="case-facts-title">
        <h2 id="case-facts-title">{t("cases.person")}</h2>
        <dl className="cases-facts">
          <dt>{t("cases.code")}</dt>
          <dd>{detail.caseCode}</dd>
          <dt>{t("cases.status")}</dt>
          <dd data-testid="case-status">{t(`cases.statuses.${detail.status}`)}</dd>
          {content ? (
            <>
              <dt>{t("cases.person")}</dt>
              <dd>{name || t("cases.pseudonymous")}</dd>
              <dt>{t("cases.highRisk")}</dt>
              <dd>{content.highRisk ? t("common.yes") : t("common.no")}</dd>
              {content.forms.length ? (
                <>
                  <dt>{t("cases.forms")}</dt>
                  <dd>{content.forms.map((f) => t(`cases.formNames.${f}`)).join(", ")}</dd>
                </>
              ) : null}
            </>
          ) : null}
          <dt>{t("cases.updated")}</dt>
          <dd>{formatDate(detail.updatedAt, i18n.language)}</dd>
        </dl>
      </section>
      {detail.access !== "content" || !content ? (
        <Alert tone="info">{t("cases.existenceNotice")}</Alert>
      ) : (
        <>
          {detail.abilities.transition ? (
            <TransitionForm detail={detail} onDone={onDone} onFailed={onFailed} />
          ) : null}
          <Timeline detail={detail} onDone={onDone} onFailed={onFailed} />
          <div className="cases-grid">
            {detail.abilities.write ? <NoteForm detail={detail} onDone={onDone} onFailed={onFailed} /> : null}
            {detail.abilities.write ? (
              <ContactForm detail={detail} onDone={onDone} onFailed={onFailed} />
            ) : null}
            {detail.abilities.write ? <TaskForm detail={detail} onDone={onDone} onFailed={onFailed} /> : null}
            {detail.abilities.write ? (
              <ConsentForm detail={detail} onDone={onDone} onFailed={onFailed} />
            ) : null}
          </div>
          {detail.abilities.exportPersonData ? (
            <section className="panel" aria-labelledby="case-export-title">
              <h2 id="case-export-title">{t("cases.exportTitle")}</h2>
              <p>{t("cases.exportIntro")}</p>
              <ul>
                <li>
                  <a href={casesApi.exportHref(detail.personId, "json", i18n.language)} download>
                    {t("cases.exportJson")}
                  </a>
                </li>
                <li>
                  <a href={casesApi.exportHref(detail.personId, "pdf", i18n.language)} download>
                    {t("cases.exportPdf")}
                  </a>
                </li>
              </ul>
            </section>
          ) : null}
        </>
      )}
    </>
  );
}

type Item = { key: string; at: string; kind: string; body: ReactNode };

function Timeline({ detail, onDone, onFailed }: BodyProps) {
  const { t, i18n } = useTranslation();
  const content = detail.content;
  if (!content) return null;
  const lang = i18n.language;

  async function completeTask(taskId: string, version: number) {
    try {
      await casesApi.completeTask(detail.id, taskId, version);
      await onDone(t("cases.taskCompleted"));
    } catch (e) {
      await onFailed(e);
    }
  }

  async function withdraw(consentId: string) {
    try {
      await casesApi.withdrawConsent(detail.id, consentId, today());
      await onDone(t("cases.withdrawn"));
    } catch (e) {
      await onFailed(e);
    }
  }

  const items: Item[] = [
    ...content.timeline.map((e) => {
      let body: ReactNode = null;
      if (e.note) body = <p className="cases-text">{e.note.text}</p>;
      else if (e.contact)
        body = (
          <p className="cases-text">
            {t(`cases.contactKinds.${e.contact.kind}`)}: {e.contact.summary}
            {e.contact.interpreterUsed ? ` (${t("cases.consentInterpreter")})` : ""}
          </p>
        );
      else if (e.task)
        body = (
          <p className="cases-text">
            {t("cases.taskDue", { title: e.task.title, date: formatDate(e.task.dueOn, lang) })}
            {e.task.done ? ` (${t("cases.taskDone")})` : ""}
          </p>
        );
      else if (e.attachment)
        body = (
          <p className="cases-text">
            {t("cases.attachmentLine", { name: e.attachment.fileName, size: e.attachment.sizeBytes })}
          </p>
        );
      else if (e.screening) body = <p className="cases-text">{t("cases.screeningLine")}</p>;
      if (e.task && !e.task.done && detail.abilities.write) {
        const taskTitle = e.task.title;
        body = (
          <>
            {body}
            <button
              type="button"
              className="button button-small button-quiet"
              aria-label={t("cases.markDoneNamed", { title: taskTitle })}
              onClick={() => void completeTask(e.id, e.version)}
            >
              {t("cases.markDone")}
            </button>
          </>
        );
      }
      return { key: e.id, at: e.at, kind: e.kind, body };
    }),
    ...content.consents.map((c) => {
      const purpose = t(`cases.purposes.${c.purpose}`);
      const languageName = consentLanguages.find(([code]) => code === c.language)?.[1] ?? c.language;
      return {
        key: c.id,
        at: c.givenOn,
        kind: "consent",
        body: (
          <>
            <p className="cases-text">
              {t("cases.consentLine", { purpose, form: t(`cases.${c.form}`), language: languageName })}
              {c.interpreter ? `, ${t("cases.consentInterpreter")}` : ""} –{" "}
              {c.active
                ? t("cases.consentActive")
                : t("cases.withdrawnOn", { date: formatDate(c.withdrawnOn ?? "", lang) })}
            </p>
            {c.active && detail.abilities.transition ? (
              <button
                type="button"
                className="button button-small button-quiet"
                aria-label={t("cases.withdrawNamed", { purpose })}
                onClick={() => void withdraw(c.id)}
              >
                {t("cases.withdraw")}
              </button>
            ) : null}
          </>
        ),
      };
    }),
  ].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));

  return (
    <section className="panel" aria-labelledby="case-timeline-title">
      <h2 id="case-timeline-title">{t("cases.timeline")}</h2>
      {items.length === 0 ? (
        <p>{t("cases.timelineEmpty")}</p>
      ) : (
        <ol className="cases-timeline" data-testid="case-timeline">
          {items.map((item) => (
            <li key={item.key}>
              <strong>{t(`cases.kinds.${item.kind}`)}</strong>
              <span className="cases-when">{formatDate(item.at, lang)}</span>
              {item.body}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
