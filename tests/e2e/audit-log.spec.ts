import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { expectNoAccessibilityViolations } from "./axe";
import { expect, test } from "./fixtures";
import { registerByPost } from "./register-by-post";

test("an administrator finds who opened an arrival, and downloads exactly those events as CSV", async ({ page, signInAs }) => {
  // A caseworker registers an arrival of this test's own (without opening it), then opens it once.
  const familyName = `Tarkka${Date.now().toString(36).replace(/\d/g, "")}`;
  await signInAs("caseworker", "herning");
  await page.goto(await registerByPost(page, { givenName: "Aino", familyName }));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Aino ${familyName}`);

  await signInAs("admin", "herning");
  await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  await page.getByLabel("Staff member").selectOption({ label: "Sagsbehandler Herning" });
  await page.getByLabel("Arrival", { exact: true }).fill(`Aino ${familyName}`);
  await page.getByLabel("Event").selectOption({ label: "Opened an arrival" });
  await page.getByRole("button", { name: "Search", exact: true }).click();

  await expect(page.getByRole("heading", { name: "1 event" })).toBeVisible();
  const row = page.locator("table tbody tr");
  await expect(row).toHaveCount(1);
  // Staff members with their e-mail (two of the same name are told apart), the arrival by its name.
  await expect(row.getByRole("cell").nth(1)).toHaveText("Sagsbehandler Herningcaseworker@herning.demo");
  await expect(row.getByRole("cell").nth(2)).toHaveText("Opened an arrival");
  await expect(row.getByRole("cell").nth(3)).toContainText(`Arrival: Aino ${familyName}`);
  // What was typed stays in the form.
  await expect(page.getByLabel("Arrival", { exact: true })).toHaveValue(`Aino ${familyName}`);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download these events as CSV" }).click();
  const rows = parse(await readFile(await (await download).path()), { bom: true, delimiter: "," }) as string[][];
  expect(rows[0]).toEqual(["Time (UTC)", "Staff member", "E-mail", "Event", "Action code", "About (type)", "About (id)", "About (name)", "Details"]);
  expect(rows.slice(1).map((line) => [line[1], line[2], line[4], line[7]])).toEqual([
    ["Sagsbehandler Herning", "caseworker@herning.demo", "arrival.view", `Aino ${familyName}`],
  ]);

  // The search and the export are in the log too.
  await page.goto("/en/admin/audit?action=audit.export");
  await expect(page.locator("table tbody tr").first().getByRole("cell").nth(2)).toHaveText("Exported the audit log");
});

test("a search that matches nothing says so, and nonsense in the address is ignored, not an error", async ({ page, signInAs }) => {
  await signInAs("admin", "herning");
  const response = await page.goto("/en/admin/audit?actor=not-a-uuid&action=drop.table&from=0000-01-01&page=-3&arrival=%00");
  expect(response?.status()).toBe(200);
  await page.goto("/en/admin/audit?arrival=Nobody+Atall");
  await expect(page.getByText("No event matches the search.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Download these events as CSV" })).toHaveCount(0);
});

for (const locale of ["da", "en", "de"] as const) {
  test(`the audit log has no accessibility violations in ${locale}, on a desktop and a phone`, async ({ page, signInAs }) => {
    await signInAs("admin", "herning", locale);
    await page.goto(`/${locale}/admin/audit`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expectNoAccessibilityViolations(page);
    await page.setViewportSize({ width: 375, height: 812 });
    await page.reload();
    await expectNoAccessibilityViolations(page);
  });
}
