import { describe, expect, it } from "vitest";
import { expectAccessible, expectNoSidewaysScroll, useJourney } from "./support/journey.ts";
import { type Focused, focused, tabTo } from "./support/keyboard.ts";
import { signIn, signOut, totpNow } from "./support/sign-in.ts";

const journey = useJourney("services");
const run = Date.now().toString(36);
const added = `Night shelter for men ${run}`;
const imported = `Imported legal clinic ${run}`;

const directoryRows = () => journey.page.locator("section[aria-labelledby=services-list-title] tbody tr");

/**
 * Waits until the focus is where `wanted` says, with a visible indicator when the keyboard moved
 * it (after a click the browser shows none, as for any focus a mouse gives).
 */
async function focusOn(wanted: (f: Focused) => boolean, message: string, byPointer = false) {
  await expect
    .poll(
      async () => {
        const f = await focused(journey.page);
        return f && wanted(f) ? "there" : `${f?.tag ?? "body"} "${f?.name ?? ""}"`;
      },
      { message },
    )
    .toBe("there");
  if (!byPointer)
    expect((await focused(journey.page))?.indicatorProblem ?? null, `${message}: focus visible`).toBeNull();
}
/** A service drawn on a map, by its accessible name ("Service: …", unconditional or not). */
const serviceShape = (name: string) => (f: Focused) =>
  f.tag === "path" && new RegExp(`^Service: ${name}(, unconditional)?$`).test(f.name);
/** Presses → until the service named `name` has the focus. */
async function arrowTo(name: string) {
  for (let i = 0; i < 40; i++) {
    const f = await focused(journey.page);
    if (f && serviceShape(name)(f)) return;
    await journey.page.keyboard.press("ArrowRight");
  }
  await focusOn(serviceShape(name), `arrowed to ${name}`);
}

