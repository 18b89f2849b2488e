import { procurementDb, type Queryable } from "@ariadne/db";
import { admin, procurement, referral } from "@ariadne/domain";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedRead } from "../admin/audited.ts";
import { targetMunicipality } from "../auth/actor.ts";
import { actorOf } from "../auth/session-hook.ts";
import { notFound } from "../http/errors.ts";
import { documentLocale } from "../http/reader-locale.ts";
import { idParam, today } from "../mapping/shared.ts";
import { longDate } from "../pdf/index.ts";
import type { Services } from "../services.ts";
import { renderBlocksPdf } from "./blocks-pdf.ts";
import { findingIsOpen, withContacts } from "./contracts-service.ts";
import type { Block } from "./document.ts";
import { renderDocx } from "./docx.ts";
import { type ExportLanguage, exportLanguages, exportWordsIn } from "./export-words.ts";
import { presentAction, presentFinding } from "./follow-up-service.ts";
import { procurementPolicy } from "./policy.ts";

const ExportQuery = z.strictObject({
  municipalityId: admin.uuid.optional(),
  lang: z.enum(exportLanguages).default("en"),
});

const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The clauses to export: those the officer chose, else those recommended for the contract's risk. */
function clausesOf(row: procurementDb.ContractRow): procurement.Clause[] {
  const chosen = row.clauseIds.map((id) => procurement.clauseById(id)).filter((c) => c !== null);
  return chosen.length ? chosen : procurement.recommendClauses(row.riskLevel ?? "low");
}

function contractHeader(row: procurementDb.ContractRow, lang: ExportLanguage): Block[] {
  const w = exportWordsIn(lang);
  return [
    { kind: "meta", label: w.contract, text: row.title },
    {
      kind: "meta",
      label: w.cpv,
      text: `${row.cpvGroup} ${procurement.cpvTitleIn(row.cpvGroup, lang) ?? ""}`,
    },
    { kind: "meta", label: w.risk, text: w.levels[row.riskLevel ?? "unscreened"] },
    { kind: "meta", label: w.ruleVersion, text: String(row.ruleSetVersion ?? "") },
  ];
}

const clauseText = (id: string, part: "title" | "purpose" | "wording", lang: string) =>
  procurement.procurementTexts.text(lang, ["clauses", id, part]);

/** The clause document the officer pastes into the tender, in the tender's language. */
export function clauseBlocks(row: procurementDb.ContractRow, lang: ExportLanguage): Block[] {
  const w = exportWordsIn(lang);
  const blocks: Block[] = [
    { kind: "title", text: w.clausesTitle },
    ...contractHeader(row, lang),
    { kind: "note", text: w.note },
  ];
  for (const c of clausesOf(row)) {
    blocks.push(
      { kind: "heading", text: clauseText(c.id, "title", lang) },
      { kind: "meta", label: w.purpose, text: clauseText(c.id, "purpose", lang) },
      { kind: "meta", label: w.stages, text: c.stages.map((s) => w.stageNames[s]).join(", ") },
      { kind: "text", text: clauseText(c.id, "wording", lang) },
      { kind: "meta", label: w.references, text: c.references.join("; ") },
    );
  }
  return blocks;
}

type Loaded = {
  row: procurementDb.ContractRow;
  facts: procurement.ContractFacts;
  findings: ReturnType<typeof presentFinding>[];
  actions: ReturnType<typeof presentAction>[];
  checks: procurementDb.CheckRow[];
};

async function loadContract(
  tx: Queryable,
  s: Services,
  m: string,
  id: string,
  asOf: string,
): Promise<Loaded> {
  const row = await procurementDb.getContract(tx, m, id);
  if (!row) throw notFound("contract");
  const cipher = await s.keyring.cipherFor(tx, m);
  const actions = await procurementDb.listActions(tx, m, id);
  return {
    row,
    facts: withContacts(cipher, row),
    findings: (await procurementDb.listFindings(tx, m, id)).map((f) => presentFinding(cipher, f, actions)),
    actions: actions.map((a) => presentAction(cipher, a, asOf)),
    checks: await procurementDb.listChecks(tx, m, id),
  };
}

