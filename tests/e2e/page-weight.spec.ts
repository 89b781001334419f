import { expect, test } from "./fixtures";

// Not a speed test (npm run bench:weight measures that): what keeps the newcomer's pages light on a
// phone is checked here, where a change could lose it.
test("the newcomer's page and the public page come without JavaScript, work without it, and can be kept in the back/forward cache", async ({
  page,
  signInAs,
  browser,
}) => {
  await signInAs("caseworker", "herning");
  await page.goto("/en/arrivals?q=ingrid");
  await page.getByRole("link", { name: "Ingrid Sørensen" }).click();
  await page.getByRole("button", { name: "Issue link" }).click();
  const linkUrl = (await page.locator(".personal-link-url").first().textContent())!.trim();

  const phone = await browser.newContext();
  const reader = await phone.newPage();
  const consoleErrors: string[] = [];
  reader.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  for (const path of [new URL(linkUrl).pathname, "/en/kommune/herning", "/ar/kommune/holbaek", "/zh/kommune/holbaek"]) {
    const response = await reader.goto(path, { waitUntil: "networkidle" });
    expect(await response!.text()).not.toMatch(/<script|as="script"/);
    const scripts = await reader.evaluate(() => performance.getEntriesByType("resource").filter((entry) => entry.name.endsWith(".js")).length);
    expect(scripts, path).toBe(0);
    // Only the typefaces' cuts for the page's scripts, as woff2 (Plex's per script, Plex Arabic's, Noto Sans SC's slices, the
    // language chooser's words); never DKFDS's complete fonts.
    const fonts = await reader.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((entry) => entry.name)
        .filter((name) => /\.(woff2?|ttf|eot)(\?|$)/.test(name)),
    );
    for (const font of fonts) {
      expect(font, path).toMatch(
        /IBMPlexSans[_-]\w+[_-](Latin1|Cyrillic|Latin2|Greek)(\.[\w.-]+)?\.woff2$|\/ibm-plex-sans-arabic-arabic-\d+-normal\.woff2$|\/noto-sans-sc-\d+-\d+-normal\.woff2$|\/language-names\/[a-z-]+\.[0-9a-f]{16}\.woff2$/,
      );
    }
    expect(response!.headers()["cache-control"] ?? "").not.toContain("no-store");
  }
  expect(consoleErrors).toEqual([]);

  // The page works as it is sent: a tick is a form post, and the page shows it after the redirect.
  await reader.goto(linkUrl.replace(/\/en\/welcome\//, "/da/welcome/"));
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Velkommen til Herning");
  const firstTick = reader.getByRole("checkbox").first();
  await expect(firstTick).not.toBeChecked();
  await firstTick.click();
  await expect(reader.getByRole("checkbox").first()).toBeChecked();
  await expect(reader.getByText(/^Klaret/).first()).toBeVisible();
  await phone.close();
});
