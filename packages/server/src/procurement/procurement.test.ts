import { withSystem, withTenant } from "@ariadne/db";
import { i18n, procurement } from "@ariadne/domain";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoSeed, seedDemo } from "../admin/seed-demo.ts";
import { pdfTagging, pdfText } from "../pdf/pdf-text.ts";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";
import { aContractOf, aQuestionnaireLink, goodAnswers } from "./testing.ts";

let t: TestApp;
let other: DemoSeed;
let officer: Agent;
let coordinator: Agent;

beforeAll(async () => {
  t = await createTestApp();
  other = await seedDemo(t.db, t.keyring, {
    name: "Other municipality",
    emailDomain: "other.ariadne.test",
    boundary: false,
  });
  officer = await t.signIn("procurement_officer");
  coordinator = await t.signIn("coordinator");
});
afterAll(async () => {
  await t.close();
});

/** The raw bytes of a download: the agent's response decodes bodies as UTF-8 text. */
const download = async (agent: Agent, url: string) => {
  const r = await t.app.inject({ method: "GET", url, headers: { cookie: agent.cookie } });
  return { status: r.statusCode, type: String(r.headers["content-type"]), bytes: r.rawPayload };
};

// biome-ignore lint/suspicious/noExplicitAny: tests inspect response bodies loosely, as test-app does
type Json = any;
const publicPost = (url: string, body: unknown) =>
  t.app
    .inject({ method: "POST", url, payload: body as object })
    .then((r) => ({ status: r.statusCode, json: (): Json => r.json(), body: r.body }));

describe("contracts register and risk screen", () => {
  it("screens a cleaning contract with two subcontracting levels and agency workers high, with reasons and the rule version", async () => {
    const c = await aContractOf(officer);
    expect(c.screen.level).toBe("high");
    expect(c.screen.reasons.map((r: { rule: string }) => r.rule)).toEqual([
      "sector",
      "subcontracting",
      "labour_profile",
    ]);
    expect(c.screen.ruleSetVersion).toBe(1);
    expect(c.recommendedClauseIds).toContain("audit_and_interviews");
    expect(c.monitoring.methods).toEqual([
      "self_assessment",
      "document_checks",
      "on_site_audit",
      "worker_interviews",
    ]);
    expect(c.facts.suppliers[0].contactEmail).toBe("eeva@puhdas.example");
  });

  it("keeps supplier contact persons encrypted at rest", async () => {
    const c = await aContractOf(officer);
    const [row] = await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query<{ facts: unknown; contacts_enc: string }>(
        "select facts, contacts_enc from procurement_contracts where id = $1",
        [c.id],
      ),
    );
    expect(JSON.stringify(row!.facts)).not.toContain("eeva@puhdas.example");
    expect(row!.contacts_enc).not.toContain("Eeva");
  });

  it("refuses a CPV code that does not exist, naming the field", async () => {
    for (const cpvCode of ["99900000", "9091", "abc"]) {
      const res = await officer.request("POST", "/api/v1/procurement-contracts", {
        facts: { title: "X", cpvCode },
      });
      expect(res.status, cpvCode).toBe(400);
      expect(res.json().error.issues[0].path).toBe("body.facts.cpvCode");
    }
  });

  it("refuses a clause the library does not hold, and stores chosen ones", async () => {
    const c = await aContractOf(officer);
    const bad = await officer.request("PATCH", `/api/v1/procurement-contracts/${c.id}`, {
      version: c.version,
      clauseIds: ["labour_rights", "free_lunch"],
    });
    expect(bad.status).toBe(400);
    expect(bad.json().error.issues[0].path).toBe("body.clauseIds.1");
    const ok = await officer.request("PATCH", `/api/v1/procurement-contracts/${c.id}`, {
      version: c.version,
      clauseIds: ["labour_rights", "no_recruitment_fees"],
    });
    expect(ok.status).toBe(200);
    expect(ok.json().clauseIds).toEqual(["labour_rights", "no_recruitment_fees"]);
    const stale = await officer.request("PATCH", `/api/v1/procurement-contracts/${c.id}`, {
      version: c.version,
      clauseIds: [],
    });
    expect(stale.status).toBe(409);
  });

  it("lets only a coordinator publish new rules; a new screen records the version that decided", async () => {
    const rules = (await officer.request("GET", "/api/v1/procurement-rules")).json();
    expect(rules).toMatchObject({ version: 1, builtIn: true, abilities: { editRules: false } });
    const stricter = { ...rules.rules, thresholds: { medium: 1, high: 2, very_high: 3 } };
    expect(
      (await officer.request("PUT", "/api/v1/procurement-rules", { basedOnVersion: 1, rules: stricter }))
        .status,
    ).toBe(403);
    const bad = await coordinator.request("PUT", "/api/v1/procurement-rules", {
      basedOnVersion: 1,
      rules: { ...stricter, thresholds: { medium: 3, high: 2, very_high: 1 } },
    });
    expect(bad.status).toBe(400);
    const c = await aContractOf(officer);
    const published = await coordinator.request("PUT", "/api/v1/procurement-rules", {
      basedOnVersion: 1,
      rules: stricter,
      note: "Stricter",
    });
    expect(published.status).toBe(200);
    expect(published.json().version).toBe(2);
    // A stale version is refused with the rules now in force, so the editor can show them.
    const stale = await coordinator.request("PUT", "/api/v1/procurement-rules", {
      basedOnVersion: 1,
      rules: stricter,
    });
    expect(stale.status).toBe(409);
    expect(stale.json().error.current).toMatchObject({
      version: 2,
      rules: { thresholds: stricter.thresholds },
    });
    // Another municipality's rules are its own: still Ariadne's built-in version there.
    const otherCoordinator = await t.signIn("coordinator", other);
    expect((await otherCoordinator.request("GET", "/api/v1/procurement-rules")).json()).toMatchObject({
      version: 1,
      builtIn: true,
    });
    const again = await officer.request("POST", `/api/v1/procurement-contracts/${c.id}/screen`, {
      version: c.version,
    });
    expect(again.json().screen).toMatchObject({ level: "very_high", ruleSetVersion: 2 });
    // The earlier contract keeps the screen that version 1 made until screened again.
    expect(c.screen.ruleSetVersion).toBe(1);
  });
});

