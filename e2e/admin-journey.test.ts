import { describe, expect, it } from "vitest";
import { expectAccessible, expectNoSidewaysScroll, useJourney } from "./support/journey.ts";
import { signIn, totpNow } from "./support/sign-in.ts";

const journey = useJourney("admin");
const run = Date.now().toString(36);
const orgName = `Harbour Shelter ${run}`;
const newUser = { email: `e2e-${run}@demo.ariadne.test`, name: `Eino Esimerkki ${run}`, password: "" };

describe("a coordinator administers the municipality", () => {
  it("signs in with password and TOTP", async () => {
    const coordinator = journey.server.credentials.coordinator;
    expect(coordinator.totpSecret, "the demo coordinator has TOTP").not.toBe("");
    await journey.page.goto(journey.server.url);
    await journey.page.waitForURL(/\/sign-in$/);
    await journey.page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await expectAccessible(journey.page, "sign-in");

    await journey.page.getByLabel("Email address").fill(coordinator.email);
    await journey.page.getByLabel("Password").fill(coordinator.password);
    await journey.page.getByRole("button", { name: "Sign in" }).click();
    // The server asks for the second factor; the form grows a code field and says why.
    const code = journey.page.getByLabel("Authentication code");
    await code.waitFor();
    await journey.page
      .getByRole("status")
      .filter({ hasText: "Enter the code from your authenticator app." })
      .waitFor();
    await expectAccessible(journey.page, "sign-in with TOTP field");
    await code.fill(totpNow(coordinator));
    await journey.page.getByRole("button", { name: "Sign in" }).click();

    await journey.page.getByRole("heading", { level: 1, name: /^Welcome, / }).waitFor();
    await journey.page.waitForURL((url) => url.pathname === "/");
    await expectAccessible(journey.page, "overview");

    // From the top of a freshly loaded page the first Tab reaches the skip link, which moves focus to main.
    await journey.page.reload();
    await journey.page.getByRole("heading", { level: 1, name: /^Welcome, / }).waitFor();
    await journey.page.keyboard.press("Tab");
    await expect
      .poll(() => journey.page.evaluate(() => document.activeElement?.textContent))
      .toBe("Skip to main content");
    await journey.page.keyboard.press("Enter");
    await expect.poll(() => journey.page.evaluate(() => document.activeElement?.id)).toBe("main");
  });

  it("switches the interface to Finnish, Swedish and back, and remembers the choice", async () => {
    await journey.page.getByLabel("Language").selectOption("fi");
    await journey.page.getByRole("heading", { level: 1, name: /^Tervetuloa, / }).waitFor();
    await expect.poll(() => journey.page.getAttribute("html", "lang")).toBe("fi");
    await journey.page
      .getByRole("navigation", { name: "Moduulit" })
      .getByRole("link", { name: "Ylläpito" })
      .waitFor();
    await expectAccessible(journey.page, "overview (fi)");

    await journey.page.reload();
    await journey.page.getByRole("heading", { level: 1, name: /^Tervetuloa, / }).waitFor();

    await journey.page.getByLabel("Kieli").selectOption("sv");
    await journey.page.getByRole("heading", { level: 1, name: /^Välkommen, / }).waitFor();
    await expect.poll(() => journey.page.getAttribute("html", "lang")).toBe("sv");
    await expect.poll(() => journey.page.title()).toMatch(/^Välkommen, .* – Ariadne$/);

    await journey.page.getByLabel("Språk").selectOption("en");
    await journey.page.getByRole("heading", { level: 1, name: /^Welcome, / }).waitFor();
    await expect.poll(() => journey.page.getAttribute("html", "lang")).toBe("en");
  });

  it("shows the modules the role allows, and opens one with focus at its heading", async () => {
    const nav = journey.page.getByRole("navigation", { name: "Modules" });
    for (const name of ["Local map", "Screening", "Cases", "Statistics", "Administration"]) {
      await nav.getByRole("link", { name }).waitFor();
    }
    await nav.getByRole("link", { name: "Statistics" }).click();
    await journey.page.getByRole("heading", { level: 1, name: "Statistics" }).waitFor();
    // After a client-side navigation, focus starts at the new page's heading.
    await journey.page.waitForFunction(() => document.activeElement?.tagName === "H1");
    await expectAccessible(journey.page, "statistics");
  });

  it("creates an organisation", async () => {
    await journey.page
      .getByRole("navigation", { name: "Modules" })
      .getByRole("link", { name: "Administration" })
      .click();
    await journey.page.getByRole("heading", { level: 1, name: "Organisations" }).waitFor();
    await journey.page.waitForSelector("table");
    await expectAccessible(journey.page, "organisations");

    const form = journey.page.locator("section", {
      has: journey.page.getByRole("heading", { name: "Add an organisation" }),
    });
    // Sent empty first: the shared schema stops it in the browser, and the error sits by the field.
    await form.getByRole("button", { name: "Add organisation" }).click();
    await form.locator(".field-error").filter({ hasText: "Fill in this field." }).waitFor();
    await expect.poll(() => form.getByLabel("Name").getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(journey.page, "organisation form with errors");

    await form.getByLabel("Name").fill(orgName);
    await form.getByLabel("Kind").selectOption("ngo");
    await form.getByRole("button", { name: "Add organisation" }).click();
    await journey.page
      .getByRole("status")
      .filter({ hasText: `Organisation “${orgName}” added.` })
      .waitFor();
    const row = journey.page.getByRole("row", { name: new RegExp(orgName) });
    await expect.poll(() => row.textContent()).toContain("Non-governmental organisation");
  });

  it("is told when someone else changed the organisation meanwhile, and sees the latest version", async () => {
    await journey.page.getByRole("button", { name: `Edit ${orgName}` }).click();
    const form = journey.page.locator("section", {
      has: journey.page.getByRole("heading", { name: /^Edit organisation/ }),
    });
    await form.getByLabel("Name").waitFor();
    // Someone else renames it in the meantime (the same session here, through the API itself).
    const renamed = `${orgName} (renamed)`;
    const status = await journey.page.evaluate(
      async ({ name, newName }) => {
        const session = await (await fetch("/api/v1/auth/session")).json();
        const list = await (await fetch("/api/v1/organisations")).json();
        const org = list.items.find((o: { name: string }) => o.name === name);
        const res = await fetch(`/api/v1/organisations/${org.id}`, {
          method: "PATCH",
          headers: { "content-type": "application/json", "x-csrf-token": session.csrfToken },
          body: JSON.stringify({ name: newName, version: org.version }),
        });
        return res.status;
      },
      { name: orgName, newName: renamed },
    );
    expect(status).toBe(200);

    await form.getByLabel("Name").fill(`${orgName} (mine)`);
    await form.getByRole("button", { name: "Save" }).click();
    await journey.page
      .getByRole("alert")
      .filter({ hasText: "Someone else changed this record meanwhile." })
      .waitFor();
    const reloaded = journey.page.locator("section", {
      has: journey.page.getByRole("heading", { name: `Edit organisation “${renamed}”` }),
    });
    await expect.poll(() => reloaded.getByLabel("Name").inputValue()).toBe(renamed);
    await expectAccessible(journey.page, "organisation conflict");

    // Saving again over the latest version works: the name goes back.
    await reloaded.getByLabel("Name").fill(orgName);
    await reloaded.getByRole("button", { name: "Save" }).click();
    await journey.page
      .getByRole("status")
      .filter({ hasText: `Organisation “${orgName}” saved.` })
      .waitFor();
  });

  it("creates a user and is shown the initial password once", async () => {
    await journey.page
      .getByRole("navigation", { name: "Administration sections" })
      .getByRole("link", { name: "Users" })
      .click();
    await journey.page.getByRole("heading", { level: 1, name: "Users" }).waitFor();
    await journey.page.waitForSelector("table");
    await expectAccessible(journey.page, "users");

    const form = journey.page.locator("section", {
      has: journey.page.getByRole("heading", { name: "Add a user" }),
    });
    await form.getByLabel("Email address").fill(newUser.email);
    await form.getByLabel("Name").fill(newUser.name);
    await form.getByLabel("Organisation").selectOption({ label: orgName });
    await form.getByLabel("Role").selectOption("frontline");
    await form.getByRole("button", { name: "Add user" }).click();

    const password = journey.page.getByTestId("initial-password");
    await expect.poll(async () => (await password.textContent())?.length).toBeGreaterThanOrEqual(12);
    newUser.password = (await password.textContent()) ?? "";
    await expectAccessible(journey.page, "user created");
    await journey.page.getByRole("button", { name: "I have noted the password" }).click();
    await password.waitFor({ state: "detached" });
    // The list reloads after the password is shown: wait for the new user's row.
    const row = journey.page.getByRole("row", { name: new RegExp(newUser.name) });
    await expect.poll(() => row.textContent()).toContain("Frontline professional");
    await expect.poll(() => row.textContent()).toContain(orgName);

    // The same address again: the server refuses, and says so beside the email field.
    await form.getByLabel("Email address").fill(newUser.email);
    await form.getByLabel("Name").fill("Someone Else");
    await form.getByLabel("Organisation").selectOption({ label: orgName });
    await form.getByRole("button", { name: "Add user" }).click();
    await form.locator(".field-error").filter({ hasText: "This email address is already in use." }).waitFor();
    await expect.poll(() => journey.page.getByTestId("initial-password").count()).toBe(0);
  });

  it("changes the new user's role", async () => {
    await journey.page.getByRole("button", { name: `Edit ${newUser.name}` }).click();
    const form = journey.page.locator("section", {
      has: journey.page.getByRole("heading", { name: /^Edit user/ }),
    });
    await form.getByLabel("Role").selectOption("service_provider");
    await expectAccessible(journey.page, "edit user");
    await form.getByRole("button", { name: "Save" }).click();
    await journey.page
      .getByRole("status")
      .filter({ hasText: `User “${newUser.name}” saved.` })
      .waitFor();
    // The notice comes before the list has reloaded: wait for the row to show the new role.
    const row = journey.page.getByRole("row", { name: new RegExp(newUser.name) });
    await expect.poll(() => row.textContent()).toContain("Service provider");
  });

  it("sees both actions in the audit trail, and filters by action", async () => {
    await journey.page
      .getByRole("navigation", { name: "Administration sections" })
      .getByRole("link", { name: "Audit trail" })
      .click();
    await journey.page.getByRole("heading", { level: 1, name: "Audit trail" }).waitFor();
    await journey.page.waitForSelector("table");
    const table = journey.page.locator("table");
    const created = table.getByRole("row").filter({ hasText: "organisations.create" });
    await expect.poll(() => created.first().textContent()).toContain("Success");
    await table.getByRole("row").filter({ hasText: "users.create" }).first().waitFor();
    await table.getByRole("row").filter({ hasText: "auth.sign_in" }).first().waitFor();
    await expectAccessible(journey.page, "audit trail");

    await journey.page.getByLabel("Filter by action").selectOption("users.create");
    await journey.page.getByRole("button", { name: "Show", exact: true }).click();
    await table.getByRole("row").filter({ hasText: "organisations.create" }).waitFor({ state: "detached" });
    // Only users.create, and at least one of them, once the filtered list has loaded.
    await expect
      .poll(async () => [...new Set(await table.locator("tbody .action-code").allTextContents())])
      .toEqual(["users.create"]);
  });

  it("pages back to older audit entries", async () => {
    // Each list of organisations is audited: 60 of them make more than one page of 50.
    await journey.page.evaluate(async () => {
      for (let i = 0; i < 60; i++) await fetch("/api/v1/organisations");
    });
    await journey.page.getByLabel("Filter by action").selectOption("");
    await journey.page.getByRole("button", { name: "Show", exact: true }).click();
    const rows = journey.page.locator("table tbody tr");
    await journey.page.waitForFunction(() => document.querySelectorAll("table tbody tr").length === 50);
    await journey.page.getByRole("button", { name: "Show older entries" }).click();
    // Older entries follow on without repeating one.
    await expect
      .poll(async () => {
        const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-entry-id")));
        return { more: ids.length > 50, repeated: ids.length - new Set(ids).size };
      })
      .toEqual({ more: true, repeated: 0 });
  });

  it("works on a 360 px phone: the menu opens, leads somewhere and the page does not scroll sideways", async () => {
    const phone = await journey.browser.context.newPage();
    await phone.setViewportSize({ width: 360, height: 740 });
    await phone.goto(`${journey.server.url}/admin/organisations`);
    await phone.getByRole("heading", { level: 1, name: "Organisations" }).waitFor();
    await phone.waitForSelector("table");
    const nav = phone.getByRole("navigation", { name: "Modules" });
    const menu = phone.getByRole("button", { name: "Menu" });
    await expect.poll(() => nav.isVisible()).toBe(false);
    await expect.poll(() => menu.getAttribute("aria-expanded")).toBe("false");
    await expectAccessible(phone, "organisations (phone)");
    await expectNoSidewaysScroll(phone, 360);

    await menu.click();
    await expect.poll(() => menu.getAttribute("aria-expanded")).toBe("true");
    await nav.waitFor({ state: "visible" });
    await expectAccessible(phone, "menu open (phone)");
    await nav.getByRole("link", { name: "Statistics" }).click();
    await phone.getByRole("heading", { level: 1, name: "Statistics" }).waitFor();
    // The menu closes after the navigation (an effect of the route change).
    await nav.waitFor({ state: "hidden" });

    await menu.click();
    await nav.getByRole("link", { name: "Administration" }).click();
    await phone
      .getByRole("navigation", { name: "Administration sections" })
      .getByRole("link", { name: "Audit trail" })
      .click();
    await phone.waitForSelector("table");
    await expectNoSidewaysScroll(phone, 360);
    await expectAccessible(phone, "audit trail (phone)");

    // Finnish words are long: the users table must still fit the phone.
    await menu.click();
    await nav.getByLabel("Language").selectOption("fi");
    await phone
      .getByRole("navigation", { name: "Ylläpidon osiot" })
      .getByRole("link", { name: "Käyttäjät" })
      .click();
    await phone.getByRole("heading", { level: 1, name: "Käyttäjät" }).waitFor();
    await phone.waitForSelector("table");
    await expectNoSidewaysScroll(phone, 360);
    await expectAccessible(phone, "users (phone, fi)");
    await phone.getByRole("button", { name: "Valikko" }).click();
    await phone.getByLabel("Kieli").selectOption("en");

    // Quick exit replaces the page with a neutral one (served locally here: no network in tests).
    await phone.route("https://www.google.com/**", (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<title>Search</title>" }),
    );
    await phone.getByRole("button", { name: "Quick exit" }).click();
    await phone.waitForURL("https://www.google.com/");
    await phone.close();
  });

  it("signs out and lands on the sign-in page", async () => {
    await journey.page.getByRole("button", { name: "Sign out", exact: true }).click();
    await journey.page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await journey.page.getByRole("status").filter({ hasText: "You have signed out." }).waitFor();
    await journey.page.goto(`${journey.server.url}/admin/users`);
    await journey.page.waitForURL(/\/sign-in$/);
  });

  it("the new user signs in for the first time and sets up two-step verification", async () => {
    await journey.page.getByLabel("Email address").fill(newUser.email);
    await journey.page.getByLabel("Password").fill(newUser.password);
    await journey.page.getByRole("button", { name: "Sign in" }).click();
    // The issued password is replaced before anything else.
    await journey.page.getByRole("heading", { level: 1, name: "Choose your own password" }).waitFor();
    await expectAccessible(journey.page, "first password");
    await journey.page.getByLabel("New password", { exact: true }).fill("lighthouse over quiet water");
    await journey.page.getByLabel("New password again").fill("lighthouse over quiet water");
    await journey.page.getByRole("button", { name: "Save password and continue" }).click();
    await journey.page.getByRole("heading", { level: 1, name: "Set up two-step verification" }).waitFor();
    const totpSecret = journey.page.getByTestId("totp-secret");
    await expect.poll(() => totpSecret.textContent()).toMatch(/^[A-Z2-7]{16,}$/);
    const secret = (await totpSecret.textContent()) ?? "";
    await expectAccessible(journey.page, "TOTP enrolment");

    await journey.page.getByLabel("Code from the app").fill("000000");
    await journey.page.getByRole("button", { name: "Confirm and sign in" }).click();
    await journey.page.getByRole("alert").filter({ hasText: "The code was not accepted" }).waitFor();

    await journey.page.getByLabel("Code from the app").fill(totpNow({ totpSecret: secret }));
    await journey.page.getByRole("button", { name: "Confirm and sign in" }).click();
    await journey.page.getByRole("heading", { level: 1, name: `Welcome, ${newUser.name}` }).waitFor();
    // A service provider works with screening and referrals, and sees no statistics or audit trail.
    const nav = journey.page.getByRole("navigation", { name: "Modules" });
    await nav.getByRole("link", { name: "Services & referrals" }).waitFor();
    await expect.poll(() => nav.getByRole("link", { name: "Statistics" }).count()).toBe(0);
    await journey.page.goto(`${journey.server.url}/admin/audit`);
    await journey.page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
    await journey.page.getByRole("button", { name: "Sign out", exact: true }).click();
    await journey.page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
  });

  it("a system admin first chooses which municipality to administer", async () => {
    const sysadmin = journey.server.credentials.system_admin;
    expect(sysadmin.totpSecret, "the demo system admin has TOTP").not.toBe("");
    await signIn(journey.page, journey.server, "system_admin");
    const nav = journey.page.getByRole("navigation", { name: "Modules" });
    await expect.poll(() => nav.getByRole("link", { name: "Cases" }).count()).toBe(0);
    await nav.getByRole("link", { name: "Administration" }).click();
    const municipality = journey.page.getByLabel("Municipality");
    await expect.poll(() => municipality.locator("option").count()).toBeGreaterThan(0);
    await journey.page.getByRole("row", { name: new RegExp(orgName) }).waitFor();
    await expectAccessible(journey.page, "organisations (system admin)");
    await journey.page.getByRole("button", { name: "Sign out on all devices" }).click();
    await journey.page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await journey.page.goto(`${journey.server.url}/admin/organisations`);
    await journey.page.waitForURL(/\/sign-in$/);
  });

  it("met no console error, CSP refusal or script error on any page", () => {
    expect(journey.visited.length).toBeGreaterThan(10);
    expect(journey.browser.problems).toEqual([]);
  });
});
