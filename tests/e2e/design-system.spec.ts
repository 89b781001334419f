import { expect, signIn, test } from "./fixtures";
import { registerByPost } from "./register-by-post";

// What Det Fælles Designsystem's own component pages show, checked where our markup could lose it.

test("alerts carry their icon, back links their chevron, and the checklist one marker per step", async ({ page }) => {
  await signIn(page, "caseworker", "herning");
  const arrival = await registerByPost(page, { familyName: "Designsystem" });
  await page.goto(`${arrival}?saved=1`);
  const alert = page.locator(".alert-success").first();
  await expect(alert.locator("svg.alert-icon path")).toHaveCount(1);
  expect((await alert.locator("svg.alert-icon").boundingBox())?.width).toBeGreaterThan(10);
  await expect(page.locator(".back-link svg.icon-svg path")).toHaveCount(1);
  const markers = await page
    .locator(".desk-steps li")
    .evaluateAll((items) => items.map((item) => ({ before: getComputedStyle(item, "::before").content, listStyle: getComputedStyle(item).listStyleType })));
  expect(markers.length).toBeGreaterThan(0);
  for (const marker of markers) {
    expect(["none", '""', "normal"]).toContain(marker.before);
    expect(marker.listStyle).toBe("none");
  }
});

test("buttons stand apart from the field above, and the search filters line up", async ({ page }) => {
  await page.goto("/en/sign-in");
  const field = await page.locator("#password").boundingBox();
  const button = await page.locator("form").getByRole("button", { name: "Sign in" }).boundingBox();
  expect(button!.y - (field!.y + field!.height)).toBeGreaterThanOrEqual(16);

  await signIn(page, "caseworker", "herning");
  await page.goto("/en/arrivals");
  const tops = await Promise.all(["#from", "#to", "#basis", "#nationality"].map(async (id) => (await page.locator(id).boundingBox())!.y));
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(2);
});

test("the manager's key figures are design-system cards", async ({ page }) => {
  await signIn(page, "manager", "herning");
  await page.goto("/en/statistics");
  const cards = page.locator(".stat-key-figures > .card");
  expect(await cards.count()).toBeGreaterThanOrEqual(5);
  await expect(cards.first().locator("dt")).toHaveText("Arrivals");
});