describe("role × route", () => {
  const routes = (id: string) =>
    [
      ["GET", "/api/v1/procurement-contracts"],
      ["GET", `/api/v1/procurement-contracts/${id}`],
      ["GET", "/api/v1/procurement-rules"],
      ["GET", "/api/v1/procurement-reference"],
      ["GET", `/api/v1/procurement-contracts/${id}/clauses.docx`],
      ["GET", "/api/v1/procurement-report.csv"],
    ] as const;

  it("opens procurement to procurement officers and coordinators only", async () => {
    const c = await aContractOf(officer);
    for (const role of [
      "coordinator",
      "procurement_officer",
      "frontline",
      "service_provider",
      "analyst",
      "trainer",
    ] as const) {
      const agent = await t.signIn(role);
      const allowed = role === "coordinator" || role === "procurement_officer";
      for (const [method, url] of routes(c.id)) {
        expect((await agent.request(method, url)).status, `${role} ${url}`).toBe(allowed ? 200 : 403);
      }
      const create = await agent.request("POST", "/api/v1/procurement-contracts", {
        facts: { title: "X", cpvCode: "909" },
      });
      expect(create.status, `${role} create`).toBe(allowed ? 201 : 403);
    }
    const admin = await t.signIn("system_admin");
    expect(
      (await admin.request("GET", `/api/v1/procurement-contracts?municipalityId=${t.seed.municipalityId}`))
        .status,
    ).toBe(403);
  });

  it("never lets a procurement officer read cases, screenings or referrals", async () => {
    expect((await officer.request("GET", "/api/v1/cases")).status).toBe(403);
    expect(
      (
        await officer.request("POST", "/api/v1/screenings/evaluate", {
          profiles: ["adult_labour"],
          observations: [],
        })
      ).status,
    ).toBe(403);
    expect((await officer.request("GET", "/api/v1/referrals?box=received")).status).toBe(403);
    for (const p of ["cases:read", "cases:write", "screenings:run", "referrals:receive", "stats:read"]) {
      expect(officer.me.permissions, p).not.toContain(p);
    }
  });

  it("answers 404 for another municipality's contract, finding and action", async () => {
    const officerB = await t.signIn("procurement_officer", other);
    const c = await aContractOf(officerB);
    const f = (
      await officerB.request("POST", `/api/v1/procurement-contracts/${c.id}/findings`, {
        source: "on_site_audit",
        severity: "major",
        foundOn: "2026-11-20",
        description: "Pay slips missing",
      })
    ).json();
    const a = (
      await officerB.request("POST", `/api/v1/procurement-findings/${f.id}/actions`, {
        description: "Pay slips",
        deadline: "2026-12-20",
      })
    ).json();
    expect((await officer.request("GET", `/api/v1/procurement-contracts/${c.id}`)).status).toBe(404);
    expect(
      (await officer.request("PATCH", `/api/v1/procurement-contracts/${c.id}`, { version: 1 })).status,
    ).toBe(404);
    expect(
      (
        await officer.request("POST", `/api/v1/procurement-findings/${f.id}/actions`, {
          description: "x",
          deadline: "2026-12-20",
        })
      ).status,
    ).toBe(404);
    expect(
      (await officer.request("PATCH", `/api/v1/procurement-actions/${a.id}`, { version: 1, status: "done" }))
        .status,
    ).toBe(404);
    const list = (await officer.request("GET", "/api/v1/procurement-contracts")).json().items;
    expect(list.some((x: { id: string }) => x.id === c.id)).toBe(false);
  });
});

