import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./axe";

const VERSIONS = [
  { path: "/en/kommune/herning", lang: "en", dir: "ltr", heading: "Welcome to Herning" },
  { path: "/da/kommune/herning", lang: "da", dir: "ltr", heading: "Velkommen til Herning" },
  { path: "/de/kommune/herning", lang: "de", dir: "ltr", heading: "Willkommen in Herning" },
  { path: "/en/kommune/herning/zh", lang: "zh", dir: "ltr", heading: "欢迎来到Herning" },
  { path: "/en/kommune/herning/ar", lang: "ar", dir: "rtl", heading: "مرحبًا بكم في Herning" },
  { path: "/en/kommune/herning/ru", lang: "ru", dir: "ltr", heading: "Добро пожаловать в Herning" },
  { path: "/en/kommune/herning/es", lang: "es", dir: "ltr", heading: "Bienvenido a Herning" },
  { path: "/en/kommune/herning/fr", lang: "fr", dir: "ltr", heading: "Bienvenue à Herning" },
];

for (const version of VERSIONS) {
  test(`the public welcome text in ${version.lang} has its own URL, the right lang and direction, and no accessibility violations`, async ({ page }) => {
    await page.goto(version.path);
    const text = page.locator(".welcome-text");
    await expect(text).toHaveAttribute("lang", version.lang);
    await expect(text).toHaveAttribute("dir", version.dir);
    await expect(text.getByRole("heading", { level: 2 })).toHaveText(version.heading);
    await expectNoAccessibilityViolations(page);
  });
}

test("the translate switch leads from English to Arabic and back, keeping the page's own language", async ({ page }) => {
  await page.goto("/en/kommune/holbaek");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome to Holbæk");
  await page.getByRole("navigation", { name: "Read the welcome in your language" }).getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/en\/kommune\/holbaek\/ar$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator(".welcome-text")).toHaveAttribute("dir", "rtl");
  await expect(page.getByText("Borgerservice Holbæk")).toBeVisible();
  await page.getByRole("navigation", { name: "Read the welcome in your language" }).getByRole("link", { name: "English" }).click();
  await expect(page.locator(".welcome-text")).toHaveAttribute("lang", "en");
});

test("an unknown municipality or language shows the not-found page, also without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ["/en/kommune/atlantis", "/en/kommune/herning/xx", "/en/kommune/herning/abc", "/en/kommune/ATLANTIS"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  }
  await context.close();
});

test("the site's front page leads newcomers to each municipality's welcome page and staff to sign in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/(en|da)$/);
  await page.goto("/en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ankomst");
  await expect(page.getByRole("link", { name: "Welcome to Herning" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: "Welcome to Holbæk" }).click();
  await expect(page).toHaveURL(/\/en\/kommune\/holbaek$/);
  // Each municipality's page links the eleven languages of its welcome text.
  await expect(page.getByRole("navigation", { name: "Read the welcome in your language" }).getByRole("link")).toHaveCount(11);
  await page.goto("/da");
  await page.getByRole("link", { name: "Log ind" }).click();
  await expect(page).toHaveURL(/\/da\/sign-in$/);
});

test("the footer names the municipality a page is about and how to reach it", async ({ page }) => {
  await page.goto("/en/kommune/herning");
  const footer = page.locator("footer");
  await expect(footer.getByRole("heading", { name: "Herning Municipality" })).toBeVisible();
  await expect(footer.getByRole("link", { name: "+45 96 28 28 28" })).toHaveAttribute("href", "tel:+4596282828");
  await expect(footer.getByRole("link", { name: "borgerservice@herning.dk" })).toHaveAttribute("href", "mailto:borgerservice@herning.dk");
  await page.goto("/da/kommune/holbaek");
  await expect(page.locator("footer").getByRole("heading", { name: "Holbæk Kommune" })).toBeVisible();
});

test("the public page's old addresses (on printed letters and posters) redirect permanently to /kommune/", async ({ request }) => {
  for (const [old, now] of [
    ["/en/herning", "/en/kommune/herning"],
    ["/da/holbaek/ar", "/da/kommune/holbaek/ar"],
    ["/de/atlantis", "/de/kommune/atlantis"],
  ]) {
    const answer = await request.get(old!, { maxRedirects: 0 });
    expect(answer.status(), old).toBe(308);
    expect(new URL(answer.headers().location!, "http://x").pathname, old).toBe(now);
  }
  // The app's own routes are not taken for a municipality.
  expect((await request.get("/en/sign-in", { maxRedirects: 0 })).status()).toBe(200);
});
