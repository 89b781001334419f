import js2xliff from "xliff/js2xliff";
import xliff2js from "xliff/xliff2js";
import { expectNoAccessibilityViolations } from "./axe";
import { expect, test } from "./fixtures";

test("an administrator translates the public page: the Chinese page shows the saved text, a changed Danish master flags it, Arabic is marked reviewed", async ({
  page,
  signInAs,
  municipality,
}) => {
  await signInAs("admin", municipality.slug);
  await page.goto("/en/admin/catalogue");
  await page.getByRole("link", { name: "Public page texts" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Public page texts");
  const chinese = page.getByRole("row", { name: /^Chinese/ });
  await expect(chinese.getByText("Not yet reviewed")).toHaveCount(4);

  await chinese.getByRole("link", { name: "Where to get help: Chinese" }).click();
  await expect(page.getByText("This translation was shipped with Ankomst and has not yet been reviewed")).toBeVisible();
  await page.getByLabel("Heading").fill("在哪里获得帮助：市民服务中心");
  await page.getByLabel("Text").fill("请致电市民服务中心。\n\n- 图书馆\n- 语言咖啡馆");
  await page.getByRole("button", { name: "Save text" }).click();
  await expect(page.getByRole("status")).toHaveText("The text is saved. The public page shows it within a few seconds.");
  await expect(page.getByLabel("Heading")).toHaveValue("在哪里获得帮助：市民服务中心");

  // A text that cannot be stored is refused, and what was typed stays.
  await page.getByLabel("Heading").fill("");
  await page.getByRole("button", { name: "Save text" }).click();
  await expect(page.getByText("Fill in this field.")).toBeVisible();
  await expect(page.getByLabel("Text")).toHaveValue("请致电市民服务中心。\n\n- 图书馆\n- 语言咖啡馆");

  const reader = await page.context().newPage();
  await expect(async () => {
    await reader.goto(`/zh/kommune/${municipality.slug}`);
    await expect(reader.getByRole("heading", { level: 2, name: "在哪里获得帮助：市民服务中心" })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(reader.locator("section", { has: reader.getByRole("heading", { name: "在哪里获得帮助：市民服务中心" }) }).getByRole("listitem")).toHaveText([
    "图书馆",
    "语言咖啡馆",
  ]);

  // The Danish master changes after the Chinese translation: the overview flags it.
  await page.goto("/en/admin/catalogue/public-page/help/da");
  await page.getByLabel("Text").fill("Ring til Borgerservice, eller skriv til os.\n\nBiblioteket hjælper også.");
  await page.getByRole("button", { name: "Save text" }).click();
  await expect(page.getByRole("status")).toHaveText("The text is saved. The public page shows it within a few seconds.");
  await page.goto("/en/admin/catalogue/public-page");
  await expect(
    page
      .getByRole("row", { name: /^Chinese/ })
      .getByRole("cell")
      .nth(3),
  ).toContainText("Older than Danish");

  // Arabic is written and read from the right in the form; the administrator marks all its texts reviewed.
  await page.goto("/en/admin/catalogue/public-page/welcome/ar");
  await expect(page.getByLabel("Text")).toHaveAttribute("dir", "rtl");
  await expect(page.getByLabel("Text")).toHaveAttribute("lang", "ar");
  await page.goto("/en/admin/catalogue/public-page");
  await page.getByRole("button", { name: "Mark all as reviewed: Arabic" }).click();
  await expect(page.getByRole("status")).toHaveText("4 texts are marked as reviewed.");
  await expect(page.getByRole("row", { name: /^Arabic/ }).getByText("Reviewed")).toHaveCount(4);
  await expectNoAccessibilityViolations(page);
});

test("an administrator sends the Spanish texts to a translator as XLIFF and imports the file back: previewed, applied, on the Spanish page", async ({
  page,
  signInAs,
  municipality,
}) => {
  await signInAs("admin", municipality.slug);
  await page.goto("/en/admin/catalogue/translations");
  const download = await page.request.get("/api/catalogue/xliff?language=es");
  expect(download.headers()["content-disposition"]).toBe(`attachment; filename="ankomst-${municipality.slug}-catalogue-es.xlf"`);
  // The translator's tool: the Spanish "where to get help" translated anew.
  const document = await xliff2js(await download.text());
  const units = document.resources[`ankomst-public-page-${municipality.slug}`]!;
  units["help.title"] = { ...units["help.title"]!, target: "Cómo pedir ayuda" };
  const translated = await js2xliff(document);

  await page.getByRole("radio", { name: "Spanish" }).check();
  await page.getByLabel("XLIFF file (.xlf)").setInputFiles({ name: "es.xlf", mimeType: "application/xliff+xml", buffer: Buffer.from(translated) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("heading", { name: "1 change in Spanish" })).toBeVisible();
  await expect(page.locator(".xliff-changes li")).toContainText("Public page – Her kan du få hjælp: title");
  await page.getByRole("button", { name: "Apply the change" }).click();
  await expect(page.getByRole("status")).toHaveText("1 text is imported and marked as reviewed. The next packets and the public page use them.");
  await expect(async () => {
    await page.goto(`/es/kommune/${municipality.slug}`);
    await expect(page.getByRole("heading", { level: 2, name: "Cómo pedir ayuda" })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
});
