import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { registerByPost } from "./register-by-post";

/** Phones people hold: the narrowest common Android width and today's iPhone. */
const WIDTHS = [360, 390] as const;

/** Every listed page at each width: the page never scrolls sideways (a wide table may scroll inside its own box). */
async function expectNoSidewaysScroll(page: Page, paths: readonly string[]) {
  const wider: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(400);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) wider.push(`${path} at ${width} px: ${scrollWidth} px wide`);
    }
  }
  expect(wider).toEqual([]);
}

test("no public page scrolls sideways on a phone", async ({ page }) => {
  await expectNoSidewaysScroll(page, [
    "/en/sign-in",
    "/da/sign-in",
    "/en/kommune/herning",
    "/ar/kommune/holbaek",
    "/zh/kommune/holbaek",
    "/ar/kommune/holbaek/privacy",
    "/uk/kommune/holbaek/accessibility",
  ]);
});

test("no page of the caseworker's, the newcomer's or the print page scrolls sideways on a phone", async ({ page, browser }) => {
  await signIn(page, "caseworker", "herning");
  // A household with a packet, a link and a packet history: the arrival page at its fullest.
  const arrival = await registerByPost(page, {
    familyName: "Telefonbredde-Østergaard",
    employerOrSchool: "Aarhus Universitets Internationale Forskerservice",
    hasSpouse: "yes",
    "spouse.givenName": "Marie-Christine",
    "spouse.familyName": "Telefonbredde-Østergaard",
    "spouse.seekingWork": "yes",
  });
  await page.goto(arrival);
  await page.getByRole("button", { name: "Issue link" }).click();
  await page.getByRole("radio", { name: "English" }).check();
  await page.getByRole("button", { name: "Generate welcome packet" }).click();
  await expect(page.getByRole("status").first()).toHaveText("The welcome packet is generated.");
  const linkUrl = (await page.locator(".personal-link-url").first().textContent())!.trim();
  await expectNoSidewaysScroll(page, [
    "/en/arrivals",
    "/en/arrivals?q=telefonbredde",
    "/en/arrivals?q=telefonbrede+ostergard",
    "/en/arrivals/new",
    arrival,
    `${arrival}?confirm=revoke`,
    `${arrival}/edit`,
    `${arrival}/link`,
    `${arrival}/packet`,
    "/en/statistics",
  ]);

  const newcomer = await browser.newContext();
  const phone = await newcomer.newPage();
  await expectNoSidewaysScroll(phone, [new URL(linkUrl).pathname, new URL(linkUrl).pathname.replace(/^\/en\//, "/da/")]);
  await newcomer.close();
});

test("no page of the manager's or the administrator's scrolls sideways on a phone", async ({ page }) => {
  await signIn(page, "manager", "herning");
  await expectNoSidewaysScroll(page, ["/en/statistics", "/en/statistics?period=custom&from=2020-01-01&to=2026-06-30", "/en/admin"]);
  await signIn(page, "admin", "herning");
  await page.goto("/en/admin/catalogue");
  const stepPage = await page.locator('a[href*="/admin/catalogue/"]').first().getAttribute("href");
  await page.goto("/en/admin");
  const userPage = await page.getByRole("link", { name: "Leder Herning" }).getAttribute("href");
  await expectNoSidewaysScroll(page, [
    "/en/admin",
    "/en/admin/settings",
    "/en/admin/users/new",
    userPage!,
    "/en/admin/catalogue",
    stepPage!,
    "/en/admin/audit",
    "/en/admin/people",
    "/en/admin/people?q=jonas",
  ]);
});

test("on a phone, the arrivals list and the audit log stack each row, every value under its column's name", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const expectStacked = async (firstColumn: string) => {
    const table = page.locator("table.table--responsive-headers").first();
    // Stacked, the table is no wider than the phone: nothing to scroll sideways to.
    expect(await table.evaluate((element) => element.scrollWidth)).toBeLessThanOrEqual(360);
    const firstCell = table.locator("tbody tr").first().locator("td").first();
    await expect(firstCell).toHaveAttribute("data-title", firstColumn);
    expect(await firstCell.evaluate((cell) => getComputedStyle(cell).display)).toBe("block");
  };
  await signIn(page, "caseworker", "herning");
  const familyName = `Stablet-${Date.now().toString(36)}`;
  await registerByPost(page, { givenName: "Vibeke", familyName, dateOfBirth: "1977-05-05" });
  await page.goto(`/en/arrivals?q=${familyName}`);
  await expectStacked("Name");
  await signIn(page, "admin", "herning");
  await page.goto("/en/admin/audit");
  await expectStacked("When");
});
