import { test as baseTest, expect, type Page } from "@playwright/test";
import type { TArrivalForm } from "@/lib/arrivals/schemas";
import type { PrismaClient } from "@/lib/db-client";
import { connectToE2eDatabase, createTestHousehold, createTestMunicipality, type TTestHousehold, type TTestMunicipality } from "./test-municipality";

export type TDemoRole = "caseworker" | "manager" | "admin" | "frontdesk";
/** A seeded demo municipality (read, never changed, by tests) or the slug of a test's own (the `municipality` fixture). */
export type TDemoMunicipality = "herning" | "holbaek" | (string & {});

export const DEMO_PASSWORD = "ankomst-demo";

/** Where each role lands after signing in (lib/auth/role-home.ts). */
export const ROLE_HOME: Record<TDemoRole, string> = {
  caseworker: "/worklist",
  manager: "/statistics",
  admin: "/admin",
  frontdesk: "/worklist",
};

/** The page a test signed in with `signIn` starts from: a caseworker's is the arrivals list, where most of their tests begin. */
const TEST_START: Record<TDemoRole, string> = { ...ROLE_HOME, caseworker: "/arrivals", frontdesk: "/arrivals" };

/** Signs in through the sign-in form, as a person does: the sign-in spec's way; every other test gets its session directly. */
export async function signInThroughForm(page: Page, role: TDemoRole, municipality: TDemoMunicipality, locale = "en", base = "") {
  await page.goto(`${base}/${locale}/sign-in`);
  await page.getByLabel(/e-?mail/i).fill(`${role}@${municipality}.demo`);
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.locator("form").getByRole("button").click();
  await expect(page).toHaveURL(new RegExp(`/${locale}${ROLE_HOME[role]}$`));
}

/**
 * A session without the form: next-auth's credentials callback posted with its CSRF token (the
 * page's request context keeps the cookies, so the browser has the session), then the role's own
 * start page opened (TEST_START). A real sign-in on the server, limits and audit included; only the typing is left out.
 */
export async function signIn(page: Page, role: TDemoRole, municipality: TDemoMunicipality, locale = "en", base = "") {
  const origin = new URL(base || baseTest.info().project.use.baseURL!).origin;
  const { csrfToken } = (await (await page.request.get(`${origin}/api/auth/csrf`)).json()) as { csrfToken: string };
  const answer = await page.request.post(`${origin}/api/auth/callback/credentials`, {
    form: { email: `${role}@${municipality}.demo`, password: DEMO_PASSWORD, csrfToken, json: "true" },
    headers: { Origin: origin },
    maxRedirects: 0,
  });
  expect(answer.status(), `sign-in as ${role}@${municipality}.demo`).toBeLessThan(400);
  await page.goto(`${base}/${locale}${TEST_START[role]}`);
  await expect(page).toHaveURL(new RegExp(`/${locale}${TEST_START[role]}$`));
}

type TTestFixtures = {
  signInAs: (role: TDemoRole, municipality?: TDemoMunicipality, locale?: string) => Promise<void>;
  /** A municipality of this test's own (tests/e2e/test-municipality.ts): change its settings freely. */
  municipality: TTestMunicipality;
  /** Registers a demo household again in the test's own municipality (tests/e2e/test-municipality.ts). */
  household: (givenName: string, change?: Partial<TArrivalForm>) => Promise<TTestHousehold>;
};

export const test = baseTest.extend<TTestFixtures, { database: PrismaClient }>({
  database: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from the destructuring pattern.
    async ({}, use) => {
      const db = connectToE2eDatabase();
      await use(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
  municipality: async ({ database }, use) => {
    await use(await createTestMunicipality(database));
  },
  household: async ({ database, municipality }, use) => {
    await use((givenName, change) => createTestHousehold(database, municipality, givenName, change));
  },
  signInAs: async ({ page }, use) => {
    await use((role, municipality = "herning", locale = "en") => signIn(page, role, municipality, locale));
  },
});

export { expect };
