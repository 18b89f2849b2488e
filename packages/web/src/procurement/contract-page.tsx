import type { LocaleId } from "@ariadne/domain/i18n/locales.ts";
import {
  CorrectiveActionCreate,
  clauseLibrary,
  cpvTitleIn,
  FindingCreate,
  procurementTexts,
} from "@ariadne/domain/procurement/index.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useParams } from "react-router";
import { ApiFailure } from "../api/client.ts";
import { useDiscardDraft, useDraftField } from "../drafts/use-draft.ts";
import { LanguageOptions } from "../i18n/language-options.tsx";
import { useDomainLocale } from "../i18n/use-domain-locale.ts";
import NotFoundPage from "../shell/not-found-page.tsx";
import { FormPanel, useFormSubmit } from "../ui/form-panel.tsx";
import { formatDate, localToday } from "../ui/format-date.ts";
import {
  Alert,
  CheckboxField,
  errorText,
  Loading,
  Page,
  SelectField,
  TextField,
  useLoad,
} from "../ui/index.ts";
import { TextAreaField } from "../ui/textarea-field.tsx";
import { checkForm } from "../ui/validate.ts";
import { MonitoringPanel } from "./monitoring-panel.tsx";
import { type ContractWithFollowUp, exportLang, procurementApi } from "./procurement-api.ts";

type Lang = LocaleId;

/** One contract: its risk and reasons, clauses to choose and export, monitoring, questionnaire, findings, actions. */
export default function ContractPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const [state, reload] = useLoad(() => procurementApi.get(id), id);
  if (state.status === "failed") {
    if (state.error instanceof ApiFailure && state.error.status === 404) return <NotFoundPage />;
    return <Alert tone="error">{errorText(t, state.error)}</Alert>;
  }
  if (!state.data) return <Loading />;
  const c = state.data;
  const notice = (location.state as { notice?: string } | null)?.notice;
  return (
    <Page title={c.facts.title}>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <RiskPanel c={c} />
      <ClausesPanel c={c} onSaved={reload} />
      <MonitoringPanel c={c} onSaved={reload} />
      {c.abilities.manage ? <QuestionnairePanel c={c} /> : null}
      <FindingsPanel c={c} onChanged={reload} />
    </Page>
  );
}

function RiskPanel({ c }: { c: ContractWithFollowUp }) {
  const { t, i18n } = useTranslation();
  // The sector by its CPV title in the reader's language (English where it has none).
  const domainLocale = useDomainLocale();
  const sector = (code: string) => {
    const title = cpvTitleIn(code, domainLocale);
    return title ? `${code} (${title})` : code;
  };
  const level = t(`procurement.levels.${c.screen.level}`);
  const factText = (r: ContractWithFollowUp["screen"]["reasons"][number]) => {
    const f = r.facts;
    const params: Record<string, unknown> = { ...f };
    if (typeof f.cpvGroup === "string") params.cpvGroup = sector(f.cpvGroup);
    if (typeof f.level === "string") params.level = t(`procurement.levels.${f.level}`).toLowerCase();
    if (Array.isArray(f.factors))
      params.factors = f.factors.map((x) => t(`procurement.factors.${x}`)).join(", ");
    if (typeof f.country === "string") {
      params.country = new Intl.DisplayNames([i18n.language], { type: "region" }).of(f.country) ?? f.country;
    }
    return t(`procurement.reasonFacts.${r.rule}`, params);
  };
  return (
    <section className="panel" aria-labelledby="risk-title">
      <h2 id="risk-title">{t("procurement.riskTitle")}</h2>
      <p>
        {t("procurement.colSector")}: {sector(c.cpvGroup)}
      </p>
      <p>
        <strong>{t("procurement.riskLevel", { level })}</strong>
      </p>
      {c.screen.reasons.length === 0 ? (
        <p>{t("procurement.noReasons")}</p>
      ) : (
        <ul aria-label={t("procurement.riskTitle")}>
          {c.screen.reasons.map((r) => (
            <li key={r.rule}>
              {t(`procurement.rules.${r.rule}`)}: {factText(r)} (
              {t("procurement.points", { count: r.points })})
            </li>
          ))}
        </ul>
      )}
      <p>{t("procurement.ruleVersion", { version: c.screen.ruleSetVersion })}</p>
    </section>
  );
}

