import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { expectNoAccessibilityViolations } from "./axe";
import { expect, test } from "./fixtures";

const arrivalsFigure = (page: Page) => page.locator(".stat-key-figures > div").first().locator(".stat-key-value");

/** The page's data table as text, row by row, as a reader sees it. */
async function pageTable(page: Page, heading: string): Promise<string[][]> {
  const table = page.getByRole("region", { name: heading }).locator("table");
  return table.locator("tr").evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent?.trim() ?? "")));
}

test("a manager changes the period, the figures follow, and a table's CSV holds exactly what the page shows", async ({ page, signInAs }) => {
  await signInAs("manager", "herning");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reception statistics");
  await expect(page.getByRole("radio", { name: "This year" })).toBeChecked();

  await page.getByRole("radio", { name: "Last 12 months" }).check();
  await page.getByRole("button", { name: "Show figures" }).click();
  await expect(page).toHaveURL(/period=last-12-months/);
  await expect(page.getByRole("radio", { name: "Last 12 months" })).toBeChecked();

  // The demo's synthetic history is the same on every machine: 2019 and 2020 differ.
  const showYear = async (year: number) => {
    await page.getByRole("radio", { name: "Choose dates" }).check();
    await page.getByRole("textbox", { name: "From", exact: true }).fill(`${year}-01-01`);
    await page.getByRole("textbox", { name: "To", exact: true }).fill(`${year}-12-31`);
    await page.getByRole("button", { name: "Show figures" }).click();
    await expect(page.getByText(`1 Jan ${year} – 31 Dec ${year}`, { exact: true })).toBeVisible();
    return arrivalsFigure(page).textContent();
  };
  const in2019 = await showYear(2019);
  const in2020 = await showYear(2020);
  expect(in2020).not.toBe(in2019);
  expect(Number(in2020!.replaceAll(",", ""))).toBeGreaterThan(20);
  await expect(page.getByText(/Compared with the same period a year earlier: 1 Jan 2019 – 31 Dec 2019/)).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const section = page.getByRole("region", { name: "Arrivals by residence basis" });
  const [download] = await Promise.all([page.waitForEvent("download"), section.getByRole("link", { name: "Download the table as CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("ankomst-herning-basis-2020-01-01_2020-12-31.csv");
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = parse(bytes.toString("utf8"), { bom: true }) as string[][];
  expect(csv[0]).toEqual(["Residence basis", "Period", "Period: not shown", "A year earlier", "A year earlier: not shown", "Change (%)"]);
  // Each count as the plain number a spreadsheet sums (the page groups thousands: "1,234"), a count
  // not shown as an empty cell with the reason beside it, and the change as a number ("+14%" is 14).
  const asSpreadsheet = (cell: string) => (/^[\d,]+$/.test(cell) ? [cell.replaceAll(",", ""), ""] : cell === "<5" ? ["", "from 1 to 4"] : ["", "held back"]);
  const asChange = (cell: string) => (cell === "" ? "" : cell === "no change" ? "0" : cell.replace(/[^\d-]/g, ""));
  const shown = await pageTable(page, "Arrivals by residence basis");
  expect(csv.slice(1)).toEqual(
    shown.slice(1).map(([name, period, earlier, change]) => [name, ...asSpreadsheet(period!), ...asSpreadsheet(earlier!), asChange(change!)]),
  );
  expect(csv.slice(1).some((row) => /^\d+$/.test(row[1]!) && Number(row[1]) >= 5)).toBe(true);
  expect(csv.at(-1)![0]).toBe("Total");
});

test("a ten-year period reads by year, with no comparison with the overlapping ten years before it", async ({ page, signInAs }) => {
  await signInAs("manager", "herning");
  await page.goto("/en/statistics?period=custom&from=2016-07-01&to=2026-06-30");
  await expect(page.getByText("Not compared with a year earlier: a period longer than a year would overlap the year before it.")).toBeVisible();
  const years = await pageTable(page, "Arrivals per year");
  expect(years[0]).toEqual(["Year", "Period"]);
  expect(years.slice(1, -1).map((row) => row[0])).toEqual(Array.from({ length: 11 }, (_, index) => String(2016 + index)));
  expect(years.at(-1)![0]).toBe("Total");
  await expect(page.getByRole("columnheader", { name: "A year earlier" })).toHaveCount(0);
  await expect(page.getByText("Black line: a year earlier")).toHaveCount(0);
  await page.goto("/da/statistics?period=custom&from=2023-01-01&to=2026-06-30");
  const quarters = await pageTable(page, "Ankomster pr. kvartal");
  expect(quarters[1]![0]).toBe("1. kvartal 2023");
  await expectNoAccessibilityViolations(page);
});

test("a small municipality's figures show no count from 1 to 4, and none of another municipality's arrivals", async ({ page, signInAs }) => {
  await signInAs("manager", "herning");
  await page.goto("/en/statistics?period=custom&from=2016-01-01&to=2026-11-23");
  const herningArrivals = await arrivalsFigure(page).textContent();
  await signInAs("manager", "holbaek");
  await page.goto("/en/statistics?period=custom&from=2016-01-01&to=2026-11-23");
  await expect(arrivalsFigure(page)).not.toHaveText(herningArrivals!);
  const numbers = await page.locator("main").locator("td, .stat-key-value").allTextContents();
  for (const text of numbers) expect(/^[1-4]$/.test(text.trim()), text).toBe(false);
  await expect(page.getByText("<5").first()).toBeVisible();
});

test("a period that cannot be used says which rule it breaks, beside the date it is about, and the figures fall back to this year", async ({
  page,
  signInAs,
}) => {
  await signInAs("manager", "herning");
  await page.goto("/en/statistics?period=custom&from=2026-05-01&to=2026-02-01");
  await expect(page.locator(".alert-error")).toHaveText("The end date is before the start date. The figures below are for this year.");
  // What the manager typed stays in the form, to be corrected, and the date at fault says why.
  await expect(page.getByRole("textbox", { name: "From", exact: true })).toHaveValue("2026-05-01");
  await expect(page.getByRole("textbox", { name: "To", exact: true })).toHaveAccessibleDescription("The end date is before the start date.");
  await expect(page.getByRole("heading", { name: "Arrivals per month" })).toBeVisible();
  await page.goto("/en/statistics?period=custom&from=2026-01-01&to=2099-12-31");
  await expect(page.locator(".alert-error")).toContainText(/^The end date is after today \(\d{1,2} [A-Z][a-z]+ \d{4}\): the statistics cannot count days/);
  await page.goto("/da/statistics?period=custom&from=2010-01-01&to=2026-01-01");
  await expect(page.locator(".alert-error")).toHaveText("Perioden er længere end ti år: vælg en senere startdato. Tallene nedenfor er for i år.");
  const response = await page.request.get("/api/statistics/basis?period=custom&from=2026-05-01&to=2026-02-01&locale=en");
  expect(response.status()).toBe(400);
  expect(await response.text()).toBe("The end date is before the start date.");
  expect((await page.request.get("/api/statistics/people?locale=en")).status()).toBe(404);
});

test("caseworkers, administrators and strangers cannot open the dashboard or its CSV files", async ({ page, signInAs }) => {
  expect((await page.request.get("/api/statistics/basis")).status()).toBe(401);
  for (const role of ["caseworker", "admin"] as const) {
    await signInAs(role, "herning");
    await page.goto("/en/statistics");
    await expect(page).toHaveURL(/\/en\/access-denied$/);
    expect((await page.request.get("/api/statistics/basis")).status()).toBe(403);
  }
});

for (const locale of ["da", "en", "de"] as const) {
  test(`the dashboard has no accessibility violations in ${locale}, on a desktop and a phone`, async ({ page, signInAs }) => {
    await signInAs("manager", "herning", locale);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expectNoAccessibilityViolations(page);
    await page.setViewportSize({ width: 375, height: 812 });
    await page.reload();
    await expectNoAccessibilityViolations(page);
  });
}
