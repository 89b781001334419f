import { expectNoAccessibilityViolations } from "./axe";
import { expect, test } from "./fixtures";

test("a caseworker writes notes on a household: newest first, what was typed kept when refused, and never on the newcomer's page", async ({
  page,
  signInAs,
  municipality,
  household,
}) => {
  const mateo = await household("Mateo");
  await signInAs("caseworker", municipality.slug);
  await page.goto(mateo.path);
  const notes = page.getByRole("region", { name: "Notes" });
  await expect(notes).toContainText("No notes yet.");
  const field = notes.getByLabel("New note");

  await field.fill("   ");
  await notes.getByRole("button", { name: "Add note" }).click();
  await expect(notes.locator(".form-error-message")).toHaveText("Write the note first.");

  await field.fill("Brought the school papers.\nAsked about Danish classes.");
  await notes.getByRole("button", { name: "Add note" }).click();
  await expect(notes.getByRole("status")).toHaveText("The note is added.");
  await expect(field).toHaveValue("");
  await field.fill("Called: the daycare place is confirmed.");
  await notes.getByRole("button", { name: "Add note" }).click();
  await expect(notes.locator(".note-text")).toHaveText(["Called: the daycare place is confirmed.", "Brought the school papers.\nAsked about Danish classes."]);
  await expect(notes.locator(".note-byline").first()).toContainText(`caseworker@${municipality.slug}.demo`);
  await expectNoAccessibilityViolations(page);

  // The newcomer's own page knows nothing of them.
  await page.getByRole("button", { name: "Issue link" }).click();
  const linkUrl = (await page.locator(".personal-link-url").first().textContent())!.trim();
  const newcomerPage = await (await page.request.get(linkUrl)).text();
  expect(newcomerPage).toContain("Mateo");
  expect(newcomerPage).not.toContain("daycare place");
});

test("a caseworker hands a household to a colleague, who is named on its page", async ({ page, signInAs, municipality, household }) => {
  const hannah = await household("Hannah");
  await signInAs("caseworker", municipality.slug);
  await page.goto(hannah.path);
  await expect(page.locator("form.arrival-assignment")).toContainText(`Follows the household up: Sagsbehandler ${municipality.name}`);
  await page.getByLabel("Assign to").selectOption({ label: `Skranke ${municipality.name}` });
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("status").first()).toHaveText("The arrival is assigned.");
  await expect(page.locator("form.arrival-assignment")).toContainText(`Follows the household up: Skranke ${municipality.name}`);

  // "Only households assigned to me" shows the colleague's, not the one who handed it over.
  await page.goto("/en/arrivals");
  await page.getByLabel("Only households assigned to me").check();
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/assigned=me/);
  await expect(page.locator("main").getByRole("heading", { level: 2 })).toHaveText("No arrivals");
  await signInAs("frontdesk", municipality.slug);
  await page.goto("/en/arrivals?assigned=me");
  await expect(page.getByRole("link", { name: "Hannah Schmidt" })).toBeVisible();
});

test("a caseworker ticks a step at the counter: the newcomer's page says it was marked done at Borgerservice, and it can be undone", async ({
  page,
  signInAs,
  municipality,
  household,
}) => {
  const mateo = await household("Mateo");
  await signInAs("caseworker", municipality.slug);
  await page.goto(mateo.path);
  const steps = page.getByRole("region", { name: "Steps" });
  await expect(steps).toContainText(/^.*0 of \d+ steps done\./);
  await steps.getByRole("button", { name: "Mark done: Choose a NemKonto" }).press("Enter");
  await expect(page.getByRole("status").first()).toHaveText("The step is marked done. The newcomer's page shows it as done at Borgerservice.");
  const step = steps.getByRole("listitem").filter({ hasText: "Choose a NemKonto" });
  await expect(step).toContainText(`Marked done at the counter`);
  await expect(step).toContainText(`Sagsbehandler ${municipality.name}`);
  await expect(steps).toContainText(/1 of \d+ steps done\./);

  await page.getByRole("button", { name: "Issue link" }).click();
  const linkUrl = (await page.locator(".personal-link-url").first().textContent())!.trim();
  const newcomer = await page.context().newPage();
  await newcomer.goto(linkUrl);
  await expect(newcomer.getByRole("checkbox", { name: "Choose a NemKonto" })).toBeChecked();
  await expect(newcomer.getByText(/^Marked done at Borgerservice on /)).toHaveCount(1);
  await newcomer.close();

  await step.getByRole("button", { name: "Undo: Choose a NemKonto" }).click();
  await expect(page.getByRole("status").first()).toHaveText("The step is no longer marked done.");
  await expect(steps).toContainText(/0 of \d+ steps done\./);
});

