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
