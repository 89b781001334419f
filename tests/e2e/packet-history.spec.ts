import { readPdfStructure, spanLanguages } from "../support/pdf-structure";
import { expect, test } from "./fixtures";

test("the packet history lists what was generated: downloads add no row, generating again with nothing changed adds none, a reissued link is marked", async ({
  page,
  signInAs,
  municipality,
  household,
}) => {
  const olena = await household("Олена");
  await signInAs("caseworker", municipality.slug);
  await page.goto(olena.path);
  const history = page.getByRole("table", { name: "Generated welcome packets" });

  await page.getByRole("radio", { name: "English" }).check();
  await page.getByRole("button", { name: "Generate welcome packet" }).click();
  await expect(page.getByRole("status").first()).toHaveText("The welcome packet is generated.");
  await expect(history.locator("tbody tr")).toHaveCount(1);
  // English staff screens write dates the British way with a 24-hour clock ("4 Dec 2026, 19:59"), not "Dec 4, 2026, 7:59 PM".
  await expect(history.locator("tbody tr td").first()).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}, [0-2]\d:[0-5]\d$/);

  const href = (await history.getByRole("link", { name: "Download PDF" }).getAttribute("href"))!;
  expect(href).toMatch(/\/api\/arrivals\/[0-9a-f-]{36}\/packets\/[0-9a-f-]{36}$/);
  const first = await page.request.get(href);
  const second = await page.request.get(href);
  expect(first.status()).toBe(200);
  expect(Buffer.compare(await first.body(), await second.body())).toBe(0);
  // What the server's render pool made is the tagged PDF/UA packet (the patched renderer is in use).
  const tagged = await readPdfStructure(new Uint8Array(await first.body()));
  expect(tagged.markInfo?.Marked).toBe(true);
  expect(tagged.language).toBe("en");
  expect(tagged.elements.find((element) => element.role === "Figure")?.alt).toMatch(/^QR code: opens your personal page at http/);
  expect(tagged.spans).toContain("Олена Коваленко");
  expect(new Set(spanLanguages(new Uint8Array(await first.body())))).toEqual(new Set(["uk"]));
  await page.reload();
  await expect(history.locator("tbody tr")).toHaveCount(1);

  await page.getByRole("radio", { name: "English" }).check();
  await page.getByRole("button", { name: "Generate welcome packet" }).click();
  await expect(page.getByRole("status").first()).toContainText("Nothing has changed since this packet was generated");
  await expect(history.locator("tbody tr")).toHaveCount(1);
  await expect(history.locator("tbody tr").first()).toContainText("Works");

  await page.getByRole("link", { name: "Issue a new link (the old one stops working)" }).click();
  await expect(page.getByRole("region", { name: "Issue a new link?" })).toContainText("print the new letter");
  await page.getByRole("button", { name: "Issue the new link only" }).click();
  await expect(page.getByRole("status").first()).toContainText("A new personal link is issued; the old one no longer works.");
  await expect(history.locator("tbody tr").first()).toContainText("Link no longer valid");
  // The old row still downloads exactly what was sent.
  expect(Buffer.compare(await (await page.request.get(href)).body(), await first.body())).toBe(0);

  await page.getByRole("radio", { name: "English" }).check();
  await page.getByRole("button", { name: "Generate welcome packet" }).click();
  await expect(page.getByRole("status").first()).toHaveText("The welcome packet is generated.");
  await expect(history.locator("tbody tr")).toHaveCount(2);
  await expect(history.locator("tbody tr").first()).toContainText("Works");
  await expect(history.locator("tbody tr").nth(1)).toContainText("Link no longer valid");

  // A new link with the packets made again in the same confirmation: nothing to regenerate by hand.
  await page.getByRole("link", { name: "Issue a new link (the old one stops working)" }).click();
  await page.getByRole("button", { name: "Yes, issue a new link and generate the packet again (English)" }).click();
  await expect(page.getByRole("status").first()).toHaveText(
    "A new personal link is issued, and the welcome packet is generated again with it in every language given out before. Print the new letter for the newcomer.",
  );
  await expect(history.locator("tbody tr")).toHaveCount(3);
  await expect(history.locator("tbody tr").first()).toContainText("Works");
  await expect(history.locator("tbody tr").nth(1)).toContainText("Link no longer valid");
  const newLink = (await page.locator(".personal-link-url").first().textContent())!.trim();
  const regenerated = await readPdfStructure(
    new Uint8Array(await (await page.request.get((await history.getByRole("link", { name: "Download PDF" }).first().getAttribute("href"))!)).body()),
  );
  expect(regenerated.elements.find((element) => element.role === "Figure")?.alt).toContain(newLink);
});
