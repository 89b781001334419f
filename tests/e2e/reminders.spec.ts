import { expectNoAccessibilityViolations } from "./axe";
import { expect, test } from "./fixtures";
import { mailsTo } from "./mail-catcher";
import { registerByPost } from "./register-by-post";

/** A day in Denmark, some days from today: the e-mail is sent when a deadline is near in real time. */
function danishDay(offsetDays: number): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date(Date.now() + offsetDays * 86_400_000));
}

test("a newcomer turns reminders on on their page and the due reminder arrives by e-mail; the caseworker sees it, and the e-mail's one-click unsubscribe turns them off", async ({
  page,
  signInAs,
  browser,
}) => {
  await signInAs("caseworker", "herning");
  const email = `paaminder-${Date.now().toString(36)}@example.org`;
  // Arrived five days ago: CPR registration is due today, or the next day Borgerservice is open, and
  // its reminder (two days before, on a working day) is due already.
  const arrivalPath = await registerByPost(page, { familyName: `Påmindelse-${Date.now().toString(36)}`, email, arrivalDate: danishDay(-5) });
  await page.goto(arrivalPath);
  const panel = page.locator("section[aria-labelledby=arrival-reminders]");
  await expect(panel).toContainText("Off. The newcomer can turn them on on their page");
  await page.getByRole("button", { name: "Issue link" }).click();
  const linkUrl = (await page.locator(".personal-link-url").first().textContent())!.trim();

  // The newcomer, on their own phone (the page is sent without JavaScript).
  const newcomer = await (await browser.newContext()).newPage();
  await newcomer.goto(linkUrl);
  const reminders = newcomer.locator("section[aria-labelledby=reminders]");
  await expect(reminders).toContainText(`We can e-mail you at ${email}`);
  await reminders.getByRole("button", { name: "Turn on reminders" }).click();
  // Said once: the confirmation is the state, with the address.
  await expect(reminders.getByRole("status")).toHaveText(
    `Reminders are on: we e-mail you at ${email} a few days before a deadline, for the steps you have not ticked yet.`,
  );
  await expect(reminders.getByText("Reminders are on")).toHaveCount(1);
  await expect(reminders.getByRole("button", { name: "Turn off reminders" })).toBeVisible();
  await expectNoAccessibilityViolations(newcomer);

  // What is already due is sent at once, not the next morning.
  await expect.poll(async () => (await mailsTo(email)).length).toBe(1);
  const [mail] = await mailsTo(email);
  expect(mail!.subject).toBe("Ana, a deadline is coming up");
  expect(mail!.text).toContain(linkUrl);
  expect(mail!.headerLines["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  expect(mail!.attachments?.map((attachment) => attachment.contentType)).toEqual(["text/calendar"]);
  await page.reload();
  await expect(panel).toContainText("turned on by the newcomer on their page");
  await expect(panel.getByRole("table")).toContainText("Sent");

  // A mail program's one-click unsubscribe (RFC 8058) posts to the List-Unsubscribe address.
  const unsubscribeUrl = /<([^>]+)>/.exec(mail!.headerLines["list-unsubscribe"] ?? "")![1]!;
  const unsubscribe = await newcomer.request.post(unsubscribeUrl, { form: { "List-Unsubscribe": "One-Click" } });
  expect(unsubscribe.status()).toBe(200);
  await newcomer.reload();
  await expect(reminders.getByRole("button", { name: "Turn on reminders" })).toBeVisible();
  await page.reload();
  await expect(panel).toContainText("Off.");

  // At the counter: the caseworker records the consent the newcomer gives there.
  await panel.getByRole("button", { name: "Record consent given at the counter" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Reminders are on: the newcomer's consent given at the counter is recorded.");
  await expect(panel).toContainText("turned on at the counter");
  await expectNoAccessibilityViolations(page);
  await newcomer.context().close();
});

test("a newcomer moves their reminders to another address, which takes effect only once they confirm it from that inbox", async ({
  page,
  signInAs,
  browser,
}) => {
  await signInAs("caseworker", "herning");
  const suffix = Date.now().toString(36);
  const arrivalPath = await registerByPost(page, { familyName: `Adresse-${suffix}`, email: `gammel-${suffix}@example.org` });
  await page.goto(arrivalPath);
  await page.getByRole("button", { name: "Issue link" }).click();
  const linkUrl = (await page.locator(".personal-link-url").first().textContent())!.trim();

  const newcomer = await (await browser.newContext()).newPage();
  await newcomer.goto(linkUrl);
  const reminders = newcomer.locator("section[aria-labelledby=reminders]");
  await reminders.getByText("Use another e-mail address").click();
  const newAddress = `ny-${suffix}@example.org`;
  await reminders.getByLabel("New e-mail address").fill(newAddress);
  await reminders.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(reminders.getByRole("status")).toHaveText("We have sent a confirmation link to the new address. Open it within 24 hours.");
  await expect(reminders).toContainText(`gammel-${suffix}@example.org`);

  await expect.poll(async () => (await mailsTo(newAddress)).length).toBe(1);
  const [mail] = await mailsTo(newAddress);
  expect(mail!.subject).toBe("Ana, confirm your e-mail address for reminders");
  const confirmUrl = /http:\/\/\S+\/confirm-email\/[A-Za-z0-9_-]{43}/.exec(mail!.text ?? "")![0];
  // Opening the link changes nothing by itself (mail scanners open links too): the button does.
  await newcomer.goto(confirmUrl);
  await expectNoAccessibilityViolations(newcomer);
  await newcomer.getByRole("button", { name: "Yes, use this address" }).click();
  await expect(newcomer.getByRole("status")).toHaveText(`Confirmed: your reminders now go to ${newAddress}.`);
  await newcomer.goto(confirmUrl);
  await expect(newcomer.getByRole("heading", { level: 1 })).toHaveText("This link does not work");
  await newcomer.goto(linkUrl);
  await expect(reminders).toContainText(newAddress);

  // Asked from the page in German, the e-mail and the page it leads to are in German too.
  await newcomer.getByRole("link", { name: "Deutsch" }).click();
  await reminders.getByText("Eine andere E-Mail-Adresse verwenden").click();
  const germanAddress = `neu-${suffix}@example.org`;
  await reminders.getByLabel("Neue E-Mail-Adresse").fill(germanAddress);
  await reminders.getByRole("button", { name: "Bestätigungslink senden" }).click();
  await expect.poll(async () => (await mailsTo(germanAddress)).length).toBe(1);
  const [germanMail] = await mailsTo(germanAddress);
  expect(germanMail!.subject).toBe("Ana, bestätigen Sie Ihre E-Mail-Adresse für Erinnerungen");
  expect(germanMail!.text).toMatch(/http:\/\/\S+\/de\/confirm-email\/[A-Za-z0-9_-]{43}/);
  await newcomer.context().close();
});
