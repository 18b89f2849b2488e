import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type admin, stats } from "@ariadne/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfTagging, pdfText } from "../pdf/pdf-text.ts";
import { type Agent, createTestApp, type TestApp } from "../testing/test-app.ts";
import { seedDemoStatistics } from "./seed-demo-statistics.ts";

let t: TestApp;
let coordinator: Agent;
let analyst: Agent;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoStatistics(t.db, t.seed.municipalityId, { count: 240, years: [2023, 2024, 2025] });
  coordinator = await t.signIn("coordinator");
  analyst = await t.signIn("analyst");
});
afterAll(async () => {
  await t.close();
});

const issuePaths = (res: { json: () => { error: { issues: { path: string }[] } } }) =>
  res.json().error.issues.map((i) => i.path);

describe("cases dashboard", () => {
  it("gives the analyst counts with every count from 1 to k − 1 hidden", async () => {
    const res = await analyst.request("GET", "/api/v1/stats/cases?from=2023&to=2025");
    expect(res.status).toBe(200);
    const d = res.json();
    expect(d.minCellSize).toBe(11);
    expect(d.perYear.categories).toEqual(["2023", "2024", "2025"]);
    expect(d.perYear.total).toBe(240);
    for (const chart of [d.perYear, d.byForm, d.byGender, d.byAgeBand, d.byCitizenship, d.timeToAssistance]) {
      for (const v of chart.values) if (v !== null) expect(v === 0 || v >= 11).toBe(true);
    }
    // The demo's rare citizenship and forms are small, so something is hidden.
    expect(d.byCitizenship.values).toContain(null);
    expect(d.byForm.categories).toContain("mixed");
  });

  it("filters by form and answers a period of one year consistently with the whole period", async () => {
    const one = (
      await coordinator.request("GET", "/api/v1/stats/cases?from=2024&to=2024&form=forced_labour")
    ).json();
    const all = (
      await coordinator.request("GET", "/api/v1/stats/cases?from=2023&to=2025&form=forced_labour")
    ).json();
    expect(one.form).toBe("forced_labour");
    expect(one.perYear.values[0]).toBe(all.perYear.values[1]);
    const i = all.byGender.categories.indexOf("female");
    if (all.byGender.values[i] !== null) expect(one.byGender.values[i]).not.toBeNull();
  });

  it("counts cases by sector and filters a sector to its cases per year and by form", async () => {
    const all = (await analyst.request("GET", "/api/v1/stats/cases?from=2023&to=2025")).json();
    expect(all.sector).toBeNull();
    expect(all.bySector.categories).toEqual([...stats.sectorCategories]);
    const at = (s: { categories: string[]; values: (number | null)[] }, c: string) =>
      s.values[s.categories.indexOf(c)];
    for (const v of all.bySector.values) if (v !== null) expect(v === 0 || v >= 11).toBe(true);
    // The demo's 240 cases spread over 15 sectors and 3 years: most sectors are small and hidden;
    // "not recorded" is large enough to be shown, and each filtered sector's total is its published figure.
    const notRecorded = at(all.bySector, "not_recorded");
    expect(notRecorded).toBeGreaterThanOrEqual(11);
    expect(notRecorded).toBeLessThan(240);
    for (const sector of ["not_recorded", "construction", "massage_parlours"]) {
      const f = (
        await analyst.request("GET", `/api/v1/stats/cases?from=2023&to=2025&sector=${sector}`)
      ).json();
      expect(f.perYear.total, sector).toBe(at(all.bySector, sector));
      expect(f.byForm.total, sector).toBe(at(all.bySector, sector));
    }
    const res = await analyst.request("GET", "/api/v1/stats/cases?from=2023&to=2025&sector=construction");
    expect(res.status).toBe(200);
    const d = res.json();
    expect(d.sector).toBe("construction");
    expect(at(d.byForm, "sexual_exploitation")).toBe(0);
    // Gender and the other dimensions are not crossed with the sector: they stay the whole period's.
    expect(d.byGender).toEqual(all.byGender);
    const bad = await analyst.request("GET", "/api/v1/stats/cases?from=2023&to=2025&sector=mining");
    expect(bad.status).toBe(400);
    expect(issuePaths(bad)).toContain("querystring.sector");
    const screenings = await analyst.request(
      "GET",
      "/api/v1/stats/screenings?from=2023&to=2025&sector=construction",
    );
    expect(screenings.status).toBe(400);
  });

  it("exports the sector as CTDC's type of labour", async () => {
    const res = await coordinator.request("GET", "/api/v1/stats/ctdc-export?from=2023&to=2025");
    expect(res.status).toBe(200);
    const [header, ...lines] = res.body.trim().split("\r\n");
    const columns = header?.split(",") ?? [];
    const construction = columns.indexOf("typeOfLabourConstruction");
    expect(construction).toBeGreaterThan(0);
    expect(lines.filter((l) => l.split(",")[construction] === "1").length).toBeGreaterThan(0);
  });

  it("refuses a period that ends before it starts, naming the field", async () => {
    const res = await analyst.request("GET", "/api/v1/stats/cases?from=2025&to=2023");
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toContain("querystring.to");
    const bad = await analyst.request("GET", "/api/v1/stats/cases?from=2023&to=2025&form=witchcraft");
    expect(bad.status).toBe(400);
    expect(issuePaths(bad)).toContain("querystring.form");
  });

  it("applies a deployment's own minimum cell size, never one below five", async () => {
    const t5 = await createTestApp({ ARIADNE_MIN_CELL_SIZE: "5" });
    try {
      await seedDemoStatistics(t5.db, t5.seed.municipalityId, { count: 60, years: [2024] });
      const a = await t5.signIn("analyst");
      const d = (await a.request("GET", "/api/v1/stats/cases?from=2024&to=2024")).json();
      expect(d.minCellSize).toBe(5);
    } finally {
      await t5.close();
    }
    await expect(createTestApp({ ARIADNE_MIN_CELL_SIZE: "3" })).rejects.toThrow(/ARIADNE_MIN_CELL_SIZE/);
  });

  it("rounds every published count to the deployment's base, in the API and the annual report", async () => {
    const t5 = await createTestApp({ ARIADNE_ROUNDING_BASE: "5" });
    try {
      await seedDemoStatistics(t5.db, t5.seed.municipalityId, { count: 240, years: [2023, 2024, 2025] });
      const a = await t5.signIn("analyst");
      const d = (await a.request("GET", "/api/v1/stats/cases?from=2023&to=2025")).json();
      expect(d.roundingBase).toBe(5);
      const exact = (await analyst.request("GET", "/api/v1/stats/cases?from=2023&to=2025")).json();
      expect(exact.roundingBase).toBe(1);
      for (const chart of [
        "perYear",
        "byForm",
        "byGender",
        "byAgeBand",
        "byCitizenship",
        "timeToAssistance",
      ]) {
        const values = [...d[chart].values, d[chart].total];
        const exactValues = [...exact[chart].values, exact[chart].total];
        values.forEach((v: number | null, i: number) => {
          // The same seed, so the same cells are hidden; published ones are multiples of 5 near the truth.
          if (exactValues[i] === null) expect(v).toBeNull();
          else {
            expect(v! % 5).toBe(0);
            expect(Math.abs(v! - exactValues[i])).toBeLessThanOrEqual(2);
          }
        });
      }
      const pdf = await t5.app.inject({
        method: "GET",
        url: "/api/v1/stats/annual-report.pdf?year=2024&lang=en",
        headers: { cookie: a.cookie },
      });
      expect(pdf.statusCode).toBe(200);
      expect(pdfText(pdf.rawPayload).replace(/\s+/g, " ")).toMatch(/rounded to the nearest multiple of 5/);
    } finally {
      await t5.close();
    }
    await expect(createTestApp({ ARIADNE_ROUNDING_BASE: "4" })).rejects.toThrow(/ARIADNE_ROUNDING_BASE/);
  }, 240_000);
});

