import { expect, ROLE_HOME, signInThroughForm, type TDemoRole, test } from "./fixtures";

const ROLE_HEADINGS: Record<TDemoRole, string> = {
  caseworker: "Work list",
  manager: "Reception statistics",
  admin: "Administration",
  frontdesk: "Work list",
};

for (const role of ["caseworker", "manager", "admin"] as const) {
  test(`a ${role} signs in and lands on their own front page`, async ({ page }) => {
    await signInThroughForm(page, role, "herning");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ROLE_HEADINGS[role]);
    await expect(page.locator("header").getByText("Herning Municipality", { exact: true })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${ROLE_HOME[role]}$`));
  });
}

test("a wrong password is refused with a translated message that does not say whether the user exists", async ({ page }) => {
  await page.goto("/de/sign-in");
  await page.locator("#email").fill("caseworker@herning.demo");
  await page.locator("#password").fill("not-the-password");
  await page.locator("form").getByRole("button", { name: "Anmelden" }).click();
  const alert = page.locator("form").getByRole("alert");
  await expect(alert).toHaveText("Die E-Mail-Adresse oder das Passwort ist nicht korrekt.");
  await expect(page).toHaveURL(/\/de\/sign-in$/);
  await expect(page.locator("#email")).toHaveValue("caseworker@herning.demo");

  await page.locator("#email").fill("nobody@herning.demo");
  await page.locator("form").getByRole("button", { name: "Anmelden" }).click();
  await expect(alert).toHaveText("Die E-Mail-Adresse oder das Passwort ist nicht korrekt.");
});

test("a caseworker cannot open the manager's or the administrator's pages", async ({ page, signInAs }) => {
  await signInAs("caseworker", "holbaek");
  for (const path of ["/en/statistics", "/en/admin"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/en\/access-denied$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");
    // Still in their own header: who is signed in, their menu and signing out are where they always are.
    await expect(page.locator("header")).toContainText("Signed in as");
    await expect(page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Arrivals" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page.locator("footer").getByRole("heading", { name: "Holbæk Municipality" })).toBeVisible();
  }
});

test("a manager cannot open the caseworker's arrivals", async ({ page, signInAs }) => {
  await signInAs("manager", "herning");
  await page.goto("/en/arrivals");
  await expect(page).toHaveURL(/\/en\/access-denied$/);
  await expect(page.getByText("Jonas")).toHaveCount(0);
});

test("a visitor who is not signed in is sent to the sign-in page", async ({ page }) => {
  await page.goto("/en/arrivals");
  await expect(page).toHaveURL(/\/en\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
});

test("the caseworker's front page works in Danish, English and German", async ({ page, signInAs }) => {
  await signInAs("caseworker", "herning", "da");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tilflyttere");
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
  await expect(page.getByRole("cell", { name: "Jonas Müller" })).toBeVisible();

  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/arrivals$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Arrivals");

  await page.getByRole("link", { name: "Deutsch" }).click();
  await expect(page).toHaveURL(/\/de\/arrivals$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zuzüge");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
});

test("a caseworker sees only their own municipality's arrivals", async ({ page, signInAs }) => {
  await signInAs("caseworker", "holbaek");
  await expect(page.getByRole("cell", { name: "Agnieszka Wiśniewska" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Jonas Müller" })).toHaveCount(0);
});
