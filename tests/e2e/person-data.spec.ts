import { readFile } from "node:fs/promises";
import { expectNoAccessibilityViolations } from "./axe";
import { expect, test } from "./fixtures";
import { registerByPost } from "./register-by-post";

test("an administrator exports a newcomer's data, then erases it after a second click that names them", async ({ page, signInAs }) => {
  const familyName = `Njoroge${Date.now().toString(36).replace(/\d/g, "")}`;
  await signInAs("caseworker", "herning");
  // A household of its own, so erasing it touches no other test.
  await registerByPost(page, { givenName: "Wanjiru", familyName, hasSpouse: "yes", "spouse.givenName": "Kamau", "spouse.familyName": familyName });

  await signInAs("admin", "herning");
  await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Data requests" }).click();
  await page.getByLabel("Name").fill(familyName);
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByRole("link", { name: `Export data: Wanjiru ${familyName}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Export everything about Wanjiru ${familyName}`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: `Download everything about Wanjiru ${familyName}` }).click();
  const data = JSON.parse(await readFile(await (await download).path(), "utf8"));
  expect(data.person).toMatchObject({ givenName: "Wanjiru", familyName });
  expect(data.household).toEqual([expect.objectContaining({ kind: "SPOUSE", givenName: "Kamau" })]);
  expect(data.whoReadOrChangedIt.map((event: { action: string; by: string }) => [event.action, event.by])).toContainEqual([
    "arrival.create",
    "Sagsbehandler Herning",
  ]);

  await page.getByRole("link", { name: "Back to data requests" }).click();
  await page.getByLabel("Name").fill(familyName);
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByRole("link", { name: `Erase: Wanjiru ${familyName}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Erase Wanjiru ${familyName}`);
  // A reason that names the family would outlive the erasure in the audit log: refused, nothing typed lost.
  await page.getByLabel("Reason for the erasure").fill("Kamau asked by phone");
  await page.getByRole("button", { name: `Erase Wanjiru ${familyName} now` }).click();
  await expect(page.locator("#reason-error")).toHaveText(/Leave the person.s name out of the reason/);
  await expect(page.getByLabel("Reason for the erasure")).toHaveValue("Kamau asked by phone");
  await page.getByLabel("Reason for the erasure").fill("Request received by phone on 24 November");
  await page.getByRole("button", { name: `Erase Wanjiru ${familyName} now` }).click();
  await expect(page.getByText("The person's data has been erased.")).toBeVisible();

  await page.getByLabel("Name").fill(familyName);
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByRole("heading", { name: "No arrival matches" })).toBeVisible();
  await page.goto("/en/admin/audit?action=arrival.erase");
  await expect(page.locator("table tbody tr").first()).toContainText("Erased on request");
});

for (const locale of ["da", "en", "de"] as const) {
  test(`the data request pages have no accessibility violations in ${locale}`, async ({ page, signInAs }) => {
    await signInAs("admin", "herning", locale);
    await page.goto(`/${locale}/admin/people?q=jonas`);
    await expectNoAccessibilityViolations(page);
    const eraseHref = await page.locator('a[href*="confirm=erase"]').first().getAttribute("href");
    await page.goto(eraseHref!);
    await expectNoAccessibilityViolations(page);
    await page.goto(eraseHref!.replace("confirm=erase", "confirm=export"));
    await expectNoAccessibilityViolations(page);
  });
}
