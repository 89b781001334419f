import { readFileSync } from "node:fs";
import path from "node:path";
import { PUBLIC_PAGE_LANGUAGES } from "@/lib/i18n/languages";
import { expectNoAccessibilityViolations } from "./axe";
import { expect, test } from "./fixtures";

type TLegalMessages = { accessibilityLink: string; privacyLink: string; accessibility: { title: string }; privacy: { title: string } };
const legalMessages = (language: string): TLegalMessages =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, `../../messages/${language}.json`), "utf8")).legalPages;

test("every public page language has the municipality's accessibility statement and privacy notice, wholly in that language, linked from the footer", async ({
  page,
}) => {
  for (const language of PUBLIC_PAGE_LANGUAGES) {
    const words = legalMessages(language);
    await page.goto(`/${language}/kommune/holbaek`);
    const footer = page.locator("footer");
    await footer.getByRole("link", { name: words.accessibilityLink, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${language}/kommune/holbaek/accessibility$`));
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(words.accessibility.title);
    await expect(page.locator("main").getByRole("heading", { level: 2 })).toHaveCount(5);
    await expectNoAccessibilityViolations(page);

    await page.locator("footer").getByRole("link", { name: words.privacyLink, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${language}/kommune/holbaek/privacy$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(words.privacy.title.replace("{municipality}", "Holbæk Kommune"));
    await expect(page.locator("main").getByRole("heading", { level: 2 })).toHaveCount(8);
    await expectNoAccessibilityViolations(page);
  }
  expect((await page.request.get("/en/kommune/no-such-town/privacy")).status()).toBe(404);
  expect((await page.request.get("/en/kommune/holbaek/privacy/more")).status()).toBe(404);
});

test("an administrator fills in the municipality's parts: the data protection officer, the status and what is not accessible, shown at once in every language", async ({
  page,
  signInAs,
  municipality,
}) => {
  await signInAs("admin", municipality.slug);
  await page.goto("/en/admin/settings");
  const form = page.locator("form.legal-settings-form");
  // A refusal says what is wrong and keeps what was typed.
  await form.getByLabel("Data protection officer: e-mail").fill("not an address");
  await form.getByLabel("Data protection officer: name").fill("Dorte Databeskytter");
  await form.getByRole("button", { name: "Save the statement and the notice" }).click();
  await expect(form.getByText("Enter an e-mail address like dpo@herning.dk.")).toBeVisible();
  await expect(form.getByLabel("Data protection officer: name")).toHaveValue("Dorte Databeskytter");

  await form.getByLabel("Data protection officer: e-mail").fill("dpo@testby.dk");
  await form.getByRole("radio", { name: "Fully compliant" }).check();
  await form.getByLabel("Last reviewed on").fill("2026-11-30");
  await form
    .getByLabel("Content that is not accessible (English)")
    .fill("The map of the offices has no text alternative.\n\nPDFs from before 2026 are not tagged.");
  await form.getByRole("button", { name: "Save the statement and the notice" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved. The pages show the change at once.");
  await expectNoAccessibilityViolations(page);

  const reader = await page.context().browser()!.newPage();
  await reader.goto(`/da/kommune/${municipality.slug}/privacy`);
  await expect(reader.locator("main")).toContainText("Dorte Databeskytter");
  await expect(reader.getByRole("link", { name: "dpo@testby.dk" })).toHaveAttribute("href", "mailto:dpo@testby.dk");
  // The retention period stated is the one set under Periods (24 months unless changed).
  await expect(reader.locator("main")).toContainText("Dine oplysninger gemmes i 24 måneder efter din ankomstdato.");
  await reader.goto(`/de/kommune/${municipality.slug}/accessibility`);
  await expect(reader.locator("main")).toContainText("Ankomst ist vollständig mit dem Standard für Barrierefreiheit im Web vereinbar");
  await expect(reader.locator("main")).toContainText("Sie wurde zuletzt am 30. November 2026 überprüft.");
  // No German text was written: the English one is shown, marked as English.
  await expect(reader.locator('main [lang="en"] p')).toHaveText(["The map of the offices has no text alternative.", "PDFs from before 2026 are not tagged."]);
  await reader.close();
});

test("the staff pages, a newcomer's page and the pages about no municipality link the statement and the notice too", async ({
  page,
  signInAs,
  browser,
  municipality,
  household,
}) => {
  const hannah = await household("Hannah");
  await signInAs("caseworker", municipality.slug);
  await page.goto(hannah.path);
  const staffFooter = page.locator("footer");
  await expect(staffFooter.getByRole("link", { name: "Accessibility statement" })).toHaveAttribute("href", `/en/kommune/${municipality.slug}/accessibility`);
  await expect(staffFooter.getByRole("link", { name: "Privacy notice" })).toHaveAttribute("href", `/en/kommune/${municipality.slug}/privacy`);
  await page.getByRole("button", { name: "Issue link" }).click();
  const linkUrl = (await page.locator(".personal-link-url").first().textContent())!.trim();

  const newcomer = await browser.newContext();
  const tab = await newcomer.newPage();
  // Hannah's packet language is German: her page's footer links the German pages.
  await tab.goto(linkUrl);
  await expect(tab.locator("footer").getByRole("link", { name: "Datenschutzerklärung" })).toHaveAttribute("href", `/de/kommune/${municipality.slug}/privacy`);
  await newcomer.close();

  const visitor = await browser.newContext();
  const front = await visitor.newPage();
  await front.goto("/da/sign-in");
  await front.locator("footer").getByRole("link", { name: "Tilgængelighedserklæring" }).click();
  await expect(front.getByRole("heading", { level: 1 })).toHaveText("Tilgængelighedserklæringer");
  await front.getByRole("link", { name: "Holbæk Kommune" }).click();
  await expect(front).toHaveURL(/\/da\/kommune\/holbaek\/accessibility$/);
  await expect(front.getByRole("heading", { level: 1 })).toHaveText("Tilgængelighedserklæring for Ankomst");
  await visitor.close();
});