describe("supplier questionnaire through a single-use link", () => {
  it("opens without an account, takes the answers once, and shows them to the officer", async () => {
    const c = await aContractOf(officer);
    const { id, token, link } = await aQuestionnaireLink(officer, c);
    expect(link).toMatch(new RegExp(`^/supplier-questionnaire/${id}#`));
    const opened = await publicPost(`/api/v1/supplier-questionnaires/${id}/open`, { token });
    expect(opened.status).toBe(200);
    expect(opened.json()).toMatchObject({
      contractTitle: c.facts.title,
      supplierName: "Puhdas Oy",
      language: "fi",
    });
    const answered = await publicPost(`/api/v1/supplier-questionnaires/${id}/answers`, {
      token,
      ...goodAnswers(),
    });
    expect(answered.status).toBe(204);
    const again = await publicPost(`/api/v1/supplier-questionnaires/${id}/answers`, {
      token,
      ...goodAnswers(),
    });
    expect(again.status).toBe(404);
    expect((await publicPost(`/api/v1/supplier-questionnaires/${id}/open`, { token })).status).toBe(404);
    const seen = (await officer.request("GET", `/api/v1/procurement-contracts/${c.id}`)).json().followUp;
    expect(seen.questionnaires[0]).toMatchObject({
      respondentName: "Eeva Esimerkki",
      concerns: ["documents_held"],
    });
    expect(seen.questionnaires[0].answers.workers_count).toBe(24);
    expect(seen.checks).toEqual([]);
  });

  it("opens in any language Ariadne speaks, each question in it (Polish), and refuses one it does not", async () => {
    const c = await aContractOf(officer);
    const { id, token } = await aQuestionnaireLink(officer, c, "pl");
    const opened = await publicPost(`/api/v1/supplier-questionnaires/${id}/open`, { token });
    expect(opened.status).toBe(200);
    expect(opened.json().language).toBe("pl");
    const documents = opened.json().questions.find((q: Json) => q.id === "documents_held");
    expect(documents.text).toMatch(/^Czy firma lub ktokolwiek inny przechowuje paszporty/);
    const refused = await officer.request("POST", `/api/v1/procurement-contracts/${c.id}/questionnaires`, {
      supplierId: c.facts.suppliers[0]!.id,
      language: "ru",
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain("language");
  });

  it("refuses a wrong token, an expired link and another municipality's token alike, revealing nothing", async () => {
    const c = await aContractOf(officer);
    const mine = await aQuestionnaireLink(officer, c);
    const officerB = await t.signIn("procurement_officer", other);
    const theirs = await aQuestionnaireLink(officerB, await aContractOf(officerB));
    const wrong = "A".repeat(43);
    const tries = [
      { id: mine.id, token: wrong },
      { id: mine.id, token: theirs.token },
      { id: theirs.id, token: mine.token },
      { id: "00000000-0000-4000-8000-000000000009", token: mine.token },
    ];
    const bodies = new Set<string>();
    for (const x of tries) {
      const res = await publicPost(`/api/v1/supplier-questionnaires/${x.id}/open`, { token: x.token });
      expect(res.status).toBe(404);
      bodies.add(res.body);
      const ans = await publicPost(`/api/v1/supplier-questionnaires/${x.id}/answers`, {
        token: x.token,
        ...goodAnswers(),
      });
      expect(ans.status).toBe(404);
      bodies.add(ans.body);
    }
    expect(bodies.size).toBe(1);
    await withTenant(t.db, t.seed.municipalityId, (tx) =>
      tx.query(
        "update procurement_questionnaires set expires_at = now() - interval '1 minute' where id = $1",
        [mine.id],
      ),
    );
    const expired = await publicPost(`/api/v1/supplier-questionnaires/${mine.id}/open`, {
      token: mine.token,
    });
    expect(expired.status).toBe(404);
    expect(expired.body).toBe([...bodies][0]);
    // Every refusal is audited alike: no reason, the step, in the municipality the id names.
    const refused = await withSystem(t.db, (tx) =>
      tx.query<{ municipality_id: string | null; record_id: string | null; outcome: string; details: Json }>(
        `select municipality_id, record_id, outcome, details from audit_log
          where action = 'procurement_questionnaires.link_refused' and record_id = any($1::text[]) or
            (action = 'procurement_questionnaires.link_refused' and record_id is null)`,
        [[mine.id, theirs.id]],
      ),
    );
    const ofMine = refused.filter((r) => r.record_id === mine.id);
    expect(ofMine).toHaveLength(5);
    expect(ofMine.every((r) => r.municipality_id === t.seed.municipalityId && r.outcome === "denied")).toBe(
      true,
    );
    expect(refused.filter((r) => r.record_id === theirs.id).map((r) => r.municipality_id)).toEqual([
      other.municipalityId,
      other.municipalityId,
    ]);
    expect(refused.filter((r) => r.record_id === null).length).toBeGreaterThanOrEqual(2);
    expect(new Set(refused.map((r) => JSON.stringify(Object.keys(r.details).sort())))).toEqual(
      new Set([JSON.stringify(["step", "via"])]),
    );
    // The other municipality's link still works for its own supplier.
    expect(
      (await publicPost(`/api/v1/supplier-questionnaires/${theirs.id}/open`, { token: theirs.token })).status,
    ).toBe(200);
  });

  it("refuses an oversize or malformed answer with a 400 naming the field, and the link still works", async () => {
    const c = await aContractOf(officer);
    const { id, token } = await aQuestionnaireLink(officer, c);
    const good = goodAnswers();
    const cases: [unknown, string][] = [
      [{ ...good.answers, grievance_channel: "x".repeat(2001) }, "body.answers.grievance_channel"],
      [{ ...good.answers, workers_count: "many" }, "body.answers.workers_count"],
      [{ ...good.answers, documents_held: "perhaps" }, "body.answers.documents_held"],
    ];
    for (const [answers, path] of cases) {
      const res = await publicPost(`/api/v1/supplier-questionnaires/${id}/answers`, {
        token,
        ...good,
        answers,
      });
      expect(res.status, path).toBe(400);
      expect(res.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
    const malformedToken = await publicPost(`/api/v1/supplier-questionnaires/${id}/open`, { token: "short" });
    expect(malformedToken.status).toBe(400);
    expect(
      (await publicPost(`/api/v1/supplier-questionnaires/${id}/answers`, { token, ...good })).status,
    ).toBe(204);
  });
});

describe("findings, corrective actions and exports", () => {
  it("records an audit finding and a corrective action, flags it overdue after its deadline, and counts the audit", async () => {
    const c = await aContractOf(officer);
    const f = await officer.request("POST", `/api/v1/procurement-contracts/${c.id}/findings`, {
      supplierId: c.facts.suppliers[2].id,
      source: "on_site_audit",
      severity: "critical",
      possibleTrafficking: true,
      foundOn: "2026-11-20",
      description: "Workers say the agency keeps their passports.",
    });
    expect(f.status).toBe(201);
    expect(f.json()).toMatchObject({ possibleTrafficking: true, open: true });
    const a = await officer.request("POST", `/api/v1/procurement-findings/${f.json().id}/actions`, {
      description: "Passports returned; written confirmation from each worker.",
      deadline: "2026-11-27",
    });
    expect(a.status).toBe(201);
    const view = (
      await officer.request("GET", `/api/v1/procurement-contracts/${c.id}?asOf=2026-12-01`)
    ).json();
    expect(view.overdueActions).toBe(1);
    expect(view.followUp.actions[0]).toMatchObject({ overdue: true, status: "open" });
    expect(view.followUp.checks).toEqual([
      expect.objectContaining({ method: "on_site_audit", doneOn: "2026-11-20" }),
    ]);
    const onTime = (
      await officer.request("GET", `/api/v1/procurement-contracts/${c.id}?asOf=2026-11-27`)
    ).json();
    expect(onTime.overdueActions).toBe(0);
    // The finding is a past finding against that supplier for the next screen: possible trafficking sets very high.
    const rescreen = await officer.request("POST", `/api/v1/procurement-contracts/${c.id}/screen`, {
      version: c.version,
    });
    expect(rescreen.json().screen.level).toBe("very_high");
    const done = await officer.request("PATCH", `/api/v1/procurement-actions/${a.json().id}`, {
      version: 1,
      status: "done",
    });
    expect(done.json()).toMatchObject({ status: "done", overdue: false });
  });

  it("exports the chosen clauses as a DOCX and a PDF in the tender's language", async () => {
    const c = await aContractOf(officer);
    await officer.request("PATCH", `/api/v1/procurement-contracts/${c.id}`, {
      version: c.version,
      clauseIds: ["no_document_retention", "audit_and_interviews"],
    });
    const docx = await download(officer, `/api/v1/procurement-contracts/${c.id}/clauses.docx?lang=fi`);
    expect(docx.status).toBe(200);
    expect(docx.type).toContain("wordprocessingml");
    const files = unzipSync(new Uint8Array(docx.bytes));
    const xml = strFromU8(files["word/document.xml"]!);
    expect(xml).toContain("Henkilöpapereita ei pidätetä");
    expect(xml).toContain("haastatella työntekijöitä kahden kesken");
    expect(xml).not.toContain("Palkat ja työajat");
    // The contract's sector by its Finnish CPV title, not the English one.
    expect(xml).toContain("909 Siivous- ja puhtaanapitopalvelut");
    const pdf = await download(officer, `/api/v1/procurement-contracts/${c.id}/clauses.pdf?lang=sv`);
    expect(pdf.type).toBe("application/pdf");
    const text = pdfText(pdf.bytes).replace(/\s+/g, " ");
    expect(text).toContain("Inget kvarhållande av identitetshandlingar");
    expect(text).toContain("909 Rengörings- och saneringstjänster");
    // Tagged for a screen reader, in the tender's language, each clause's title a heading.
    const tagging = pdfTagging(pdf.bytes);
    expect(tagging).toMatchObject({ marked: true, lang: "sv" });
    expect(tagging.structure).toMatch(/H2[^\n]*\n\s*"Inget kvarhållande av identitetshandlingar/);
    // A language beyond the first three: the clause texts and Word's language tag are Polish.
    const polish = await download(officer, `/api/v1/procurement-contracts/${c.id}/clauses.docx?lang=pl`);
    const polishFiles = unzipSync(new Uint8Array(polish.bytes));
    expect(strFromU8(polishFiles["word/document.xml"]!)).toContain(
      "Zakaz zatrzymywania dokumentów tożsamości",
    );
    expect(strFromU8(polishFiles["word/styles.xml"]!)).toContain('w:val="pl-PL"');
    await i18n.loadLocale("pl");
    expect(strFromU8(polishFiles["word/document.xml"]!)).toContain(
      `909 ${procurement.cpvTitleIn("909", "pl")}`,
    );
  });

  it("reports the register as CSV and PDF: contracts by risk, clauses used, audits, open findings", async () => {
    const csv = await officer.request("GET", "/api/v1/procurement-report.csv");
    expect(csv.status).toBe(200);
    const [head, ...rows] = csv.body.trim().split("\r\n");
    expect(head).toBe(
      "id,title,cpv_group,stage,risk_level,clauses,checks_done,open_findings,possible_trafficking,overdue_actions",
    );
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.some((r) => r.includes(",909,planned,high,"))).toBe(true);
    const pdf = await download(officer, "/api/v1/procurement-report.pdf?lang=fi");
    const text = pdfText(pdf.bytes);
    expect(text).toContain("Sopimukset riskitasoittain");
    expect(text).toContain("Avoimet havainnot");
    const c = (await officer.request("GET", "/api/v1/procurement-contracts")).json().items[0];
    const report = await officer.request("GET", `/api/v1/procurement-contracts/${c.id}/report.csv`);
    expect(report.body.split("\r\n")[0]).toBe(
      "kind,id,date,severity,possible_trafficking,status,overdue,description",
    );
    expect((await officer.request("GET", `/api/v1/procurement-contracts/${c.id}/report.pdf`)).status).toBe(
      200,
    );
  });
});
