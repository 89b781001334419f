import { expectNoAccessibilityViolations } from "./axe";
import { expect, test } from "./fixtures";
import { registerByPost } from "./register-by-post";

test("a newcomer turns reminders on on their page, the caseworker sees it, and the e-mail's one-click unsubscribe turns them off", async ({
  page,
  signInAs,
  browser,
}) => {
  await signInAs("caseworker", "herning");
  const email = `paaminder-${Date.now().toString(36)}@example.org`;
  const arrivalPath = await registerByPost(page, { familyName: `Påmindelse-${Date.now().toString(36)}`, email });
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
  await expect(reminders.getByRole("status")).toHaveText("Reminders are on.");
  await expect(reminders.getByRole("button", { name: "Turn off reminders" })).toBeVisible();
  await expectNoAccessibilityViolations(newcomer);

  await page.reload();
  await expect(panel).toContainText("turned on by the newcomer on their page");

  // A mail program's one-click unsubscribe (RFC 8058) posts to the List-Unsubscribe address.
  const token = linkUrl.split("/").at(-1)!;
  const unsubscribe = await newcomer.request.post(`/api/welcome/${token}/reminders`, {
    form: { "List-Unsubscribe": "One-Click" },
  });
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
