import { expectNoAccessibilityViolations } from "./axe";
import { expect, signIn, test } from "./fixtures";
import { mailsTo } from "./mail-catcher";

test("an administrator adds a user, who chooses a password through the one-time link and signs in; a role change and a deactivation take effect at once", async ({
  page,
  browser,
  municipality,
}) => {
  await signIn(page, "admin", municipality.slug);
  await page.goto("/en/admin");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: "Add a user" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add a user");
  await expectNoAccessibilityViolations(page);
  const email = `ny-${Date.now().toString(36)}@holbaek.dk`;
  await page.getByLabel("Name").fill("Nina Nyansat");
  await page.getByLabel("Work e-mail").fill(email);
  await page.getByLabel("Caseworker").check();
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.locator(".one-time-link")).toContainText("Nina Nyansat is created.");
  const link = (await page.locator(".one-time-link .personal-link-url").textContent())!.trim();
  expect(link).toMatch(/\/en\/set-password\/[A-Za-z0-9_-]{43}$/);
  // The e2e server's mail goes to its mail catcher: the link arrives by e-mail too, the subject naming nobody.
  await expect(page.locator(".one-time-link")).toContainText(`The link is also e-mailed to ${email}.`);
  const [mail, ...more] = await mailsTo(email);
  expect(more).toHaveLength(0);
  expect(mail!.subject).toBe(`Choose your password for Ankomst (${municipality.name} Municipality)`);
  expect(mail!.text).toContain(link);

  // The same e-mail address twice is refused, and what was typed stays.
  await page.goto("/en/admin/users/new");
  await page.getByLabel("Name").fill("Nina Igen");
  await page.getByLabel("Work e-mail").fill(email.toUpperCase());
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.locator(".form-error-message")).toHaveText("A user with this e-mail address already exists.");
  await expect(page.getByLabel("Name")).toHaveValue("Nina Igen");

  const newcomer = await browser.newContext();
  const tab = await newcomer.newPage();
  await tab.goto(link);
  await expect(tab.getByRole("heading", { level: 1 })).toHaveText("Choose your password");
  await expectNoAccessibilityViolations(tab);
  await tab.getByLabel("New password").fill("123456qwerty");
  await tab.getByRole("button", { name: "Save password" }).click();
  await expect(tab.locator(".form-error-message")).toHaveText("This password is on a list of common passwords that are easy to guess. Choose another.");
  await tab.getByLabel("New password").fill("blå cykel ved åen");
  await tab.getByRole("button", { name: "Save password" }).click();
  await expect(tab.getByRole("status")).toContainText("Your password is saved.");
  // The link worked once.
  await tab.goto(link);
  await expect(tab.getByRole("heading", { level: 1 })).toHaveText("This link does not work");

  await tab.goto("/en/sign-in");
  await tab.getByLabel(/e-?mail/i).fill(email);
  await tab.locator("#password").fill("blå cykel ved åen");
  await tab.locator("form").getByRole("button").click();
  await expect(tab).toHaveURL(/\/en\/worklist$/);

  await page.goto("/en/admin");
  await page.getByRole("link", { name: "Nina Nyansat" }).click();
  await expectNoAccessibilityViolations(page);
  await page.getByLabel("Role").selectOption("MANAGER");
  await page.getByRole("button", { name: "Save role" }).click();
  await expect(page.getByRole("status").first()).toHaveText("The role is changed.");
  // The role comes from Ankomst on every request: the open session is a manager's now.
  await tab.goto("/en/arrivals");
  await expect(tab).toHaveURL(/\/en\/access-denied$/);

  await page.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByRole("status").first()).toHaveText("The user is deactivated and signed out everywhere.");
  await tab.goto("/en/statistics");
  await expect(tab).toHaveURL(/\/en\/sign-in$/);
  await newcomer.close();

  const audit = await page.request.get(`/api/audit?locale=en&action=user.deactivate`);
  expect(await audit.text()).toContain("Deactivated a user");
});

test("the last active administrator of a municipality can neither be demoted nor deactivated", async ({ page, municipality }) => {
  await signIn(page, "admin", municipality.slug);
  await page.goto("/en/admin");
  await page.getByRole("link", { name: `Administrator ${municipality.name}` }).click();
  await page.getByLabel("Role").selectOption("CASEWORKER");
  await page.getByRole("button", { name: "Save role" }).click();
  await expect(page.getByRole("status").first()).toHaveText(
    "This is the last active administrator of the municipality: make another user an administrator first.",
  );
  await page.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByRole("status").first()).toContainText("last active administrator");
  await page.goto("/en/admin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administration");
});
