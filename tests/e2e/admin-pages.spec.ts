import { expectNoAccessibilityViolations } from "./axe";
import { expect, test } from "./fixtures";

// Every administration page, reached as an administrator reaches it: by the links on the pages.
test("every administration page passes axe, in Danish and English", async ({ page, signInAs }) => {
  test.setTimeout(120_000);
  for (const locale of ["da", "en"]) {
    await signInAs("admin", "herning", locale);
    const hrefOf = async (selector: string) => (await page.locator(selector).first().getAttribute("href"))!;
    await page.goto(`/${locale}/admin/settings`);
    const officeHref = await hrefOf(".office-list a");
    await page.goto(`/${locale}/admin/catalogue`);
    const stepTextHref = await hrefOf("table a[href*='/admin/catalogue/']");
    await page.goto(`/${locale}/admin`);
    const userHref = await hrefOf(`main a[href*='/${locale}/admin/users/']:not([href$='/new'])`);
    await page.goto(`/${locale}/admin/people?q=jonas`);
    const personHref = await hrefOf(`main a[href*='/${locale}/admin/people/']`);
    const pages = [
      `/${locale}/admin`,
      `/${locale}/admin/users/new`,
      userHref,
      `/${locale}/admin/settings`,
      `/${locale}/admin/settings/offices/new`,
      officeHref,
      `/${locale}/admin/catalogue`,
      stepTextHref,
      // A shipped translation not yet reviewed: its page says so and offers "Mark as reviewed".
      stepTextHref.replace(/\/[a-z]{2}$/, "/uk"),
      `/${locale}/admin/catalogue/translations`,
      `/${locale}/admin/catalogue/public-page`,
      // An Arabic text of the public page: typed from the right, beside the Danish master.
      `/${locale}/admin/catalogue/public-page/bring/ar`,
      `/${locale}/admin/audit`,
      `/${locale}/admin/people?q=jonas`,
      personHref,
    ];
    for (const path of pages) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAccessibilityViolations(page);
    }
  }
});