describe("referrals and action-plan dashboards", () => {
  it("answers the analyst with controlled referral counts and the plan's progress", async () => {
    const r = await analyst.request("GET", "/api/v1/stats/referrals?from=2024&to=2025");
    expect(r.status).toBe(200);
    expect(r.json().byStatus.categories).toContain("accepted");
    const p = await analyst.request("GET", "/api/v1/stats/action-plan");
    expect(p.status).toBe(200);
    expect(p.json().chapters).toContain("mapping");
  });
});

describe("annual report", () => {
  it("renders the year's PDF in the reader's language with the disclosure note and hidden counts", async () => {
    // The coordinator reads Finnish (their own choice): the report follows them, not a stored language.
    expect((await coordinator.request("PUT", "/api/v1/auth/locale", { locale: "fi" })).status).toBe(200);
    const res = await t.app.inject({
      method: "GET",
      url: "/api/v1/stats/annual-report.pdf?year=2024",
      headers: { cookie: coordinator.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("application/pdf");
    const text = pdfText(res.rawPayload).replace(/\s+/g, " ");
    expect(text).toContain("Ihmiskauppa: vuoden 2024 luvut");
    expect(text).toContain("Tietosuojakäsittely");
    expect(text).toContain("piilotettu");
    const dashboard = (await coordinator.request("GET", "/api/v1/stats/cases?from=2024&to=2024")).json();
    // The gender chart's total, as the dashboard gives it, is printed beside its bars.
    expect(text).toContain("Yhteensä");
    expect(text.split(" ")).toContain(String(dashboard.byGender.total));
    // It renders: poppler draws its first page.
    const dir = mkdtempSync(join(tmpdir(), "ariadne-report-"));
    try {
      writeFileSync(join(dir, "report.pdf"), res.rawPayload);
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "30",
        "-f",
        "1",
        "-l",
        "1",
        join(dir, "report.pdf"),
        join(dir, "page"),
      ]);
      expect(readdirSync(dir).some((f) => f.endsWith(".png"))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("follows each reader's language (Polish), and a language asked for over the stored one", async () => {
    const pdfOf = async (agent: Agent, query = "") => {
      const res = await t.app.inject({
        method: "GET",
        url: `/api/v1/stats/annual-report.pdf?year=2024${query}`,
        headers: { cookie: agent.cookie },
      });
      expect(res.statusCode).toBe(200);
      return {
        language: res.headers["content-language"],
        text: pdfText(res.rawPayload).replace(/\s+/g, " "),
        tagging: pdfTagging(res.rawPayload),
      };
    };
    expect((await analyst.request("PUT", "/api/v1/auth/locale", { locale: "pl" })).status).toBe(200);
    try {
      const polish = await pdfOf(analyst);
      expect(polish.language).toBe("pl");
      expect(polish.text).toContain("Handel ludźmi: dane roczne 2024");
      // Tagged for a screen reader: marked, in Polish, its title and each chart's title headings.
      expect(polish.tagging).toMatchObject({ marked: true, lang: "pl" });
      expect(polish.tagging.structure).toMatch(/H1[^\n]*\n\s*"Handel ludźmi: dane roczne 2024/);
      expect(polish.tagging.structure.match(/^\s*H2\b/gm)?.length).toBeGreaterThanOrEqual(5);
      // Another reader of the same municipality reads it in theirs (the coordinator chose Finnish).
      expect((await coordinator.request("PUT", "/api/v1/auth/locale", { locale: "fi" })).status).toBe(200);
      expect((await pdfOf(coordinator)).text).toContain("Ihmiskauppa: vuoden 2024 luvut");
      const asked = await pdfOf(analyst, "&lang=en");
      expect(asked.language).toBe("en");
      expect(asked.text).toContain("2024");
      expect(asked.text).not.toContain("Handel ludźmi");
    } finally {
      await analyst.request("PUT", "/api/v1/auth/locale", { locale: null });
    }
  });

  it("gives the same figures as CSV, in the language asked for", async () => {
    const res = await analyst.request("GET", "/api/v1/stats/annual-report.csv?year=2024&lang=en");
    expect(res.status).toBe(200);
    expect(res.body).toContain("Cases by gender,Count\r\n");
    expect(res.body).toMatch(/Cases by citizenship,Count\r\n[\s\S]*,hidden\r\n/);
  });

  it("refuses a year that is not one, naming the field", async () => {
    const res = await analyst.request("GET", "/api/v1/stats/annual-report.pdf?year=twenty");
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toContain("querystring.year");
  });
});

describe("HTCDS export", () => {
  const purpose = "case_exchange_with_partner";
  const url = (q = `&purpose=${purpose}`) => `/api/v1/stats/htcds-export?from=2023&to=2025${q}`;

  it("gives the coordinator person-level records with the standard's field names, every combination seen k times or more", async () => {
    const res = await coordinator.request("GET", url());
    expect(res.status, res.body).toBe(200);
    expect(res.headers["content-disposition"]).toContain("htcds-2023-2025.csv");
    const [header, ...lines] = res.body.trim().split("\r\n");
    expect(header?.split(",")).toEqual([...stats.htcdsFields]);
    for (const f of header?.split(",") ?? []) expect(stats.htcdsAllFields).toContain(f);
    expect(lines.length).toBeGreaterThan(100);
    const at = (name: string) => stats.htcdsFields.indexOf(name as stats.HtcdsField);
    const groups = new Map<string, number>();
    for (const line of lines) {
      const cells = line.split(",");
      const key = stats.htcdsQuasiIdentifiers.map((q) => cells[at(q)]).join("|");
      groups.set(key, (groups.get(key) ?? 0) + 1);
      expect(cells[at("org_ShippingCountry")]).toMatch(/^(FI)?$/);
    }
    for (const n of groups.values()) expect(n).toBeGreaterThanOrEqual(11);
  });

  it("writes the purpose and the period to the audit trail", async () => {
    await coordinator.request("GET", url());
    const rows = await t.db.query<{ details: unknown }>(
      "select details from audit_log where action = 'stats.htcds_export' order by chain_index desc limit 1",
    );
    const details = rows[0]?.details;
    expect(typeof details === "string" ? JSON.parse(details) : details).toEqual({
      from: 2023,
      to: 2025,
      purpose,
    });
  });

  it("refuses the analyst (aggregates only) and an export without a purpose, naming the field", async () => {
    expect((await analyst.request("GET", url())).status).toBe(403);
    const none = await coordinator.request("GET", url(""));
    expect(none.status).toBe(400);
    expect(issuePaths(none)).toContain("querystring.purpose");
    const free = await coordinator.request("GET", url("&purpose=Anna%20Virtanen"));
    expect(free.status).toBe(400);
    expect(issuePaths(free)).toContain("querystring.purpose");
    const bad = await coordinator.request(
      "GET",
      `/api/v1/stats/htcds-export?from=2025&to=2023&purpose=${purpose}`,
    );
    expect(bad.status).toBe(400);
    expect(issuePaths(bad)).toContain("querystring.to");
  });
});

describe("who may read statistics (role × route)", () => {
  const routes = [
    "/api/v1/stats/cases?from=2023&to=2025",
    "/api/v1/stats/referrals?from=2023&to=2025",
    "/api/v1/stats/action-plan",
    "/api/v1/stats/screenings?from=2023&to=2025",
    "/api/v1/stats/training?from=2023&to=2025",
    "/api/v1/stats/outreach?from=2023&to=2025",
    "/api/v1/stats/service-gaps",
    "/api/v1/stats/ctdc-export?from=2023&to=2025",
    "/api/v1/stats/annual-report.pdf?year=2024",
    "/api/v1/stats/annual-report.csv?year=2024",
  ];
  // Every role but the system admin (below): a new role fails to compile until it is placed here.
  const allowed: Record<Exclude<admin.Role, "system_admin">, boolean> = {
    coordinator: true,
    analyst: true,
    frontline: false,
    service_provider: false,
    trainer: false,
    procurement_officer: false,
    // Only its region's roll-up (regional.test.ts), never one municipality's dashboards.
    regional_analyst: false,
  };
  for (const [role, ok] of Object.entries(allowed)) {
    it(`${ok ? "answers" : "refuses"} the ${role}`, async () => {
      const agent = await t.signIn(role as keyof typeof allowed);
      for (const url of routes) expect((await agent.request("GET", url)).status, url).toBe(ok ? 200 : 403);
    });
  }

  it("refuses the system admin without a municipality and an anonymous caller", async () => {
    const admin = await t.signIn("system_admin");
    expect((await admin.request("GET", routes[0] as string)).status).toBe(403);
    const anon = await t.app.inject({ method: "GET", url: routes[0] as string });
    expect(anon.statusCode).toBe(401);
  });

  it("keeps the analyst away from every case and person route", async () => {
    const someId = "00000000-0000-4000-8000-000000000009";
    const [historic] = await t.db.query<{ id: string }>("select id from cases limit 1");
    for (const url of [
      "/api/v1/cases",
      `/api/v1/cases/${historic?.id}`,
      `/api/v1/cases/${historic?.id}/versions`,
      `/api/v1/persons/${someId}/export`,
      "/api/v1/referrals",
      "/api/v1/break-glass-accesses",
    ]) {
      const res = await analyst.request("GET", url);
      expect(res.status, url).toBeGreaterThanOrEqual(400);
      expect(res.status, url).toBeLessThan(500);
      expect(res.body, url).not.toContain("HIST-");
    }
  });

  it("records each statistics read in the audit trail", async () => {
    await analyst.request("GET", "/api/v1/stats/cases?from=2024&to=2024");
    const trail = (await coordinator.request("GET", "/api/v1/audit?action=stats.cases")).json();
    expect(JSON.stringify(trail)).toContain("stats.cases");
  });
});
