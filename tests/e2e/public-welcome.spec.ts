import { expect, test } from "@playwright/test";
import { PUBLIC_PAGE_LANGUAGES, type TSiteLanguage, textDirection } from "@/lib/i18n/languages";
import { DEFAULT_PUBLIC_PAGE_TEXTS } from "@/lib/welcome/public-page-blocks";
import { expectNoAccessibilityViolations } from "./axe";

const SWITCHER_LABELS: Record<TSiteLanguage, string> = {
  en: "Choose language",
  da: "Vælg sprog",
  de: "Sprache wählen",
  uk: "Виберіть мову",
  ar: "اختر اللغة",
  pl: "Wybierz język",
  ro: "Alegeți limba",
  zh: "选择语言",
  ru: "Выбрать язык",
  es: "Elegir idioma",
  fr: "Choisir la langue",
};

for (const language of PUBLIC_PAGE_LANGUAGES) {
  test(`the public page in ${language} is in ${language} throughout: its title, the welcome, the way in, what to bring, where to get help, the language chooser; axe-clean`, async ({
    page,
  }) => {
    const texts = DEFAULT_PUBLIC_PAGE_TEXTS[language];
    await page.goto(`/${language}/kommune/herning`);
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await expect(page.locator("html")).toHaveAttribute("dir", textDirection(language));
    await expect(page).toHaveTitle(`${texts.welcome.title.replace("{municipality}", "Herning")} · Ankomst`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(texts.welcome.title.replace("{municipality}", "Herning"));
    for (const block of ["way-in", "bring", "help"] as const) await expect(page.getByRole("heading", { level: 2, name: texts[block].title })).toBeVisible();
    // No block fell back to another language: none carries a lang of its own.
    await expect(page.locator("main [lang]")).toHaveCount(0);
    const chooser = page.getByRole("navigation", { name: SWITCHER_LABELS[language] });
    await expect(chooser.getByRole("link")).toHaveCount(PUBLIC_PAGE_LANGUAGES.length);
    await expect(chooser.locator('a[aria-current="true"]')).toHaveAttribute("lang", language);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /Herning/);
    await expectNoAccessibilityViolations(page);
  });
}

test("the Chinese page draws its characters with Noto Sans SC's slices, downloading only those its text needs", async ({ page }) => {
  await page.goto("/zh/kommune/herning", { waitUntil: "networkidle" });
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return {
      drawn: document.fonts.check('16px "Noto Sans SC"', "欢迎来到"),
      files: performance
        .getEntriesByType("resource")
        .map((entry) => entry.name)
        .filter((name) => name.includes("/styles/fonts/noto-sans-sc/")),
    };
  });
  expect(fonts.drawn).toBe(true);
  expect(fonts.files.length).toBeGreaterThan(0);
  // Of about two hundred slices, the few holding the page's characters.
  expect(fonts.files.length).toBeLessThan(60);
  for (const file of fonts.files) expect(file).toMatch(/noto-sans-sc-\d+-(400|700)-normal\.woff2$/);
});

test("the language chooser leads from English to Arabic and back: the whole page changes language and direction", async ({ page }) => {
  await page.goto("/en/kommune/holbaek");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome to Holbæk");
  await page.getByRole("navigation", { name: "Choose language" }).getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/ar\/kommune\/holbaek$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("مرحبًا بكم في Holbæk");
  await expect(page.getByText("Borgerservice Holbæk")).toBeVisible();
  await page.getByRole("navigation", { name: "اختر اللغة" }).getByRole("link", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("an address that named the welcome text's language after the page's redirects permanently to the page in that language", async ({ request }) => {
  for (const [old, now] of [
    ["/en/kommune/holbaek/ar", "/ar/kommune/holbaek"],
    ["/da/kommune/herning/zh", "/zh/kommune/herning"],
    ["/da/holbaek/ar", "/ar/kommune/holbaek"],
  ]) {
    const answer = await request.get(old!, { maxRedirects: 0 });
    expect(answer.status(), old).toBe(308);
    expect(new URL(answer.headers().location!, "http://x").pathname, old).toBe(now);
  }
});

test("an unknown municipality or language shows the not-found page, also without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ["/en/kommune/atlantis", "/en/kommune/herning/xx", "/en/kommune/herning/abc", "/en/kommune/ATLANTIS", "/en/kommune/herning/ar/de"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  }
  const chinese = await page.goto("/zh/kommune/atlantis");
  expect(chinese?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到页面");
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
  // Each municipality's page is in the eleven languages of the public page.
  await expect(page.getByRole("navigation", { name: "Choose language" }).getByRole("link")).toHaveCount(11);
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
    ["/de/atlantis", "/de/kommune/atlantis"],
  ]) {
    const answer = await request.get(old!, { maxRedirects: 0 });
    expect(answer.status(), old).toBe(308);
    expect(new URL(answer.headers().location!, "http://x").pathname, old).toBe(now);
  }
  // The app's own routes are not taken for a municipality.
  expect((await request.get("/en/sign-in", { maxRedirects: 0 })).status()).toBe(200);
});