/** The contract's follow-up report: screen and reasons, suppliers, plan, checks, findings and actions. */
export function contractReportBlocks(d: Loaded, lang: ExportLanguage): Block[] {
  const w = exportWordsIn(lang);
  const blocks: Block[] = [{ kind: "title", text: w.reportTitle }, ...contractHeader(d.row, lang)];
  for (const r of d.row.screen?.reasons ?? [])
    blocks.push({ kind: "meta", label: w.rules[r.rule], text: `+${r.points}` });
  blocks.push({ kind: "heading", text: w.suppliers });
  for (const x of d.facts.suppliers) blocks.push({ kind: "text", text: `${x.name} (${w.tier(x.tier)})` });
  blocks.push({ kind: "heading", text: w.monitoring });
  blocks.push({
    kind: "text",
    text: (d.row.monitoring?.methods ?? []).map((m) => w.methods[m]).join(", ") || w.none,
  });
  blocks.push({ kind: "heading", text: w.checks });
  if (!d.checks.length) blocks.push({ kind: "text", text: w.none });
  for (const c of d.checks)
    blocks.push({ kind: "text", text: `${longDate(c.doneOn, lang)}: ${w.methods[c.method]}` });
  blocks.push({ kind: "heading", text: w.findings });
  if (!d.findings.length) blocks.push({ kind: "text", text: w.none });
  for (const f of d.findings) {
    const flag = f.possibleTrafficking ? ` — ${w.possibleTrafficking}` : "";
    blocks.push({
      kind: "meta",
      label: `${longDate(f.foundOn, lang)}, ${w.severities[f.severity]}${flag}`,
      text: f.description,
    });
  }
  blocks.push({ kind: "heading", text: w.actions });
  if (!d.actions.length) blocks.push({ kind: "text", text: w.none });
  for (const a of d.actions) {
    const late = a.overdue ? ` — ${w.overdue}` : "";
    blocks.push({
      kind: "meta",
      label: `${w.deadline} ${longDate(a.deadline, lang)}, ${w.statuses[a.status]}${late}`,
      text: a.description,
    });
  }
  return blocks;
}

