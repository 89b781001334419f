import { expectNoAccessibilityViolations } from "./axe";
import { expect, test } from "./fixtures";

test("an administrator edits a step's English text with a live preview, and the Danish change flags the translations", async ({
  page,
  signInAs,
  municipality,
}) => {
  await signInAs("admin", municipality.slug);
  await page.getByRole("link", { name: "Step catalogue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Step catalogue");
  await expectNoAccessibilityViolations(page);

  const row = page.getByRole("row", { name: /Visit the library/ });
  await row.getByRole("link", { name: "English" }).click();
  await page.getByLabel("Title").fill("Visit Holbæk Library");
  await expect(page.locator(".step-preview").getByRole("heading", { level: 3 })).toHaveText("Visit Holbæk Library");
  await expectNoAccessibilityViolations(page);
  // Two paragraphs, typed as a person types them: the browser posts the textarea's line ends as CR LF.
  await page.getByLabel("Text", { exact: true }).fill("The library lends books in many languages.\n\nAsk for a card at the desk.");
  await page.getByRole("button", { name: "Save text" }).click();
  await expect(page.getByText("The text is saved. The next packet uses it.")).toBeVisible();
  // Read back from the database, the packet's card shows them as two paragraphs.
  await page.reload();
  const preview = page.locator(".step-preview");
  await expect(preview.locator("p", { hasText: /^The library lends books in many languages\.$/ })).toHaveCount(1);
  await expect(preview.locator("p", { hasText: /^Ask for a card at the desk\.$/ })).toHaveCount(1);

  await page.getByLabel("Source (read more)").fill("not a web address");
  await page.getByRole("button", { name: "Save text" }).click();
  await expect(page.getByText("Enter a full web address starting with https://.")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Visit Holbæk Library");

  await page.goto("/da/admin/catalogue");
  await page
    .getByRole("row", { name: /Besøg biblioteket/ })
    .getByRole("link", { name: "Dansk" })
    .click();
  await page.getByLabel("Tekst").fill("Biblioteket er for alle. Kom forbi.");
  await page.getByRole("button", { name: "Gem tekst" }).click();
  await expect(page.getByText("Teksten er gemt. Den næste pakke bruger den.")).toBeVisible();
  await page.goto("/en/admin/catalogue");
  await expect(page.getByRole("row", { name: /Visit Holbæk Library/ }).getByText("Older than Danish")).toHaveCount(2);
});

test("a caseworker cannot open the catalogue editor", async ({ page, signInAs }) => {
  await signInAs("caseworker", "holbaek");
  await page.goto("/en/admin/catalogue");
  await expect(page).toHaveURL(/\/en\/access-denied$/);
});
