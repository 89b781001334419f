import { expect, signIn, test } from "./fixtures";

test("signing out ends the session on the server: a copy of the cookie opens nothing afterwards", async ({ page, signInAs, browser }) => {
  await signInAs("caseworker", "herning");
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === "next-auth.session-token")!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in$/);

  const replay = await browser.newContext();
  await replay.addCookies([cookie]);
  const tab = await replay.newPage();
  await tab.goto("/en/arrivals");
  await expect(tab).toHaveURL(/\/en\/sign-in$/);
  // Signed out, not merely the wrong role: a caseworker's live session would get 403 here.
  expect((await tab.request.get("/api/statistics/basis")).status()).toBe(401);
  // next-auth's own session endpoint answers as signed out too, and renews nothing: it clears the cookie.
  const session = await tab.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  const setCookies = session.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie");
  expect(
    setCookies.filter((header) => header.value.startsWith("next-auth.session-token=") && !/Max-Age=0|expires=Thu, 01 Jan 1970/i.test(header.value)),
  ).toEqual([]);
  await replay.close();
});

test("an administrator signs a colleague out everywhere at once", async ({ page, signInAs, browser }) => {
  const colleague = await browser.newContext();
  const desk = await colleague.newPage();
  await signIn(desk, "frontdesk", "herning");

  await signInAs("admin", "herning");
  const row = page.getByRole("row", { name: /Skranke Herning/ });
  await expect(row.locator('td[data-title="Active sessions"]')).toHaveText(/^1/);
  await row.getByRole("button", { name: "Sign out everywhere: Skranke Herning" }).click();
  await expect(row.getByRole("status")).toHaveText("1 session ended.");

  await desk.goto("/en/arrivals");
  await expect(desk).toHaveURL(/\/en\/sign-in$/);
  await colleague.close();
});
