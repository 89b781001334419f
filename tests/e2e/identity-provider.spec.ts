import type { Browser, Page } from "@playwright/test";
import { startOidcTestProvider, type TOidcTestProvider } from "../support/oidc-test-provider";
import { expectNoAccessibilityViolations } from "./axe";
import { expect, signIn, test } from "./fixtures";

// next-auth builds its callback address from NEXTAUTH_URL, the address the tests use.
const appOrigin = () => new URL(test.info().project.use.baseURL!).origin;

/** A browser of its own, signed in as nobody. */
async function freshPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ baseURL: appOrigin() })).newPage();
}

/** The provider's own sign-in and consent pages, as a person goes through them. */
async function signInAtProvider(page: Page, email: string) {
  await page.locator("input[name=login]").fill(email);
  await page.locator("input[name=password]").fill("any password: the test provider accepts it");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

let provider: TOidcTestProvider | undefined;
test.afterAll(async () => provider?.stop());

test("staff sign in through their municipality's identity provider with the role Ankomst gives them; an identity nobody created is refused", async ({
  page,
  browser,
  municipality,
}) => {
  await signIn(page, "admin", municipality.slug);
  await page.goto("/en/admin/settings");
  const section = page.locator("section[aria-labelledby=staff-sign-in]");
  const redirectUri = (await section.locator("code.redirect-uri").textContent())!;
  expect(redirectUri).toBe(`${appOrigin()}/api/auth/callback/oidc-${municipality.slug}`);
  provider = await startOidcTestProvider({ redirectUri });

  // An issuer with no discovery document is refused before anything is saved.
  await section.getByLabel("Issuer").fill(`${provider.issuer}/nothing-here`);
  await section.getByLabel("Client ID").fill(provider.clientId);
  await section.getByLabel("Client secret").fill(provider.clientSecret);
  await section.getByLabel("Claim with the work e-mail").fill("email");
  await section.getByLabel("Staff may sign in through this provider").check();
  await section.getByRole("button", { name: "Save sign-in settings" }).click();
  await expect(section.getByRole("alert").first()).toContainText("could not read the provider's discovery document");
  await expect(section.getByLabel("Client ID")).toHaveValue(provider.clientId);

  await section.getByLabel("Issuer").fill(provider.issuer);
  await section.getByLabel("Client secret").fill(provider.clientSecret);
  await section.getByRole("button", { name: "Save sign-in settings" }).click();
  await expect(section.getByRole("status")).toHaveText("The sign-in settings are saved.");
  await expectNoAccessibilityViolations(page);

  // A caseworker the administrator created: signed in as caseworker, whatever the provider says.
  const caseworker = await freshPage(browser);
  await caseworker.goto("/en/sign-in");
  await expectNoAccessibilityViolations(caseworker);
  await caseworker.getByRole("button", { name: `Sign in with ${municipality.letterName}` }).click();
  await signInAtProvider(caseworker, `caseworker@${municipality.slug}.demo`);
  await expect(caseworker).toHaveURL(`${appOrigin()}/en/worklist`);
  await expect(caseworker.getByRole("heading", { level: 1 })).toBeVisible();
  await caseworker.context().close();

  // Nobody created them, or they are another municipality's user: back on the sign-in page, told why.
  for (const stranger of ["new.colleague@holbaek.dk", "caseworker@herning.demo"]) {
    const refused = await freshPage(browser);
    await refused.goto("/en/sign-in");
    await refused.getByRole("button", { name: `Sign in with ${municipality.letterName}` }).click();
    await signInAtProvider(refused, stranger);
    await expect(refused).toHaveURL(`/en/sign-in?error=UnknownIdentity`);
    await expect(refused.locator("main").getByRole("alert")).toHaveText(
      "Your organisation signed you in, but you are not a user of Ankomst there. Ask your administrator to create you with your work e-mail address.",
    );
    expect((await refused.request.get(`${appOrigin()}/en/arrivals`, { maxRedirects: 0 })).status()).toBe(307);
    await refused.context().close();
  }

  // Password sign-in cannot be switched off while the provider is off: nobody could sign in.
  await section.getByLabel("Staff may sign in through this provider").uncheck();
  await section.getByRole("button", { name: "Save sign-in settings" }).click();
  await expect(section.getByRole("status")).toHaveText("The sign-in settings are saved.");
  await page.reload();
  await section.getByRole("button", { name: "Switch off password sign-in" }).click();
  await expect(section.getByRole("alert")).toHaveText(
    "Password sign-in can be switched off only while staff can sign in through an enabled identity provider.",
  );
  expect(await (await page.request.get("/en/sign-in")).text()).not.toContain(`Sign in with ${municipality.letterName}`);

  // The provider's discovery document is checked again at every sign-in: a provider that is gone is not signed in with.
  await section.getByLabel("Staff may sign in through this provider").check();
  await section.getByLabel("Client secret").fill(provider.clientSecret);
  await section.getByRole("button", { name: "Save sign-in settings" }).click();
  await expect(section.getByRole("status")).toHaveText("The sign-in settings are saved.");
  await provider.stop();
  provider = undefined;
  const unreachable = await freshPage(browser);
  await unreachable.goto("/en/sign-in");
  await unreachable.getByRole("button", { name: `Sign in with ${municipality.letterName}` }).click();
  await expect(unreachable).toHaveURL(`/en/sign-in?error=Unavailable`);
  await expect(unreachable.locator("main").getByRole("alert")).toHaveText(
    "Sign-in with your organisation did not work. Try again; if it keeps failing, ask your administrator.",
  );
  await unreachable.context().close();

  // A provider that is gone can still be switched off.
  await section.getByLabel("Staff may sign in through this provider").uncheck();
  await section.getByRole("button", { name: "Save sign-in settings" }).click();
  await expect(section.getByRole("status")).toHaveText("The sign-in settings are saved.");
});