describe("the coordinator keeps the service directory and finds services for a person", () => {
  it("signs in and opens the directory with its map", async () => {
    await journey.page.goto(journey.server.url);
    await journey.page.waitForURL(/\/sign-in$/);
    await signIn(journey.page, journey.server, "coordinator");

    await journey.page
      .getByRole("navigation", { name: "Modules" })
      .getByRole("link", { name: /referrals/i })
      .click();
    await journey.page.getByRole("heading", { level: 1, name: "Service directory" }).waitFor();
    await journey.page.waitForURL(/\/referrals\/services$/);
    await journey.page.getByRole("row", { name: /Safe Harbour emergency shelter/ }).waitFor();
    // The demo services with coordinates are drawn on the map.
    await expect
      .poll(() => journey.page.locator(".services-map path.leaflet-interactive").count())
      .toBeGreaterThanOrEqual(12);
    // No tile server is configured: the offline basemap shipped with the app lies beneath.
    await journey.page
      .locator(".services-map .leaflet-basemap-pane path")
      .first()
      .waitFor({ state: "attached" });
    await expectAccessible(journey.page, "service directory");
  });

  it("reaches the services on the map with the keyboard alone; Enter or a click shows one in the list", async () => {
    const page = journey.page;
    // The last filter, then the map, then the services drawn on it: one stop, by name.
    await page.getByLabel(/^Available now/).focus();
    await page.keyboard.press("Tab");
    await focusOn(
      (f) => f.tag === "section" && f.name === "Map of the services that have coordinates",
      "Tab to the map",
    );
    await page.keyboard.press("Tab");
    await focusOn(serviceShape("Child protection"), "Tab to the first service by name");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("button");
    // The group that holds them is named.
    await page.getByRole("group", { name: "Services on the map" }).waitFor({ state: "attached" });
    await arrowTo("Safe Harbour emergency shelter");
    await page.keyboard.press("Enter");
    const row = page.getByRole("row", { name: /Safe Harbour emergency shelter/ });
    await focusOn(
      (f) => f.tag === "th" && f.name.startsWith("Safe Harbour emergency shelter"),
      "Enter to the service's row",
    );
    await row.getByText("From the map").waitFor();
    await page.keyboard.press("Escape");
    await focusOn(serviceShape("Safe Harbour emergency shelter"), "Escape back to the map");
    // Tab leaves the map past the zoom buttons.
    await tabTo(page, (f) => f.tag !== "path" && f.name !== "Zoom in" && f.name !== "Zoom out", { max: 4 });
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest(".services-map")))).toBe(false);
    // A click does the same as Enter.
    await page.locator('.services-map path[aria-label^="Service: Supported housing"]').click();
    await focusOn(
      (f) => f.tag === "th" && f.name.startsWith("Supported housing"),
      "a click to the row",
      true,
    );
    await page
      .getByRole("row", { name: /Supported housing/ })
      .getByText("From the map")
      .waitFor();
    await expectAccessible(page, "service opened from the map");
  });

  it("filters the list: unconditional services only", async () => {
    const all = await directoryRows().count();
    await journey.page.getByLabel(/Unconditional only/).check();
    await journey.page.waitForFunction(
      (n) => document.querySelectorAll("section[aria-labelledby=services-list-title] tbody tr").length < n,
      all,
    );
    await expect
      .poll(() => journey.page.getByRole("row", { name: /Health centre walk-in clinic/ }).count())
      .toBe(0);
    await journey.page.getByLabel(/Unconditional only/).uncheck();
  });

  it("adds a service, refusing impossible coordinates first", async () => {
    await journey.page.getByRole("link", { name: "Add a service" }).click();
    await journey.page.getByRole("heading", { level: 1, name: "Add a service" }).waitFor();
    await expectAccessible(journey.page, "service form");
    await journey.page.getByLabel("Name").fill(added);
    await journey.page
      .getByLabel("Provider organisation")
      .selectOption({ label: "Safe Harbour victim support (NGO)" });
    await journey.page.getByLabel("Type", { exact: true }).selectOption("shelter");
    await journey.page.getByLabel("Men", { exact: true }).check();
    await journey.page.getByLabel("Languages", { exact: true }).fill("fi, ro");
    await journey.page.getByLabel("Latitude").fill("160.2");
    await journey.page.getByLabel("Longitude").fill("24.95");
    await journey.page.getByRole("button", { name: "Add service" }).click();
    await journey.page.getByRole("alert").filter({ hasText: /./ }).first().waitFor();
    await expect.poll(() => journey.page.getByLabel("Latitude").getAttribute("aria-invalid")).toBe("true");
    await journey.page.getByLabel("Latitude").fill("60.19");
    await journey.page.getByRole("button", { name: "Add service" }).click();
    await journey.page.getByRole("heading", { level: 1, name: "Service directory" }).waitFor();
    await journey.page
      .getByRole("status")
      .filter({ hasText: `Service “${added}” added.` })
      .waitFor();
    await journey.page.getByRole("row", { name: new RegExp(added) }).waitFor();
  });

  it("imports a CSV with a broken row: sees the row error and nothing is imported; fixed, it imports", async () => {
    const before = await directoryRows().count();
    const header = "name,organisation,type,languages,latitude,longitude,requires_documents";
    const good = `${imported},Safe Harbour victim support (NGO),legal_counselling,fi;en;ro,60.171,24.941,no`;
    const broken = `Broken ${run},Safe Harbour victim support (NGO),spa_treatment,fi,60.17,24.94,no`;
    const csv = journey.page.getByLabel("Or paste the CSV text");
    await csv.fill([header, good, broken].join("\n"));
    await journey.page.getByRole("button", { name: "Import", exact: true }).click();
    await journey.page
      .getByRole("alert")
      .filter({ hasText: "Nothing was imported: the file has 1 errors." })
      .waitFor();
    const errorRow = journey.page
      .getByRole("table", { name: "Errors in the file" })
      .getByRole("row", { name: /^3 / });
    await expect.poll(() => errorRow.textContent()).toContain('unknown service type "spa_treatment"');
    await expectAccessible(journey.page, "import refused");
    await expect.poll(() => journey.page.getByRole("row", { name: new RegExp(imported) }).count()).toBe(0);
    await expect.poll(() => directoryRows().count()).toBe(before);

    await csv.fill([header, good, broken.replace("spa_treatment", "health_care")].join("\n"));
    await journey.page.getByRole("button", { name: "Import", exact: true }).click();
    await journey.page
      .getByRole("status")
      .filter({ hasText: "Imported: 2 new and 0 updated services." })
      .waitFor();
    await journey.page.getByRole("row", { name: new RegExp(imported) }).waitFor();
    await expect.poll(() => directoryRows().count()).toBe(before + 2);
    await expect
      .poll(() => journey.page.locator(".services-map path.leaflet-interactive").count())
      .toBeGreaterThanOrEqual(15);
  });

  it("finds services for a person without documents who speaks Romanian", async () => {
    await journey.page.getByRole("link", { name: "Find services for a person" }).click();
    await journey.page.getByRole("heading", { level: 1, name: "Find services" }).waitFor();
    await journey.page.getByLabel("Legal counselling").check();
    await journey.page.getByLabel("Health care", { exact: true }).check();
    await journey.page.getByLabel("Languages the person speaks").fill("ro");
    await journey.page.getByLabel("Has no identification, documents or residence permit").check();
    await journey.page.getByRole("button", { name: "Find services" }).click();
    const ranked = journey.page.locator("section", {
      has: journey.page.getByRole("heading", { name: "Services that fit, best first" }),
    });
    await ranked.getByRole("heading", { name: imported }).waitFor();
    await expect.poll(() => ranked.textContent()).toContain("Speaks Romanian");
    await expect.poll(() => ranked.textContent()).toContain("No documents needed");
    const left = journey.page.locator("section", {
      has: journey.page.getByRole("heading", { name: "Left out" }),
    });
    await left.getByRole("heading", { name: "Health centre walk-in clinic" }).waitFor();
    await expect.poll(() => left.textContent()).toContain("Demands identification");
    await expectAccessible(journey.page, "matching");
  });

  it("shows the gaps", async () => {
    await journey.page
      .getByRole("navigation", { name: "Referral sections" })
      .getByRole("link", { name: "Gaps" })
      .click();
    await journey.page.getByRole("heading", { level: 1, name: "Gaps in services" }).waitFor();
    await journey.page.getByLabel("Languages to check").fill("fi, so");
    await journey.page.getByRole("button", { name: "Show gaps" }).click();
    await journey.page
      .getByRole("row", { name: /Somali/ })
      .first()
      .waitFor();
    await expectAccessible(journey.page, "gaps");
  });

  it("a frontline professional starts matching from a case: gender, age band and languages filled in", async () => {
    const c = journey.server.credentials.frontline;
    // The case is created over the API; the replay guard is reset so the browser may sign in next.
    const signedIn = await fetch(`${journey.server.url}/api/v1/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: c.email, password: c.password, totp: totpNow(c) }),
    });
    const session = (await signedIn.json()) as { session: { csrfToken: string } };
    const created = await fetch(`${journey.server.url}/api/v1/cases`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        cookie: String(signedIn.headers.get("set-cookie")).split(";")[0]!,
        "x-csrf-token": session.session.csrfToken,
      },
      body: JSON.stringify({ person: { gender: "female", ageBand: "24-26", languages: ["ro"] } }),
    });
    const caseCode = ((await created.json()) as { case: { caseCode: string } }).case.caseCode;
    await journey.server.db.query("update users set totp_last_step = 0 where email = $1", [c.email]);

    await signOut(journey.page);
    await signIn(journey.page, journey.server, "frontline");
    await journey.page.goto(`${journey.server.url}/referrals/services/match`);
    await journey.page.getByRole("heading", { level: 1, name: "Find services" }).waitFor();
    await journey.page.getByLabel("Case", { exact: true }).selectOption({ label: caseCode });
    await journey.page.getByRole("button", { name: "Fill in from the case" }).click();
    await journey.page
      .getByRole("status")
      .filter({ hasText: `Filled in from case ${caseCode}.` })
      .waitFor();
    await expect.poll(() => journey.page.getByLabel("Gender").inputValue()).toBe("female");
    await expect.poll(() => journey.page.getByLabel("Age", { exact: true }).inputValue()).toBe("24");
    await expect.poll(() => journey.page.getByLabel("Languages the person speaks").inputValue()).toBe("ro");
    await journey.page.getByLabel("Legal counselling").check();
    await journey.page.getByRole("button", { name: "Find services" }).click();
    await journey.page.getByRole("heading", { name: "Services that fit, best first" }).waitFor();
    await expectAccessible(journey.page, "matching from a case");
  });

  it("a frontline professional opens a service from the local map: by keyboard, and by a click", async () => {
    const page = journey.page;
    await page.goto(`${journey.server.url}/local-map`);
    await page.getByRole("heading", { level: 1, name: "Local map" }).waitFor();
    const map = page.getByRole("region", { name: "Map of the municipality" });
    await map.locator("path.map-marker-service").first().waitFor();
    await tabTo(page, (f) => f.tag === "section" && f.name === "Map of the municipality", { max: 30 });
    await page.keyboard.press("Tab");
    await focusOn((f) => f.tag === "path" && f.name.startsWith("Service: "), "Tab to the services");
    // A service is a link: it opens the service directory.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("link");
    for (let i = 0; i < 40 && (await focused(page))?.name !== "Service: Supported housing"; i++)
      await page.keyboard.press("ArrowRight");
    await focusOn((f) => f.name === "Service: Supported housing", "arrowed to Supported housing");
    // + zooms in about the focused service (the map starts on the whole country), which stays in view.
    for (let i = 0; i < 6; i++) await page.keyboard.press("+");
    await focusOn((f) => f.name === "Service: Supported housing", "still on it after zooming");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Service directory" }).waitFor();
    await focusOn(
      (f) => f.tag === "th" && f.name.startsWith("Supported housing"),
      "its row in the directory",
    );
    // Back on the map, a click opens it too: a frontline worker places nothing on this map.
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Local map" }).waitFor();
    await map.locator('path[aria-label="Service: Supported housing"]').waitFor();
    await tabTo(page, (f) => f.tag === "section" && f.name === "Map of the municipality", { max: 30 });
    await page.keyboard.press("Tab");
    for (let i = 0; i < 40 && (await focused(page))?.name !== "Service: Supported housing"; i++)
      await page.keyboard.press("ArrowRight");
    for (let i = 0; i < 6; i++) await page.keyboard.press("+");
    await map.locator('path[aria-label="Service: Supported housing"]').click();
    await page.getByRole("heading", { level: 1, name: "Service directory" }).waitFor();
    await focusOn(
      (f) => f.tag === "th" && f.name.startsWith("Supported housing"),
      "clicked to its row",
      true,
    );
    await expectAccessible(page, "service opened from the local map");
  });

  it("works on a 390 px and a 360 px phone without sideways scrolling, in Finnish too", async () => {
    const phone = await journey.browser.context.newPage();
    const pages = [
      ["/referrals/services", "Service directory", "Palveluhakemisto"],
      ["/referrals/services/match", "Find services", "Etsi palveluita"],
      ["/referrals/gaps", "Gaps in services", "Puutteet palveluissa"],
    ] as const;
    for (const width of [390, 360]) {
      await phone.setViewportSize({ width, height: 844 });
      for (const [path, heading] of pages) {
        await phone.goto(`${journey.server.url}${path}`);
        await phone.getByRole("heading", { level: 1, name: heading }).waitFor();
        if (path === "/referrals/services") await phone.waitForSelector(".data-table");
        await expectNoSidewaysScroll(phone, width, `${path} ${width}`);
        await expectAccessible(phone, `${path} (${width} px)`);
      }
    }
    // Finnish words are long: the directory must still fit the narrowest phone.
    // Switched on the gaps page: the directory's language filter is also labelled "Language".
    await phone.goto(`${journey.server.url}/referrals/gaps`);
    await phone.getByRole("heading", { level: 1, name: "Gaps in services" }).waitFor();
    await phone.getByRole("button", { name: "Menu" }).click();
    await phone.getByLabel("Language", { exact: true }).selectOption("fi");
    for (const [path, , heading] of pages) {
      await phone.goto(`${journey.server.url}${path}`);
      await phone.getByRole("heading", { level: 1, name: heading }).waitFor();
      await expectNoSidewaysScroll(phone, 360, `${path} fi`);
      await expectAccessible(phone, `${path} (360 px, fi)`);
    }
    await phone.getByRole("button", { name: "Valikko" }).click();
    await phone.getByLabel("Kieli", { exact: true }).selectOption("en");
    await phone.close();
  });
});
