import { readFileSync } from "node:fs";
import { questions } from "@ariadne/domain/procurement/index.ts";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser.ts";
import { expectAccessible, expectFitsPhone, useJourney } from "./support/journey.ts";
import { signIn, signOut } from "./support/sign-in.ts";

const journey = useJourney("procurement");
const title = "Cleaning of schools and day-care centres";
let contractUrl = "";
let supplierLink = "";

describe("a procurement officer screens a cleaning contract and follows up its supplier", () => {
  it("signs in without a second factor and sees procurement, never case work", async () => {
    const page = journey.page;
    const c = journey.server.credentials.procurement_officer;
    await page.goto(`${journey.server.url}/sign-in`);
    await page.getByLabel("Email address").fill(c.email);
    await page.getByLabel("Password").fill(c.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: /^Welcome, / }).waitFor();
    await expect.poll(() => page.getByRole("link", { name: "Cases" }).count()).toBe(0);
    await page.getByRole("link", { name: "Procurement" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Ethical procurement" }).waitFor();
    await expectAccessible(page, "contracts register");
  });

  it("registers a cleaning contract with two subcontracting levels and agency workers, and gets high with reasons", async () => {
    const page = journey.page;
    const form = page.getByRole("region", { name: "Register a contract" });
    await form.getByLabel("Title").fill(title);
    await form.getByLabel("Sector (CPV 2008 group)").selectOption("90900000");
    await form.getByLabel("Length (months)").fill("36");
    await form.getByLabel("Agency workers").check();
    const supplier = (n: number) => form.getByRole("group", { name: `Supplier ${n}` });
    await supplier(1).getByLabel("Company name").fill("Puhdas Oy");
    await form.getByRole("button", { name: "Add a supplier" }).click();
    await supplier(2).getByLabel("Company name").fill("Siivouspalvelu Tähti Oy");
    await form.getByRole("button", { name: "Add a supplier" }).click();
    await supplier(3).getByLabel("Company name").fill("Staffing Partner OÜ");
    await expect.poll(() => supplier(3).getByLabel("Place in the chain").inputValue()).toBe("2");
    await form.getByRole("button", { name: "Register contract" }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    contractUrl = page.url();
    await page.getByText("Risk level: High").waitFor();
    const reasons = page.getByRole("list", { name: "Risk screen" }).getByRole("listitem");
    await expect
      .poll(() => reasons.allInnerTexts())
      .toEqual([
        expect.stringMatching(
          /^Sector risk: CPV group 909 \(Cleaning and sanitation services\) is a high-risk sector \(\+2 points\)$/,
        ),
        expect.stringMatching(/^Subcontracting depth: The chain is 2 levels deep \(\+1 points\)$/),
        expect.stringMatching(/^Labour profile: Workforce: Agency workers \(\+1 points\)$/),
      ]);
    await page.getByText("Decided by the risk rules, version 1.").waitFor();
    await expectAccessible(page, "contract");
  });

  it("keeps the recommended clauses and exports them for a Finnish tender", async () => {
    const page = journey.page;
    const clauses = page.getByRole("region", { name: "Social clauses" });
    await expect.poll(() => clauses.getByLabel(/No retention of identity documents/).isChecked()).toBe(true);
    await clauses.getByLabel(/Wages and working hours/).uncheck();
    await clauses.getByRole("button", { name: "Save chosen clauses" }).click();
    await clauses.getByText("7 clauses chosen.").waitFor();
    await clauses.getByLabel("Language of the tender").selectOption("fi");
    const download = page.waitForEvent("download");
    await clauses.getByRole("link", { name: "Export clauses (DOCX)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("clauses-fi.docx");
    const xml = strFromU8(
      unzipSync(new Uint8Array(readFileSync((await file.path()) as string)))["word/document.xml"]!,
    );
    expect(xml).toContain("Henkilöpapereita ei pidätetä");
    expect(xml).not.toContain("Palkat ja työajat");
  });

  it("edits the monitoring plan: adds worker interviews in Estonian and Russian and a review date", async () => {
    const page = journey.page;
    const plan = page.getByRole("region", { name: "Monitoring plan" });
    await expect.poll(() => plan.getByLabel(/^On-site audit/).isChecked()).toBe(true);
    await plan.getByLabel("Languages of the worker interviews").fill("et, ru, x1");
    await plan.getByLabel("Next review of the plan").fill("2027-03-31");
    await plan.getByRole("button", { name: "Save monitoring plan" }).click();
    // A code that is no language is refused on the field; what was typed stays.
    await plan.getByText("Check the format.").waitFor();
    await expect.poll(() => plan.getByLabel("Next review of the plan").inputValue()).toBe("2027-03-31");
    await plan.getByLabel("Languages of the worker interviews").fill("et, ru");
    await plan.getByText(/Read as: Estonian, Russian/).waitFor();
    await plan.getByRole("button", { name: "Save monitoring plan" }).click();
    await plan.getByText("Monitoring plan saved.").waitFor();
    await page.reload();
    const again = page.getByRole("region", { name: "Monitoring plan" });
    await expect
      .poll(() => again.getByLabel("Languages of the worker interviews").inputValue())
      .toBe("et, ru");
    await expect.poll(() => again.getByLabel("Next review of the plan").inputValue()).toBe("2027-03-31");
  });

  it("creates a questionnaire link in Swedish for the main supplier", async () => {
    const page = journey.page;
    const panel = page.getByRole("region", { name: "Supplier questionnaire" });
    await panel.getByLabel("Supplier", { exact: true }).selectOption({ label: "Puhdas Oy" });
    await panel.getByLabel("Language of the questionnaire").selectOption("sv");
    await panel.getByRole("button", { name: "Create questionnaire link" }).click();
    const link = panel.getByLabel("Link for Puhdas Oy (shown once)");
    await expect
      .poll(() => link.inputValue())
      .toMatch(/\/supplier-questionnaire\/[0-9a-f-]{36}#[A-Za-z0-9_-]{43}$/);
    supplierLink = await link.inputValue();
  });

  it("the supplier answers through the link, without an account, in Swedish", async () => {
    const supplierBrowser = await launchBrowser();
    try {
      const page = await supplierBrowser.context.newPage();
      await page.goto(supplierLink);
      await page.getByRole("heading", { level: 1, name: "Leverantörens självskattning" }).waitFor();
      const answer = async (id: string, option: "Ja" | "Nej") => {
        const q = questions.find((x) => x.id === id)!;
        await page.getByRole("group", { name: q.text.sv }).getByLabel(option, { exact: true }).check();
      };
      await answer("written_contracts", "Ja");
      await answer("collective_agreement_wages", "Ja");
      await answer("recruitment_fees", "Nej");
      await answer("documents_held", "Nej");
      await answer("subcontractors_listed", "Ja");
      await page.getByLabel(questions.find((x) => x.id === "workers_count")!.text.sv).fill("24");
      await page
        .getByLabel(questions.find((x) => x.id === "grievance_channel")!.text.sv)
        .fill("Förtroendevald och en telefonlinje på finska, estniska och ryska.");
      await page.getByLabel("Ditt namn").fill("Eeva Esimerkki");
      await expectAccessible(page, "supplier questionnaire (sv)");
      await page.getByRole("button", { name: "Skicka svaren" }).click();
      await page.getByText("Tack. Dina svar har skickats till kommunen.").waitFor();
      // The link works once: opened again, it says so without telling what it was for.
      await page.reload();
      await page.getByText(/Länken är inte giltig|This link is not valid/).waitFor();
    } finally {
      await supplierBrowser.close();
    }
  });

  it("sees the answer, records an audit finding and a corrective action", async () => {
    const page = journey.page;
    await page.goto(contractUrl);
    await page.getByText(/^Puhdas Oy: Answered on .* by Eeva Esimerkki — No answer of concern\.$/).waitFor();
    const form = page.getByRole("region", { name: "Record a finding" });
    await form.getByLabel("Found through").selectOption("on_site_audit");
    await form.getByLabel("Supplier concerned").selectOption({ label: "Staffing Partner OÜ" });
    await form.getByLabel("Severity").selectOption("major");
    await form.getByLabel("Found on").fill("2026-11-20");
    await form.getByLabel("What was found").fill("Agency workers have no written pay slips.");
    await form.getByRole("button", { name: "Record finding" }).click();
    const findings = page.getByRole("list", { name: "Findings" }).getByRole("listitem");
    await findings.filter({ hasText: "Agency workers have no written pay slips." }).waitFor();
    const actionForm = page.getByRole("region", { name: "Add a corrective action" });
    await actionForm.getByLabel("Action", { exact: true }).fill("Written pay slips for every worker");
    await actionForm.getByLabel("Deadline").fill("2027-01-31");
    await actionForm.getByRole("button", { name: "Add action" }).click();
    const actions = page.getByRole("list", { name: "Corrective actions" }).getByRole("listitem");
    await actions
      .filter({ hasText: "Written pay slips for every worker" })
      .filter({ hasText: "Open" })
      .waitFor();
    await expectAccessible(page, "contract with follow-up");
  });

  it("fits a 390 px phone, and reads in Finnish and Swedish", async () => {
    const page = journey.page;
    await expectFitsPhone(page, "contract", [390]);
    await page.getByLabel("Language", { exact: true }).selectOption("fi");
    await page.getByRole("heading", { level: 2, name: "Riskiarvio" }).waitFor();
    await page.getByText("Riskitaso: Korkea").waitFor();
    // The sector by its CPV title in the reader's language, following the switch.
    await page.getByText("Toimiala: 909 (Siivous- ja puhtaanapitopalvelut)").waitFor();
    await expectAccessible(page, "contract (fi)");
    await page.getByLabel("Kieli", { exact: true }).selectOption("sv");
    await page.getByRole("heading", { level: 2, name: "Riskbedömning" }).waitFor();
    await page.getByText("Risknivå: Hög").waitFor();
    await page.getByText("Bransch: 909 (Rengörings- och saneringstjänster)").waitFor();
    await expectAccessible(page, "contract (sv)");
    await page.getByLabel("Språk", { exact: true }).selectOption("en");
    await page.getByRole("heading", { level: 2, name: "Risk screen" }).waitFor();
  });

  it("picks a sector by its Finnish and its Polish title, and the register names each contract's sector in the reader's language", async () => {
    const page = journey.page;
    await page.goto(`${journey.server.url}/procurement`);
    await page.getByRole("heading", { level: 1, name: "Ethical procurement" }).waitFor();
    await page.getByLabel("Language", { exact: true }).selectOption("fi");
    await page.getByRole("heading", { level: 1, name: "Eettiset hankinnat" }).waitFor();
    const register = page.getByRole("region", { name: "Sopimusrekisteri" });
    await register.getByRole("cell", { name: "909 Siivous- ja puhtaanapitopalvelut" }).first().waitFor();
    const form = page.getByRole("region", { name: "Kirjaa sopimus" });
    const sector = form.getByLabel("Toimiala (CPV 2008 -ryhmä)");
    await form.getByText(/Nimikkeet suomeksi: Ariadnen luonnos/).waitFor();
    // Long Finnish titles in the sector list still fit a phone.
    await expectFitsPhone(page, "contracts register (fi)", [390]);
    await sector.selectOption({ label: "909 Siivous- ja puhtaanapitopalvelut" });
    await expect.poll(() => sector.inputValue()).toBe("90900000");
    await sector.selectOption({ label: "451 Rakennustyömaan valmistelutyöt" });
    await expect.poll(() => sector.inputValue()).toBe("45100000");
    await sector.selectOption("");
    // Polish, whose titles come with its texts when chosen: the list follows without a reload.
    await page.getByLabel("Kieli", { exact: true }).selectOption("pl");
    await page.getByRole("heading", { level: 1, name: "Etyczne zamówienia publiczne" }).waitFor();
    const polish = page
      .getByRole("region", { name: "Zarejestruj umowę" })
      .getByLabel("Sektor (grupa CPV 2008)");
    await polish.selectOption({ label: "909 Usługi w zakresie sprzątania i odkażania" });
    await expect.poll(() => polish.inputValue()).toBe("90900000");
    await polish.selectOption("");
    await page
      .getByRole("region", { name: "Rejestr umów" })
      .getByRole("cell", { name: "909 Usługi w zakresie sprzątania i odkażania" })
      .first()
      .waitFor();
    await page.getByLabel("Język", { exact: true }).selectOption("en");
    await page
      .getByRole("region", { name: "Contracts register" })
      .getByRole("cell", { name: "909 Cleaning and sanitation services" })
      .first()
      .waitFor();
  });

  it("reads the risk rules in force, without the means to change them", async () => {
    const page = journey.page;
    await page.goto(`${journey.server.url}/procurement`);
    await page.getByRole("link", { name: "Risk rules" }).click();
    await page.getByText("Version 1 is in force (Ariadne's built-in rules).").waitFor();
    await page.getByRole("row", { name: /Risk level thresholds \(total points\): High from 4/ }).waitFor();
    await expect.poll(() => page.getByRole("button", { name: "Publish new version" }).count()).toBe(0);
    await expectAccessible(page, "risk rules (read only)");
    // The rules table scrolls inside its frame on a phone; the page does not.
    await expectFitsPhone(page, "risk rules", [390]);
  });

  it("a coordinator publishes new rules; a version published meanwhile is shown and nothing typed is lost", async () => {
    const page = journey.page;
    await signOut(page);
    await signIn(page, journey.server, "coordinator");
    await page.goto(`${journey.server.url}/procurement/rules`);
    const form = page.getByRole("region", { name: "Edit and publish a new version" });
    const thresholds = form.getByRole("group", { name: "Risk level thresholds (total points)" });
    await thresholds.getByLabel("High from", { exact: true }).fill("7");
    await form.getByRole("button", { name: "Publish new version" }).click();
    await thresholds
      .getByText("The thresholds must rise: medium below high, high below very high.")
      .waitFor();
    await thresholds.getByLabel("High from", { exact: true }).fill("3");
    await form.getByLabel("Why the change (optional)").fill("Agency work weighs more here");
    // Another coordinator publishes version 2 meanwhile (the same session, through the API).
    const status = await page.evaluate(async () => {
      const session = await (await fetch("/api/v1/auth/session")).json();
      const now = await (await fetch("/api/v1/procurement-rules")).json();
      const res = await fetch("/api/v1/procurement-rules", {
        method: "PUT",
        headers: { "content-type": "application/json", "x-csrf-token": session.csrfToken },
        body: JSON.stringify({
          basedOnVersion: now.version,
          rules: { ...now.rules, thresholds: { medium: 2, high: 4, very_high: 7 } },
        }),
      });
      return res.status;
    });
    expect(status).toBe(200);
    await form.getByRole("button", { name: "Publish new version" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: "Version 2 was published while you were editing." })
      .waitFor();
    const newer = page.getByRole("region", { name: "Version 2 was published meanwhile" });
    await newer.getByRole("row", { name: /High from 4 3$/ }).waitFor();
    await newer.getByRole("row", { name: /Very high from 7 6$/ }).waitFor();
    await expect.poll(() => thresholds.getByLabel("High from", { exact: true }).inputValue()).toBe("3");
    await expect
      .poll(() => form.getByLabel("Why the change (optional)").inputValue())
      .toBe("Agency work weighs more here");
    await expectAccessible(page, "risk rules with a newer version");
    await expectFitsPhone(page, "risk rules", [390]);
    await form.getByRole("button", { name: "Publish new version" }).click();
    await page.getByText("Version 3 of the risk rules published.").waitFor();
    await page.getByText("Version 3 is in force (the municipality's own).").waitFor();
    await expect
      .poll(() =>
        page
          .getByRole("region", { name: "Edit and publish a new version" })
          .getByRole("group", { name: "Risk level thresholds (total points)" })
          .getByLabel("High from", { exact: true })
          .inputValue(),
      )
      .toBe("3");
  });
});