test("a caseworker deletes a record registered by mistake: confirmed, with a reason that may not name the person", async ({
  page,
  signInAs,
  municipality,
  household,
}) => {
  const hannah = await household("Hannah");
  await signInAs("caseworker", municipality.slug);
  await page.goto(hannah.path);
  await page.getByRole("link", { name: "Delete this record…" }).click();
  await expect(page).toHaveURL(/confirm=delete/);
  const confirmation = page.getByRole("region", { name: "Delete this record…" });
  await expect(confirmation).toContainText("The record of Hannah Schmidt will be deleted for good.");
  await expectNoAccessibilityViolations(page);

  const reason = confirmation.getByLabel("Why is the record deleted?");
  await reason.fill("Hannah came twice");
  await confirmation.getByRole("button", { name: "Delete the record of Hannah Schmidt" }).click();
  await expect(confirmation.locator(".form-error-message")).toContainText("Leave the person's name out of the reason");
  await expect(reason).toHaveValue("Hannah came twice");

  await reason.fill("Registered twice at the counter");
  await confirmation.getByRole("button", { name: "Delete the record of Hannah Schmidt" }).click();
  await expect(page).toHaveURL(/\/en\/arrivals\?deleted=1$/);
  await expect(page.getByRole("status").first()).toHaveText("The record is deleted. The audit log keeps who deleted it and why.");
  const gone = await page.goto(hannah.path);
  expect(gone?.status()).toBe(404);
});

test("a caseworker merges a second record of a household into the first, choosing the values to keep, after confirming", async ({
  page,
  signInAs,
  municipality,
  household,
}) => {
  const first = await household("Олена");
  const second = await household("Олена", { email: "olena@example.ua", phone: "+380 44 123 4567" });
  await signInAs("caseworker", municipality.slug);
  await page.goto(first.path);
  const offer = page.getByRole("region", { name: "Likely the same household" });
  await offer.getByRole("link", { name: "Compare and merge with Олена Коваленко" }).click();
  await expect(page).toHaveURL(new RegExp(`${first.path}/merge/${second.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merge two records");
  // Where this record has no value, the other's is offered first; where both agree there is nothing to choose.
  await expect(page.getByRole("radio", { name: "Take the other record's: olena@example.ua" })).toBeChecked();
  await expect(page.locator(".merge-same").filter({ hasText: "Date of birth" })).toContainText("the same in both");
  await expectNoAccessibilityViolations(page);

  await page.getByRole("button", { name: "Merge into this record" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Tick the box" })).toHaveText("Tick the box to confirm that the two records are the same household.");
  await page.getByLabel("I have checked that these two records are the same household").check();
  await page.getByRole("button", { name: "Merge into this record" }).click();
  await expect(page).toHaveURL(new RegExp(`${first.path}\\?notice=merged$`));
  await expect(page.getByRole("status").first()).toHaveText("The two records are merged into this one.");
  await expect(page.locator(".arrival-facts")).toContainText("olena@example.ua");
  await expect(page.getByRole("region", { name: "Likely the same household" })).toHaveCount(0);
  expect((await page.goto(second.path))?.status()).toBe(404);
});

test("a child's CPR registration is recorded on its own, and the child's CPR step leaves the checklist", async ({
  page,
  signInAs,
  municipality,
  household,
}) => {
  const olena = await household("Олена");
  await signInAs("caseworker", municipality.slug);
  await page.goto(olena.path);
  const steps = page.getByRole("region", { name: "Steps" });
  await expect(steps.getByRole("listitem").filter({ hasText: "Register for a CPR number (Марія Коваленко)" })).toHaveCount(1);
  // The day defaults to today; the caseworker may set the real one.
  await page.getByRole("button", { name: "Record CPR registration of Марія Коваленко" }).click();
  await expect(page.getByRole("status").first()).toHaveText("CPR registration is recorded.");
  await expect(page.locator(".household-list")).toContainText("CPR registration recorded:");
  await expect(steps.getByRole("listitem").filter({ hasText: "Register for a CPR number (Марія Коваленко)" })).toHaveCount(0);
});

for (const locale of ["da", "en", "de"] as const) {
  test(`the arrival page (notes, steps at the counter, a likely duplicate, deletion) and the merge page have no accessibility violations in ${locale}, on a desktop and a phone`, async ({
    page,
    signInAs,
    municipality,
    household,
  }) => {
    const olena = await household("Олена");
    const again = await household("Олена", { email: "olena@example.ua" });
    await signInAs("caseworker", municipality.slug, locale);
    await page.goto(`${olena.path.replace("/en/", `/${locale}/`)}?confirm=delete`);
    await page.locator("#note-text").fill("Тестова нотатка / a note in two scripts");
    await page.locator("form.note-form").getByRole("button").click();
    await expect(page.locator(".note-text")).toHaveCount(1);
    const pages = [page.url(), `/${locale}/arrivals/${olena.id}/merge/${again.id}`];
    for (const address of pages) {
      await page.goto(address);
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 800 });
        await expectNoAccessibilityViolations(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      }
    }
  });
}
