import type { APIResponse } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { PACKET_LANGUAGES } from "@/lib/i18n/languages";
import { expectNoAccessibilityViolations } from "./axe";
import { expect, signIn, test } from "./fixtures";

async function pdfOf(response: APIResponse) {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const document = await getDocumentProxy(new Uint8Array(await response.body()));
  const { info } = await document.getMetadata();
  const { text } = await extractText(document, { mergePages: true });
  return { language: (info as { Language?: string }).Language, text };
}

test("a caseworker registers a Ukrainian family with a Ukrainian packet; the newcomer reads it, switches to Arabic, right to left, and downloads the Arabic PDF", async ({
  page,
  browser,
  municipality,
}) => {
  // The administrator offers Ukrainian and Arabic besides the three the municipality started with.
  await signIn(page, "admin", municipality.slug);
  await page.goto("/en/admin/settings");
  const section = page.locator("section[aria-labelledby=packet-languages]");
  await section.getByLabel("Ukrainian", { exact: true }).check();
  await section.getByLabel("Arabic", { exact: true }).check();
  await section.getByRole("button", { name: "Save languages" }).click();
  await expect(section.getByRole("status")).toHaveText("The languages are saved.");

  await signIn(page, "caseworker", municipality.slug);
  await page.getByRole("link", { name: "Register an arrival" }).click();
  await page.getByLabel("Given name(s)").fill("Олена");
  await page.getByLabel("Family name").first().fill("Ковальчук");
  await page.getByLabel("Date of birth").first().fill("1988-02-14");
  await page.getByLabel("Find country").fill("ukr");
  await expect(page.locator("#nationality")).toHaveValue("UA");
  await page.getByLabel("Ukrainian", { exact: true }).check();
  await page.getByLabel("Arrival date").fill("2026-11-02");
  await page.getByLabel("Address in the municipality").fill("Ahlgade 10");
  await page.getByLabel("Residence basis").selectOption("REFUGEE");
  await page.getByRole("button", { name: "Add a child" }).click();
  await page.locator("#children\\.0\\.givenName").fill("Софія");
  await page.locator("#children\\.0\\.familyName").fill("Ковальчук");
  await page.locator("#children\\.0\\.dateOfBirth").fill("2017-05-20");
  await page.getByRole("button", { name: "Save arrival" }).click();
  await expect(page.getByRole("status")).toHaveText("The arrival is saved.");

  // The caseworker sees that the shipped Ukrainian texts are not yet reviewed; the newcomer never does.
  const ukrainian = page.locator("form.packet-generate").getByRole("radio", { name: "Ukrainian" });
  await expect(ukrainian).toBeChecked();
  await expect(ukrainian).toHaveAccessibleDescription("Some texts are not yet reviewed by the municipality");
  await page.getByRole("button", { name: "Generate welcome packet" }).click();
  await expect(page.getByRole("status").first()).toHaveText("The welcome packet is generated.");
  const linkUrl = (await page.locator(".personal-link-url").first().textContent())!.trim();
  expect(linkUrl).toMatch(/\/uk\/welcome\/[A-Za-z0-9_-]{43}$/);
  // The printed link speaks the packet's language; the way back speaks the caseworker's.
  await page.getByRole("link", { name: "Print link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Особисте посилання для Олена Ковальчук");
  await expect(page.locator(".print-link")).toHaveAttribute("lang", "uk");
  await expectNoAccessibilityViolations(page);
  await page.goBack();

  const newcomer = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "uk-UA" });
  const phone = await newcomer.newPage();
  await phone.goto(linkUrl);
  await expect(phone.locator("html")).toHaveAttribute("lang", "uk");
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(`Ласкаво просимо до ${municipality.name}`);
  await expect(phone.getByRole("heading", { name: "Зареєструйтеся в CPR" }).first()).toBeVisible();
  await expect(phone.getByText("reviewed")).toHaveCount(0);
  await expectNoAccessibilityViolations(phone);

  await phone.getByRole("link", { name: "العربية" }).click();
  await expect(phone.locator("html")).toHaveAttribute("lang", "ar");
  await expect(phone.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(`مرحبًا بكم في ${municipality.name}`);
  // Right to left and no sideways scrolling on a phone.
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const heading = await phone.getByRole("heading", { level: 1 }).boundingBox();
  expect(heading!.x + heading!.width).toBeGreaterThan(300);
  await expectNoAccessibilityViolations(phone);

  const pdf = await pdfOf(await phone.request.get((await phone.getByRole("link", { name: "تنزيل ملف PDF" }).getAttribute("href"))!));
  expect(pdf.language).toBe("ar");
  expect(pdf.text).toContain("خطواتكم");
  expect(pdf.text).toContain("Олена");
  await newcomer.close();
});

test("the newcomer's page passes axe in every packet language, right to left in Arabic", async ({ page, browser, municipality, household, database }) => {
  await database.municipality.update({ where: { slug: municipality.slug }, data: { packetLanguages: [...PACKET_LANGUAGES] } });
  const mateo = await household("Mateo");
  await signIn(page, "caseworker", municipality.slug);
  await page.goto(mateo.path);
  await page.getByRole("button", { name: "Issue link" }).click();
  const token = (await page.locator(".personal-link-url").first().textContent())!.trim().split("/").at(-1)!;
  const newcomer = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const phone = await newcomer.newPage();
  for (const language of PACKET_LANGUAGES) {
    const response = await phone.goto(`/${language}/welcome/${token}`);
    expect(response?.status(), language).toBe(200);
    await expect(phone.locator("html")).toHaveAttribute("lang", language);
    await expect(phone.locator("html")).toHaveAttribute("dir", language === "ar" ? "rtl" : "ltr");
    expect(await phone.evaluate(() => document.documentElement.scrollWidth), language).toBeLessThanOrEqual(360);
    await expectNoAccessibilityViolations(phone);
  }
  // The staff pages stay in Danish, English and German.
  expect((await page.request.get("/uk/arrivals", { maxRedirects: 0 })).status()).not.toBe(200);
  await newcomer.close();
});