function ClausesPanel({ c, onSaved }: { c: ContractWithFollowUp; onSaved: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const lang = exportLang(i18n.language);
  // The clause library's texts, in the reader's language (English where it has none yet).
  const domainLocale = useDomainLocale();
  const clauseText = (id: string, part: "title" | "purpose") =>
    procurementTexts.text(domainLocale, ["clauses", id, part]);
  const [chosen, setChosen] = useState<string[]>(c.clauseIds.length ? c.clauseIds : c.recommendedClauseIds);
  const [tender, setTender] = useState<Lang>(lang);
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function save() {
    setBusy(true);
    setFailure(null);
    try {
      await procurementApi.update(c.id, { version: c.version, clauseIds: chosen });
      setSaved(t("procurement.clausesSaved", { count: chosen.length }));
      await onSaved();
    } catch (e) {
      setFailure(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="panel" aria-labelledby="clauses-title">
      <h2 id="clauses-title">{t("procurement.clausesTitle")}</h2>
      <p>{t("procurement.clausesIntro")}</p>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      {clauseLibrary.map((clause) => (
        <div key={clause.id} className="clause">
          <CheckboxField
            label={`${clauseText(clause.id, "title")}${c.recommendedClauseIds.includes(clause.id) ? ` (${t("procurement.recommended")})` : ""}`}
            hint={`${t("procurement.clausePurpose", { purpose: clauseText(clause.id, "purpose") })} ${t(
              "procurement.clauseStages",
              {
                stages: clause.stages.map((s) => t(`procurement.clauseStagesNames.${s}`)).join(", "),
              },
            )}`}
            checked={chosen.includes(clause.id)}
            disabled={!c.abilities.manage}
            onChange={(e) =>
              setChosen(e.target.checked ? [...chosen, clause.id] : chosen.filter((x) => x !== clause.id))
            }
          />
        </div>
      ))}
      {c.abilities.manage ? (
        <div className="button-row">
          <button type="button" className="button button-primary" disabled={busy} onClick={save}>
            {busy ? t("common.saving") : t("procurement.saveClauses")}
          </button>
        </div>
      ) : null}
      <SelectField
        label={t("procurement.exportLanguage")}
        value={tender}
        onChange={(e) => setTender(e.target.value as Lang)}
      >
        <LanguageOptions />
      </SelectField>
      <p className="button-row">
        <a className="button" href={procurementApi.exportUrl(c.id, "clauses.docx", tender)} download>
          {t("procurement.exportDocx")}
        </a>
        <a className="button" href={procurementApi.exportUrl(c.id, "clauses.pdf", tender)} download>
          {t("procurement.exportPdf")}
        </a>
      </p>
    </section>
  );
}

function QuestionnairePanel({ c }: { c: ContractWithFollowUp }) {
  const { t, i18n } = useTranslation();
  const [supplierId, setSupplierId] = useState(c.facts.suppliers[0]?.id ?? "");
  const [language, setLanguage] = useState<Lang>(exportLang(i18n.language));
  const [link, setLink] = useState<{
    url: string;
    supplier: string;
    expiresAt: string;
    mailed: boolean;
  } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const supplierName = (sid: string) => c.facts.suppliers.find((s) => s.id === sid)?.name ?? "";
  async function send() {
    setFailure(null);
    try {
      const sent = await procurementApi.sendQuestionnaire(c.id, { supplierId, language });
      setLink({
        url: `${window.location.origin}${sent.link}`,
        supplier: supplierName(supplierId),
        expiresAt: sent.expiresAt,
        mailed: sent.mailed,
      });
    } catch (e) {
      setFailure(errorText(t, e));
    }
  }
  return (
    <section className="panel" aria-labelledby="questionnaire-title">
      <h2 id="questionnaire-title">{t("procurement.questionnaireTitle")}</h2>
      <p>{t("procurement.questionnaireIntro")}</p>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <SelectField
        label={t("procurement.questionnaireSupplier")}
        value={supplierId}
        onChange={(e) => setSupplierId(e.target.value)}
      >
        {c.facts.suppliers.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("procurement.questionnaireLanguage")}
        value={language}
        onChange={(e) => setLanguage(e.target.value as Lang)}
      >
        <LanguageOptions />
      </SelectField>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={send} disabled={!supplierId}>
          {t("procurement.questionnaireSend")}
        </button>
      </div>
      {link ? (
        <div role="status">
          <TextField
            label={t("procurement.questionnaireLink", { supplier: link.supplier })}
            readOnly
            value={link.url}
          />
          <p>{t("procurement.questionnaireExpires", { date: formatDate(link.expiresAt, i18n.language) })}</p>
          {link.mailed ? <p>{t("procurement.questionnaireMailed", { supplier: link.supplier })}</p> : null}
        </div>
      ) : null}
      {c.followUp.questionnaires.length ? (
        <>
          <h3>{t("procurement.questionnairesSent")}</h3>
          <ul>
            {c.followUp.questionnaires.map((q) => (
              <li key={q.id}>
                {supplierName(q.supplierId)}:{" "}
                {q.answeredAt
                  ? t("procurement.answeredOn", {
                      date: formatDate(q.answeredAt, i18n.language),
                      name: q.respondentName,
                    })
                  : t("procurement.notAnswered", { date: formatDate(q.expiresAt, i18n.language) })}
                {q.answeredAt
                  ? ` — ${q.concerns.length ? t("procurement.concerns", { list: q.concerns.length }) : t("procurement.noConcerns")}`
                  : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function FindingsPanel({ c, onChanged }: { c: ContractWithFollowUp; onChanged: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const supplierName = (sid: string | null) => c.facts.suppliers.find((s) => s.id === sid)?.name ?? "";
  const trafficking = c.followUp.findings.some((f) => f.possibleTrafficking);
  return (
    <>
      {trafficking ? (
        <section className="panel panel-important" aria-labelledby="trafficking-title">
          <h2 id="trafficking-title">{t("procurement.traffickingTitle")}</h2>
          <p>{t("procurement.traffickingText")}</p>
          <p className="button-row">
            <a className="button" href={`/api/v1/scheme-of-assistance.pdf?lang=${exportLang(i18n.language)}`}>
              {t("procurement.referralPathway")}
            </a>
            <a className="button button-primary" href={`/help?lang=${exportLang(i18n.language)}#report`}>
              {t("procurement.reportConcern")}
            </a>
          </p>
        </section>
      ) : null}
      <section className="panel" aria-labelledby="findings-title">
        <h2 id="findings-title">{t("procurement.findingsTitle")}</h2>
        {c.followUp.findings.length === 0 ? <p>{t("procurement.noFindings")}</p> : null}
        <ul aria-label={t("procurement.findingsTitle")}>
          {c.followUp.findings.map((f) => (
            <li key={f.id}>
              {formatDate(f.foundOn, i18n.language)}, {t(`procurement.finding.severities.${f.severity}`)},{" "}
              {t(`procurement.finding.sources.${f.source}`)}
              {f.supplierId ? `, ${supplierName(f.supplierId)}` : ""}: {f.description}{" "}
              {f.possibleTrafficking ? (
                <strong>({t("procurement.finding.possibleTrafficking")})</strong>
              ) : null}{" "}
              ({f.open ? t("procurement.finding.open") : t("procurement.finding.closed")})
            </li>
          ))}
        </ul>
        <h3>{t("procurement.actionsTitle")}</h3>
        <ul aria-label={t("procurement.actionsTitle")}>
          {c.followUp.actions.map((a) => (
            <li key={a.id}>
              {a.description} — {t("procurement.action.deadline")} {formatDate(a.deadline, i18n.language)},{" "}
              {t(`procurement.action.statuses.${a.status}`)}
              {a.overdue ? (
                <strong className="flag-overdue"> {t("procurement.action.overdue")}</strong>
              ) : null}
              {c.abilities.manage && a.status === "open" ? (
                <button
                  type="button"
                  className="button"
                  onClick={async () => {
                    await procurementApi.setActionStatus(a.id, a.version, "done");
                    await onChanged();
                  }}
                >
                  {t("procurement.action.markDone", { action: a.description })}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
        <p className="button-row">
          <a className="button" href={procurementApi.exportUrl(c.id, "report.pdf", i18n.language)}>
            {t("procurement.contractReportPdf")}
          </a>
          <a className="button" href={procurementApi.exportUrl(c.id, "report.csv", i18n.language)} download>
            {t("procurement.contractReportCsv")}
          </a>
        </p>
      </section>
      {c.abilities.manage ? <FindingForm c={c} onSaved={onChanged} /> : null}
      {c.abilities.manage && c.followUp.findings.length ? <ActionForm c={c} onSaved={onChanged} /> : null}
    </>
  );
}

function FindingForm({ c, onSaved }: { c: ContractWithFollowUp; onSaved: () => Promise<void> }) {
  const { t } = useTranslation();
  const empty = {
    source: "on_site_audit",
    severity: "major",
    possibleTrafficking: false,
    foundOn: localToday(),
    description: "",
    supplierId: "",
  };
  // Kept on the device until recorded: a session that ends mid-finding loses nothing.
  const draft = `procurement-finding:${c.id}`;
  const [v, setV] = useDraftField(draft, "values", empty);
  const discard = useDiscardDraft(draft);
  const [failure, setFailure] = useState<string | null>(null);
  const values = () => ({ ...v, supplierId: v.supplierId || undefined });
  const form = useFormSubmit(
    () => checkForm(FindingCreate, values(), t),
    async (data, key) => {
      await procurementApi.recordFinding(c.id, data, key);
      discard();
      setV(empty);
      await onSaved();
    },
    (e) => setFailure(errorText(t, e)),
  );
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  return (
    <FormPanel
      title={t("procurement.findingCreate")}
      submitLabel={t("procurement.findingSubmit")}
      busy={false}
      onSubmit={form.submit}
      error={form.error ?? failure}
    >
      <SelectField label={t("procurement.finding.source")} value={v.source} onChange={set("source")}>
        {(["questionnaire", "document_check", "on_site_audit", "worker_interview", "other"] as const).map(
          (s) => (
            <option key={s} value={s}>
              {t(`procurement.finding.sources.${s}`)}
            </option>
          ),
        )}
      </SelectField>
      <SelectField
        label={t("procurement.finding.supplier")}
        value={v.supplierId}
        onChange={set("supplierId")}
      >
        <option value="">{t("procurement.finding.noSupplier")}</option>
        {c.facts.suppliers.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("procurement.finding.severity")} value={v.severity} onChange={set("severity")}>
        {(["minor", "major", "critical"] as const).map((s) => (
          <option key={s} value={s}>
            {t(`procurement.finding.severities.${s}`)}
          </option>
        ))}
      </SelectField>
      <CheckboxField
        label={t("procurement.finding.possibleTrafficking")}
        checked={v.possibleTrafficking}
        onChange={(e) => setV({ ...v, possibleTrafficking: e.target.checked })}
      />
      <TextField
        label={t("procurement.finding.foundOn")}
        type="date"
        value={v.foundOn}
        onChange={set("foundOn")}
        error={form.fields.foundOn}
      />
      <TextAreaField
        label={t("procurement.finding.description")}
        value={v.description}
        onChange={set("description")}
        error={form.fields.description}
      />
    </FormPanel>
  );
}

function ActionForm({ c, onSaved }: { c: ContractWithFollowUp; onSaved: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const last = c.followUp.findings[c.followUp.findings.length - 1]!;
  // Kept on the device until added, like the finding.
  const draft = `procurement-action:${c.id}`;
  const [findingId, setFindingId] = useDraftField(draft, "findingId", last.id);
  const [v, setV] = useDraftField(draft, "values", { description: "", deadline: "" });
  const discard = useDiscardDraft(draft);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useFormSubmit(
    () => checkForm(CorrectiveActionCreate, v, t),
    async (data, key) => {
      await procurementApi.addAction(findingId, data, key);
      discard();
      setV({ description: "", deadline: "" });
      await onSaved();
    },
    (e) => setFailure(errorText(t, e)),
  );
  return (
    <FormPanel
      title={t("procurement.actionCreate")}
      submitLabel={t("procurement.actionSubmit")}
      busy={false}
      onSubmit={form.submit}
      error={form.error ?? failure}
    >
      <SelectField
        label={t("procurement.findingsTitle")}
        value={findingId}
        onChange={(e) => setFindingId(e.target.value)}
      >
        {c.followUp.findings.map((f) => (
          <option key={f.id} value={f.id}>
            {formatDate(f.foundOn, i18n.language)}: {f.description.slice(0, 60)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("procurement.action.description")}
        value={v.description}
        onChange={(e) => setV({ ...v, description: e.target.value })}
        error={form.fields.description}
      />
      <TextField
        label={t("procurement.action.deadline")}
        type="date"
        value={v.deadline}
        onChange={(e) => setV({ ...v, deadline: e.target.value })}
        error={form.fields.deadline}
      />
    </FormPanel>
  );
}
