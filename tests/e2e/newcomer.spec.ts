import type { APIResponse } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { expectNoAccessibilityViolations } from "./axe";
import { expect, test } from "./fixtures";

async function pdfText(response: APIResponse): Promise<string> {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await response.body())), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

test("a caseworker generates a packet; the newcomer reads it in German, downloads the German PDF and ticks two steps; the caseworker sees them", async ({
  page,
  signInAs,
  browser,
  municipality,
  household,
}) => {
  const mateo = await household("Mateo");
  await signInAs("caseworker", municipality.slug);
  await page.goto(mateo.path);
  await page.getByRole("radio", { name: "English" }).check();
  await page.getByRole("button", { name: "Generate welcome packet" }).click();
  await expect(page.getByRole("status").first()).toHaveText("The welcome packet is generated.");

  const pdfHref = await page.getByRole("link", { name: "Download PDF" }).first().getAttribute("href");
  const caseworkerPdf = await pdfText(await page.request.get(pdfHref!));
  expect(caseworkerPdf).toContain("Mateo García López");
  expect(caseworkerPdf).toContain("Registration as a student");

  await page.getByRole("link", { name: "Web version" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome to ${municipality.name}`);
  await expectNoAccessibilityViolations(page);
  await page.goBack();

  const linkUrl = (await page.locator(".personal-link-url").first().textContent())!.trim();
  expect(linkUrl).toMatch(/\/en\/welcome\/[A-Za-z0-9_-]{43}$/);

  const newcomer = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "en-US" });
  const phone = await newcomer.newPage();
  await phone.goto(linkUrl);
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(`Welcome to ${municipality.name}`);
  await expect(phone.getByText("Mateo García López").first()).toBeVisible();
  // The welcome first, then how far the household has come, the steps; the PDF and reminders after them.
  await expect(phone.locator(".progress-summary")).toHaveText(/^0 of \d+ steps done\. Next: .+\. Deadline: /);
  const top = async (locator: ReturnType<typeof phone.locator>) => (await locator.boundingBox())!.y;
  expect(await top(phone.getByRole("heading", { level: 1 }))).toBeLessThan(await top(phone.locator(".progress-summary")));
  expect(await top(phone.locator(".progress-summary"))).toBeLessThan(await top(phone.getByRole("link", { name: "Download PDF" })));
  expect(await top(phone.getByRole("checkbox").last())).toBeLessThan(await top(phone.getByRole("heading", { name: "Reminders" })));
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoAccessibilityViolations(phone);

  await phone.getByRole("link", { name: "Deutsch" }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(`Willkommen in ${municipality.name}`);
  await expect(phone.locator("article")).toHaveAttribute("lang", "de");
  await expectNoAccessibilityViolations(phone);
  const germanPdf = await pdfText(
    await phone.request.get(
      await phone
        .getByRole("link", { name: "PDF herunterladen" })
        .getAttribute("href")
        .then((href) => href!),
    ),
  );
  expect(germanPdf).toContain("Ihre ersten Schritte");
  expect(germanPdf).toContain(`Willkommen in ${municipality.name}`);

  // Each step's tick reads as a checkbox named by the step, its state also in words beside the box.
  const cprTick = phone.getByRole("checkbox", { name: "CPR-Nummer beantragen" });
  await expect(cprTick).not.toBeChecked();
  // The visible words start its name (WCAG 2.5.3), the step follows.
  await expect(cprTick).toHaveAccessibleName("Noch nicht erledigt – CPR-Nummer beantragen");
  await cprTick.click();
  await expect(phone.getByRole("checkbox", { name: "CPR-Nummer beantragen" })).toBeChecked();
  await expect(phone.getByRole("checkbox", { name: "CPR-Nummer beantragen" })).toHaveAccessibleName(/^Erledigt am .+ – CPR-Nummer beantragen$/);
  await phone.getByRole("checkbox", { name: "Eine NemKonto wählen" }).click();
  await expect(phone.getByRole("checkbox", { name: "Eine NemKonto wählen" })).toBeChecked();
  await expect(phone.getByText(/^Erledigt am/)).toHaveCount(2);
  await expect(phone.locator(".progress-summary")).toHaveText(/^2 von \d+ Schritten erledigt\. Als Nächstes: /);

  await phone.getByRole("link", { name: "Dansk" }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(`Velkommen til ${municipality.name}`);
  await expect(phone.getByText(/^Klaret/)).toHaveCount(2);
  await expectNoAccessibilityViolations(phone);

  await page.reload();
  await expect(page.getByText(/^2 of \d+ steps done\.$/)).toBeVisible();
  await expect(page.getByText("✓ Register for a CPR number", { exact: false })).toBeVisible();

  // Mateo's record still says "not yet": the page shows his tick beside it, and the caseworker records it.
  const cprFact = page.locator(".arrival-facts > div", { hasText: "CPR registration" });
  await expect(cprFact).toContainText("Not yet in the record.");
  await expect(cprFact).toContainText("The newcomer marked it done on their page on");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "Record CPR registration" }).click();
  await expect(page.getByRole("status").first()).toHaveText("CPR registration is recorded.");
  await expect(cprFact).toContainText(/^CPR registration\s*Done on \d{1,2} [A-Z][a-z]+ \d{4}/);
  await expect(page.getByRole("button", { name: "Record CPR registration" })).toHaveCount(0);
  await newcomer.close();
});

test("a revoked link and a made-up link show the same friendly page", async ({ page, signInAs, browser, municipality, household }) => {
  const hannah = await household("Hannah");
  await signInAs("caseworker", municipality.slug);
  await page.goto(hannah.path);
  await page.getByRole("button", { name: "Issue link" }).click();
  await expect(page.getByRole("status").first()).toHaveText(
    "A new personal link is issued; the old one no longer works. Generate the packet again and print the new letter for the newcomer.",
  );
  const linkUrl = (await page.locator(".personal-link-url").first().textContent())!.trim();

  // The page to print speaks Hannah's packet language (German); the way back speaks the caseworker's.
  await page.getByRole("link", { name: "Print link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Persönlicher Link für Hannah Schmidt");
  await expect(page.locator(".print-link")).toHaveAttribute("lang", "de");
  await expect(page.locator(".print-link .personal-link-url")).toHaveText(linkUrl);
  // Beside the code and the address: whose link it is, what it opens, until when, and whom to ask.
  const printed = page.locator(".print-link");
  await expect(printed.locator(".print-link-municipality")).toHaveText(municipality.letterName);
  await expect(printed).toContainText(`Der Link öffnet Ihr Willkommenspaket von ${municipality.letterName}`);
  await expect(printed.getByText(/^Der Link funktioniert bis zum \d{1,2}\. [A-ZÄÖÜ][a-zäöü]+ \d{4}\.$/)).toBeVisible();
  await expect(printed.getByRole("heading", { name: "Fragen? So erreichen Sie uns" })).toBeVisible();
  await expect(printed).toContainText("Kanalstræde 2, 4300 Holbæk");
  await expect(printed).toContainText("+45 72 36 36 36");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: "Back to the arrival" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hannah Schmidt");

  const visitor = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.20" } });
  const tab = await visitor.newPage();
  await tab.goto(linkUrl);
  // Hannah's packet language is German, so her link opens in German.
  await expect(tab.getByRole("heading", { level: 1 })).toHaveText(`Willkommen in ${municipality.name}`);

  // Revoking asks first, and until it is confirmed the printed link still works.
  await page.getByRole("link", { name: "Revoke link" }).click();
  const confirmation = page.getByRole("region", { name: "Revoke the link?" });
  await expect(confirmation).toContainText("The link and QR code on the letter already printed stop working at once");
  await confirmation.getByRole("link", { name: "Cancel: keep the link" }).click();
  await expect(page.getByRole("region", { name: "Revoke the link?" })).toHaveCount(0);
  expect((await tab.goto(linkUrl))?.status()).toBe(200);
  await page.getByRole("link", { name: "Revoke link" }).click();
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "Yes, revoke the link" }).click();
  await expect(page.getByRole("status").first()).toHaveText("The personal link is revoked. It no longer works.");

  const revoked = await tab.goto(linkUrl);
  const revokedHtml = await tab.locator("main").innerHTML();
  const madeUp = await tab.goto(linkUrl.replace(/[A-Za-z0-9_-]{43}$/, "Z".repeat(43)));
  expect(revoked?.status()).toBe(404);
  expect(madeUp?.status()).toBe(404);
  await expect(tab.getByRole("heading", { level: 1 })).toHaveText("Dieser Link funktioniert nicht");
  expect(await tab.locator("main").innerHTML()).toBe(revokedHtml);
  await visitor.close();
});

test("a client that tries many wrong links is refused for a while, whatever X-Forwarded-For it sends, and nobody else is", async ({
  browser,
  baseURL,
  page,
}) => {
  // Served directly, the client is the socket's address: this guesser comes over IPv6 loopback, every other test over IPv4.
  const guesser = await browser.newContext({ baseURL: baseURL!.replace("127.0.0.1", "[::1]") });
  const tab = await guesser.newPage();
  for (let attempt = 0; attempt < 10; attempt++) {
    await tab.setExtraHTTPHeaders({ "X-Forwarded-For": `203.0.113.${attempt}` });
    await tab.goto(`/en/welcome/${String(attempt).padStart(43, "q")}`);
    await expect(tab.getByRole("heading", { level: 1 })).toHaveText("This link does not work");
  }
  await tab.setExtraHTTPHeaders({ "X-Forwarded-For": "198.51.100.99" });
  await tab.goto(`/en/welcome/${"r".repeat(43)}`);
  await expect(tab.getByRole("heading", { level: 1 })).toHaveText("Too many attempts");
  // Refused from then on, with the status that says so, in the page's language.
  const refused = await tab.goto(`/da/welcome/${"u".repeat(43)}`);
  expect(refused?.status()).toBe(429);
  expect(refused?.headers()["retry-after"]).toBe("900");
  await expect(tab.getByRole("heading", { level: 1 })).toHaveText("For mange forsøg");
  const download = await tab.request.get(`/api/welcome/${"s".repeat(43)}/packet?language=en`, { headers: { "X-Forwarded-For": "198.51.100.100" } });
  expect(download.status()).toBe(429);
  await guesser.close();

  // Naming the guesser's address in X-Forwarded-For does not lock out someone else.
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "::1" });
  await page.goto(`/en/welcome/${"t".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not work");
});

test("a tick posted by a page of another site is refused, whatever X-Forwarded-Host it claims", async ({ page, signInAs, municipality, household }) => {
  const priya = await household("Priya");
  await signInAs("caseworker", municipality.slug);
  await page.goto(priya.path);
  await page.getByRole("button", { name: "Issue link" }).click();
  const linkUrl = (await page.locator(".personal-link-url").first().textContent())!.trim();

  const html = await (await page.request.get(linkUrl)).text();
  const toggleButton = html.match(/<button[^>]*name="toggle"[^>]*>/)![0];
  const toggle = toggleButton.match(/value="([^"]+)"/)![1]!;
  const form = { toggle };

  const forged = await page.request.post(linkUrl, {
    headers: { Origin: "http://evil.example", "X-Forwarded-Host": "evil.example" },
    multipart: form,
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(403);
  const page1 = await (await page.request.get(linkUrl)).text();
  expect(page1).not.toContain('aria-checked="true"');

  // The same post from the link's own site is a working tick: the refusal above was the origin's doing.
  const genuine = await page.request.post(linkUrl, { headers: { Origin: new URL(linkUrl).origin }, multipart: form, maxRedirects: 0 });
  expect(genuine.status()).toBeLessThan(400);
  expect(await (await page.request.get(linkUrl)).text()).toContain('aria-checked="true"');
});
