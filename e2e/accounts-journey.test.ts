import { describe, expect, it } from "vitest";
import { expectAccessible, useJourney } from "./support/journey.ts";
import { signIn, signOut } from "./support/sign-in.ts";

/** A new colleague's account from the first sign-in to a reset, as the people involved use it. */
const journey = useJourney("accounts");
const colleague = { email: "tuuli.trainer@demo.example", name: "Tuuli Trainer", issued: "", resetLink: "" };

async function signInWith(email: string, password: string) {
  const page = journey.page;
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function choosePassword(password: string, again = password) {
  const page = journey.page;
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("New password again").fill(again);
}

describe("accounts journey", () => {
  it("a coordinator adds a colleague and notes the issued password", async () => {
    const page = journey.page;
    await signIn(page, journey.server, "coordinator");
    await page.goto(`${journey.server.url}/admin/users`);
    await page.getByRole("heading", { level: 1, name: "Users" }).waitFor();
    const form = page.locator("section", { has: page.getByRole("heading", { name: "Add a user" }) });
    await form.getByLabel("Email address").fill(colleague.email);
    await form.getByLabel("Name").fill(colleague.name);
    await form.getByLabel("Organisation").selectOption({ index: 1 });
    await form.getByLabel("Role").selectOption("trainer");
    await form.getByRole("button", { name: "Add user" }).click();
    const password = page.getByTestId("initial-password");
    await expect.poll(async () => (await password.textContent())?.length ?? 0).toBeGreaterThanOrEqual(12);
    colleague.issued = (await password.textContent()) ?? "";
    await page.getByRole("button", { name: "I have noted the password" }).click();
    await signOut(page);
  });

  it("the colleague must choose their own password at the first sign-in", async () => {
    const page = journey.page;
    await signInWith(colleague.email, colleague.issued);
    await page.getByRole("heading", { level: 1, name: "Choose your own password" }).waitFor();
    await expectAccessible(page, "choose own password");

    await choosePassword("quiet morning", "quiet mornings");
    await page.getByRole("button", { name: "Save password and continue" }).click();
    await page.locator(".field-error").filter({ hasText: "The two passwords differ." }).waitFor();

    await choosePassword("password1234");
    await page.getByRole("button", { name: "Save password and continue" }).click();
    await page.locator(".field-error").filter({ hasText: "most common ones in data breaches" }).waitFor();

    await choosePassword("birch canoe under stars");
    await page.getByRole("button", { name: "Save password and continue" }).click();
    await page.getByRole("heading", { level: 1, name: `Welcome, ${colleague.name}` }).waitFor();
    await signOut(page);
  });

  it("signs in with the password they chose, and the issued one no longer works", async () => {
    const page = journey.page;
    await signInWith(colleague.email, colleague.issued);
    await page.getByRole("alert").filter({ hasText: "The email address or password is wrong." }).waitFor();
    await signInWith(colleague.email, "birch canoe under stars");
    await page.getByRole("heading", { level: 1, name: `Welcome, ${colleague.name}` }).waitFor();
  });

  it("changes their own password from their account page", async () => {
    const page = journey.page;
    await page.getByRole("link", { name: "Your account" }).click();
    await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    await expectAccessible(page, "own account");
    await page.getByLabel("Current password").fill("not my password");
    await choosePassword("meadow lark singing loud");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.locator(".field-error").filter({ hasText: "The current password is wrong." }).waitFor();

    await page.getByLabel("Current password").fill("birch canoe under stars");
    // Typing another current password takes the error and the form-level line away, before saving.
    await expect.poll(() => page.locator(".field-error").count()).toBe(0);
    await expect.poll(() => page.getByText("Please correct the fields marked below.").count()).toBe(0);
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByRole("status").filter({ hasText: "Your password is changed." }).waitFor();
    // The form is empty again, and the earlier error is gone.
    await expect.poll(() => page.getByLabel("Current password").inputValue()).toBe("");
    await expect.poll(() => page.locator(".field-error").count()).toBe(0);
    await signOut(page);
  });

  it("a coordinator resets the password, and the old one stops working at once", async () => {
    const page = journey.page;
    await signIn(page, journey.server, "coordinator");
    await page.goto(`${journey.server.url}/admin/users`);
    await page.getByRole("button", { name: `Reset password: ${colleague.name}` }).click();
    await page.getByRole("heading", { name: `Reset the password of ${colleague.name}` }).waitFor();
    await expectAccessible(page, "reset password");
    await page.getByRole("button", { name: "Reset password now" }).click();
    const link = page.getByTestId("reset-link");
    await expect.poll(async () => (await link.textContent()) ?? "").toMatch(/\/reset-password#.{40,}$/);
    colleague.resetLink = (await link.textContent()) ?? "";
    await page.getByRole("button", { name: "I have handed over the link" }).click();
    await signOut(page);

    await signInWith(colleague.email, "meadow lark singing loud");
    await page.getByRole("alert").filter({ hasText: "The email address or password is wrong." }).waitFor();
  });

  it("the colleague opens the link and sets a new password", async () => {
    const page = journey.page;
    const path = new URL(colleague.resetLink);
    await page.goto(`${journey.server.url}${path.pathname}${path.hash}`);
    await page.getByRole("heading", { level: 1, name: "Set a new password" }).waitFor();
    // The token leaves the address bar once read.
    await expect.poll(() => new URL(page.url()).hash).toBe("");
    await choosePassword("harbour seal at noon");
    await page.getByRole("button", { name: "Save password and sign in" }).click();
    await page.getByRole("heading", { level: 1, name: `Welcome, ${colleague.name}` }).waitFor();
    await signOut(page);

    // The link worked once.
    await page.goto(`${journey.server.url}${path.pathname}${path.hash}`);
    await choosePassword("another fresh passphrase");
    await page.getByRole("button", { name: "Save password and sign in" }).click();
    await page.getByRole("alert").filter({ hasText: "expired or was already used" }).waitFor();
  });
});
