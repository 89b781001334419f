import { expectNoAccessibilityViolations } from "./axe";
import { expect, test } from "./fixtures";

test("an administrator adds the municipality's own step, and the next newcomer's packet has it", async ({ page, signInAs, municipality, household }) => {
  await signInAs("admin", municipality.slug);
  await page.goto("/en/admin/catalogue");
  await page.getByRole("link", { name: "Add a step" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add a step");

  // Nothing filled in: the step is refused with the fields named, and what was chosen stays.
  await page.getByLabel("Group in the packet").selectOption({ label: "Everyday life" });
  await page.getByRole("button", { name: "Add the step" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The step was not saved" })).toBeVisible();
  await expect(page.getByLabel("Group in the packet")).toHaveValue("everyday");

  await page.getByLabel("Title").fill("Bibliotekets sprogcafé");
  await page.getByLabel("Text", { exact: true }).fill("Hver tirsdag kan du øve dansk over en kop kaffe på biblioteket.");
  await page.getByLabel("Where it is done").selectOption({ label: "Holbæk Bibliotek" });
  // Everyone 18 or over at arrival; two weeks after arrival.
  const rule = page.getByRole("group", { name: "Rule 1" });
  await rule.getByLabel("From", { exact: true }).first().fill("18");
  await page.getByLabel("When the step is due").selectOption({ label: "A time after arrival" });
  await page.getByLabel("How long").fill("2");
  await page.getByLabel("Unit", { exact: true }).last().selectOption({ label: "weeks" });
  await page.getByRole("button", { name: "Add the step" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bibliotekets sprogcafé: Rules and deadline");
  await expect(page.getByRole("status").first()).toContainText("The step is added.");
  await expect(page.getByRole("listitem").filter({ hasText: "The newcomer aged 18 or over at arrival, any residence basis" })).toBeVisible();
  await expect(page.getByText("2 weeks after arrival; if already past when registered, 14 days after registration")).toBeVisible();
  await page.goto("/en/admin/catalogue");
  await expect(page.getByRole("row", { name: /Bibliotekets sprogcafé/ })).toBeVisible();

  // The caseworker's next packet for a household: the newcomer's page lists the step (in Danish until translated).
  const agnieszka = await household("Agnieszka");
  await signInAs("caseworker", municipality.slug);
  await page.goto(agnieszka.path);
  await page.getByRole("button", { name: "Issue link" }).click();
  const linkUrl = (await page.locator(".personal-link-url").first().textContent())!.trim();
  await page.goto(linkUrl);
  await expect(page.getByRole("heading", { name: "Bibliotekets sprogcafé" })).toBeVisible();
  await expect(page.getByText("Hver tirsdag kan du øve dansk over en kop kaffe på biblioteket.")).toBeVisible();
});

for (const locale of ["da", "en", "de"] as const) {
  test(`the step pages read well in ${locale}`, async ({ page, signInAs, municipality }) => {
    await signInAs("admin", municipality.slug, locale);
    await page.goto(`/${locale}/admin/catalogue/new`);
    await expectNoAccessibilityViolations(page);
    await page.goto(`/${locale}/admin/catalogue`);
    // The first step's rules page.
    await page.locator(`a[href^="/${locale}/admin/catalogue/"]:not([href$="/new"]):not([href$="/da"]):not([href$="/en"]):not([href$="/de"])`).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
}