function contractReportCsv(d: Loaded): string {
  const head = ["kind", "id", "date", "severity", "possible_trafficking", "status", "overdue", "description"];
  const lines = [head.join(",")];
  for (const c of d.checks)
    lines.push(["check", c.id, c.doneOn, c.method, null, null, null, null].map(referral.csvCell).join(","));
  for (const f of d.findings) {
    lines.push(
      [
        "finding",
        f.id,
        f.foundOn,
        f.severity,
        f.possibleTrafficking,
        f.open ? "open" : "closed",
        null,
        f.description,
      ]
        .map(referral.csvCell)
        .join(","),
    );
  }
  for (const a of d.actions) {
    lines.push(
      ["action", a.id, a.deadline, null, null, a.status, a.overdue, a.description]
        .map(referral.csvCell)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

async function loadRegister(tx: Queryable, m: string) {
  const contracts = await procurementDb.listContracts(tx, m);
  const findings = await procurementDb.listFindings(tx, m);
  const actions = await procurementDb.listActions(tx, m);
  const checks = await procurementDb.listChecks(tx, m);
  return contracts.map(
    (c): procurement.ContractLine => ({
      id: c.id,
      title: c.title,
      cpvGroup: c.cpvGroup,
      stage: c.stage,
      level: c.riskLevel,
      clauseIds: c.clauseIds,
      audits: checks.filter((k) => k.contractId === c.id).length,
      findings: findings
        .filter((f) => f.contractId === c.id)
        .map((f) => ({
          severity: f.severity,
          possibleTrafficking: f.possibleTrafficking,
          open: findingIsOpen(f.id, actions),
        })),
      actions: actions.filter((a) => a.contractId === c.id),
    }),
  );
}

/** The register report: the figures the action plan takes, then each contract on a line. */
export function registerBlocks(
  lines: readonly procurement.ContractLine[],
  asOf: string,
  lang: ExportLanguage,
): Block[] {
  const w = exportWordsIn(lang);
  const sum = procurement.summariseRegister(lines, asOf);
  const blocks: Block[] = [
    { kind: "title", text: w.registerTitle },
    { kind: "meta", label: w.created, text: longDate(asOf, lang) },
    { kind: "meta", label: w.contracts, text: String(sum.contracts) },
    { kind: "heading", text: w.byLevel },
  ];
  for (const [level, n] of Object.entries(sum.byLevel)) {
    blocks.push({ kind: "meta", label: w.levels[level as keyof typeof w.levels], text: String(n) });
  }
  blocks.push({ kind: "heading", text: w.clausesUsed });
  if (!Object.keys(sum.clausesUsed).length) blocks.push({ kind: "text", text: w.none });
  for (const [id, n] of Object.entries(sum.clausesUsed)) {
    blocks.push({
      kind: "meta",
      label: procurement.clauseById(id) ? clauseText(id, "title", lang) : id,
      text: String(n),
    });
  }
  blocks.push(
    { kind: "heading", text: w.findings },
    { kind: "meta", label: w.auditsDone, text: String(sum.auditsDone) },
    { kind: "meta", label: w.openFindings, text: String(sum.openFindings) },
    { kind: "meta", label: w.possibleTrafficking, text: String(sum.possibleTrafficking) },
    { kind: "meta", label: w.overdueActions, text: String(sum.overdueActions) },
    { kind: "heading", text: w.contracts },
  );
  for (const c of lines)
    blocks.push({ kind: "meta", label: c.title, text: w.levels[c.level ?? "unscreened"] });
  return blocks;
}

function registerCsv(lines: readonly procurement.ContractLine[], asOf: string): string {
  const head = [
    "id",
    "title",
    "cpv_group",
    "stage",
    "risk_level",
    "clauses",
    "checks_done",
    "open_findings",
    "possible_trafficking",
    "overdue_actions",
  ];
  const out = [head.join(",")];
  for (const c of lines) {
    out.push(
      [
        c.id,
        c.title,
        c.cpvGroup,
        c.stage,
        c.level,
        c.clauseIds.join(";"),
        c.audits,
        c.findings.filter((f) => f.open).length,
        c.findings.filter((f) => f.possibleTrafficking).length,
        procurement.overdueActions(c.actions, asOf).length,
      ]
        .map(referral.csvCell)
        .join(","),
    );
  }
  return `${out.join("\r\n")}\r\n`;
}

function attachment(reply: FastifyReply, type: string, name: string, body: Buffer | Uint8Array | string) {
  return reply.type(type).header("content-disposition", `attachment; filename="${name}"`).send(body);
}

/** Exports (issue 16, items 3 and 5): clauses as DOCX and PDF, reports as PDF and CSV. */
export function registerProcurementExports(app: FastifyInstance, s: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const contractExport = (format: "clauses.docx" | "clauses.pdf" | "report.pdf" | "report.csv") =>
    r.get(
      `/api/v1/procurement-contracts/:id/${format}`,
      { schema: { tags: ["procurement"], params: idParam, querystring: ExportQuery } },
      async (req, reply) => {
        const actor = actorOf(req);
        procurementPolicy.read(actor);
        const m = targetMunicipality(actor, req.query.municipalityId);
        const lang = await documentLocale(s.db, actor.userId, req.query.lang);
        const asOf = today();
        const d = await auditedRead(s, actor, m, "procurement_contracts.export", async (tx) => ({
          result: await loadContract(tx, s, m, req.params.id, asOf),
          recordType: "procurement_contract",
          recordId: req.params.id,
          details: { format, lang },
        }));
        const base = format.startsWith("clauses") ? `clauses-${lang}` : `contract-report-${lang}`;
        switch (format) {
          case "clauses.docx":
            return attachment(
              reply,
              docxType,
              `${base}.docx`,
              renderDocx(clauseBlocks(d.row, lang), { language: lang }),
            );
          case "clauses.pdf":
            return attachment(
              reply,
              "application/pdf",
              `${base}.pdf`,
              await renderBlocksPdf(clauseBlocks(d.row, lang), {
                title: d.row.title,
                createdAt: new Date(),
                language: lang,
              }),
            );
          case "report.pdf":
            return attachment(
              reply,
              "application/pdf",
              `${base}.pdf`,
              await renderBlocksPdf(contractReportBlocks(d, lang), {
                title: d.row.title,
                createdAt: new Date(),
                language: lang,
              }),
            );
          default:
            return attachment(reply, "text/csv; charset=utf-8", `${base}.csv`, contractReportCsv(d));
        }
      },
    );
  contractExport("clauses.docx");
  contractExport("clauses.pdf");
  contractExport("report.pdf");
  contractExport("report.csv");

  const registerExport = (format: "pdf" | "csv") =>
    r.get(
      `/api/v1/procurement-report.${format}`,
      { schema: { tags: ["procurement"], querystring: ExportQuery } },
      async (req, reply) => {
        const actor = actorOf(req);
        procurementPolicy.read(actor);
        const m = targetMunicipality(actor, req.query.municipalityId);
        const asOf = today();
        const lines = await auditedRead(s, actor, m, "procurement_report.export", async (tx) => ({
          result: await loadRegister(tx, m),
          recordType: "procurement_contract",
          recordId: null,
          details: { format },
        }));
        if (format === "csv")
          return attachment(
            reply,
            "text/csv; charset=utf-8",
            `procurement-register-${asOf}.csv`,
            registerCsv(lines, asOf),
          );
        const lang = await documentLocale(s.db, actor.userId, req.query.lang);
        const pdf = await renderBlocksPdf(registerBlocks(lines, asOf, lang), {
          title: exportWordsIn(lang).registerTitle,
          createdAt: new Date(),
          language: lang,
        });
        return attachment(reply, "application/pdf", `procurement-register-${asOf}.pdf`, pdf);
      },
    );
  registerExport("pdf");
  registerExport("csv");
}
