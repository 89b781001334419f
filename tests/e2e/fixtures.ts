import { test as base, expect, type Page } from "@playwright/test";

export type TDemoRole = "caseworker" | "manager" | "admin" | "frontdesk";
export type TDemoMunicipality = "herning" | "holbaek";

export const DEMO_PASSWORD = "ankomst-demo";

export const ROLE_HOME: Record<TDemoRole, string> = {
  caseworker: "/arrivals",
  manager: "/statistics",
  admin: "/admin",
  frontdesk: "/arrivals",
};

export async function signIn(page: Page, role: TDemoRole, municipality: TDemoMunicipality, locale = "en", base = "") {
  await page.goto(`${base}/${locale}/sign-in`);
  await page.getByLabel(/e-?mail/i).fill(`${role}@${municipality}.demo`);
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.locator("form").getByRole("button").click();
  await expect(page).toHaveURL(new RegExp(`/${locale}${ROLE_HOME[role]}$`));
}

export const test = base.extend<{ signInAs: (role: TDemoRole, municipality?: TDemoMunicipality, locale?: string) => Promise<void> }>({
  signInAs: async ({ page }, use) => {
    await use((role, municipality = "herning", locale = "en") => signIn(page, role, municipality, locale));
  },
});

export { expect };
