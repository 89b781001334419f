import { expect, test } from "./fixtures";

// Not a speed test: it reports the newcomer page's first-load JavaScript and checks the page reads without any.
test("the newcomer page reads without JavaScript, and its first-load JavaScript is reported", async ({ page, signInAs, browser }, testInfo) => {
  await signInAs("caseworker", "herning");
  await page.goto("/en/arrivals?q=ingrid");
  await page.getByRole("link", { name: "Ingrid Sørensen" }).click();
  await page.getByRole("button", { name: "Issue link" }).click();
  const linkUrl = (await page.locator(".personal-link-url").first().textContent())!.trim();

  const withJs = await browser.newContext();
  const tab = await withJs.newPage();
  await tab.goto(linkUrl, { waitUntil: "networkidle" });
  const { decoded, transferred, files } = await tab.evaluate(() => {
    const scripts = performance
      .getEntriesByType("resource")
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === "script" || entry.name.endsWith(".js")) as PerformanceResourceTiming[];
    return {
      decoded: scripts.reduce((sum, e) => sum + e.decodedBodySize, 0),
      transferred: scripts.reduce((sum, e) => sum + e.transferSize, 0),
      files: scripts.length,
    };
  });
  const figure = `${files} files, ${(decoded / 1024).toFixed(0)} KiB uncompressed, ${(transferred / 1024).toFixed(0)} KiB transferred`;
  testInfo.annotations.push({ type: "first-load-js", description: figure });
  console.log(`newcomer page first-load JavaScript: ${figure}`);
  expect(files).toBeGreaterThan(0);
  await withJs.close();

  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const reader = await noJs.newPage();
  await reader.goto(linkUrl);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Velkommen til Herning");
  await expect(reader.getByRole("heading", { name: "Dine trin" })).toBeVisible();
  const firstTick = reader.getByRole("checkbox").first();
  await expect(firstTick).not.toBeChecked();
  await firstTick.click();
  await expect(reader.getByRole("checkbox").first()).toBeChecked();
  await expect(reader.getByText(/^Klaret/).first()).toBeVisible();
  await noJs.close();
});
