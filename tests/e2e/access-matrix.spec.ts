import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { expect, signIn, type TDemoMunicipality, type TDemoRole, test } from "./fixtures";

/**
 * Who may open what: every page and route handler of the app against seven kinds of visitor.
 * The route list is read from the build (.next/app-path-routes-manifest.json): a route added
 * without a row here fails this test. (Server actions are covered where they live: each checks its
 * role and municipality, tested in the integration tests and by the forged-origin test.)
 */
const VISITORS = ["anonymous", "newcomer", "otherNewcomer", "caseworker", "otherCaseworker", "manager", "admin"] as const;
type TVisitor = (typeof VISITORS)[number];
type TOutcome = "ok" | "sign-in" | "denied" | "not-found" | "unauthorized" | "forbidden";

/** "ok" for everyone but the ones named. */
const everyone = (exceptions: Partial<Record<TVisitor, TOutcome>> = {}) =>
  Object.fromEntries(VISITORS.map((visitor) => [visitor, exceptions[visitor] ?? "ok"])) as Record<TVisitor, TOutcome>;
const OUTSIDERS: readonly TVisitor[] = ["anonymous", "newcomer", "otherNewcomer"];
/** Staff only: outsiders and other roles answered as `refused` says, the other municipality's caseworker as given. */
const staffOnly = (allowed: TVisitor[], refused: { outsider: TOutcome; wrongRole: TOutcome }, otherCaseworker = refused.wrongRole) =>
  Object.fromEntries(
    VISITORS.map((visitor) => [
      visitor,
      allowed.includes(visitor) ? "ok" : OUTSIDERS.includes(visitor) ? refused.outsider : visitor === "otherCaseworker" ? otherCaseworker : refused.wrongRole,
    ]),
  ) as Record<TVisitor, TOutcome>;
const staffPage = (allowed: TVisitor[], otherCaseworker?: TOutcome) => staffOnly(allowed, { outsider: "sign-in", wrongRole: "denied" }, otherCaseworker);
const staffApi = (allowed: TVisitor[], otherCaseworker?: TOutcome) => staffOnly(allowed, { outsider: "unauthorized", wrongRole: "forbidden" }, otherCaseworker);

type TContext = { arrivalId: string; packetId: string; stepId: string; tokenOf: (visitor: TVisitor) => string };

const MATRIX: Record<string, { path: (context: TContext, visitor: TVisitor) => string; expected: Record<TVisitor, TOutcome> }> = {
  "/[locale]": { path: () => "/en", expected: staffPage(["caseworker", "otherCaseworker", "manager", "admin"]) },
  "/[locale]/sign-in": { path: () => "/en/sign-in", expected: everyone() },
  "/[locale]/access-denied": { path: () => "/en/access-denied", expected: everyone() },
  "/[locale]/[municipality]/[[...textLanguage]]": { path: () => "/en/herning/ar", expected: everyone() },
  "/[locale]/admin": { path: () => "/en/admin", expected: staffPage(["admin"]) },
  "/[locale]/admin/catalogue": { path: () => "/en/admin/catalogue", expected: staffPage(["admin"]) },
  "/[locale]/admin/catalogue/[stepId]/[language]": { path: ({ stepId }) => `/en/admin/catalogue/${stepId}/de`, expected: staffPage(["admin"]) },
  "/[locale]/arrivals": { path: () => "/en/arrivals", expected: staffPage(["caseworker", "otherCaseworker"]) },
  "/[locale]/arrivals/new": { path: () => "/en/arrivals/new", expected: staffPage(["caseworker", "otherCaseworker"]) },
  "/[locale]/arrivals/[arrivalId]": { path: ({ arrivalId }) => `/en/arrivals/${arrivalId}`, expected: staffPage(["caseworker"], "not-found") },
  "/[locale]/arrivals/[arrivalId]/edit": { path: ({ arrivalId }) => `/en/arrivals/${arrivalId}/edit`, expected: staffPage(["caseworker"], "not-found") },
  "/[locale]/arrivals/[arrivalId]/link": { path: ({ arrivalId }) => `/en/arrivals/${arrivalId}/link`, expected: staffPage(["caseworker"], "not-found") },
  "/[locale]/arrivals/[arrivalId]/packet": { path: ({ arrivalId }) => `/en/arrivals/${arrivalId}/packet`, expected: staffPage(["caseworker"], "not-found") },
  "/[locale]/statistics": { path: () => "/en/statistics", expected: staffPage(["manager"]) },
  // A newcomer's page opens for whoever holds the link; staff are shown it with this arrival's link.
  "/[locale]/welcome/[token]": { path: ({ tokenOf }, visitor) => `/en/welcome/${tokenOf(visitor)}`, expected: everyone({ anonymous: "not-found" }) },
  "/api/welcome/[token]/packet": {
    path: ({ tokenOf }, visitor) => `/api/welcome/${tokenOf(visitor)}/packet?language=en`,
    expected: everyone({ anonymous: "not-found" }),
  },
  "/api/arrivals/[arrivalId]/packets/[packetId]": {
    path: ({ arrivalId, packetId }) => `/api/arrivals/${arrivalId}/packets/${packetId}`,
    expected: staffApi(["caseworker"], "not-found"),
  },
  "/api/statistics/[table]": { path: () => "/api/statistics/basis?locale=en", expected: staffApi(["manager"]) },
  "/api/auth/[...nextauth]": { path: () => "/api/auth/csrf", expected: everyone() },
};
const NOT_ROUTES = new Set(["/_global-error", "/_not-found"]);

async function outcomeOf(page: Page, url: string): Promise<TOutcome> {
  // Route handlers send files (a PDF, a CSV): asked for with the page's cookies, not navigated to.
  const response = url.startsWith("/api/") ? await page.request.get(url) : await page.goto(url);
  const status = response?.status() ?? 0;
  if (/\/sign-in$/.test(new URL(page.url()).pathname) && !url.endsWith("/sign-in")) return "sign-in";
  if (/\/access-denied$/.test(new URL(page.url()).pathname) && !url.endsWith("/access-denied")) return "denied";
  if (status === 404) return "not-found";
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  return status === 200 ? "ok" : (`status ${status}` as TOutcome);
}

async function visitorPage(browser: Browser, visitor: TVisitor): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  const staff: Partial<Record<TVisitor, [TDemoRole, TDemoMunicipality]>> = {
    caseworker: ["caseworker", "herning"],
    otherCaseworker: ["caseworker", "holbaek"],
    manager: ["manager", "herning"],
    admin: ["admin", "herning"],
  };
  const login = staff[visitor];
  if (login) await signIn(page, login[0], login[1]);
  return page;
}

test("every route answers every kind of visitor as the access table says, and no route is missing from it", async ({ browser, page, signInAs }) => {
  test.setTimeout(180_000);
  const routes = Object.values(JSON.parse(readFileSync(path.resolve(".next/app-path-routes-manifest.json"), "utf8")) as Record<string, string>);
  expect(routes.filter((route) => !NOT_ROUTES.has(route) && !(route in MATRIX))).toEqual([]);

  // The arrival the table is about (Jonas, Herning), its packet and link; another arrival's link (Ahmad, Holbæk).
  await signInAs("caseworker", "herning");
  await page.goto("/en/arrivals?q=jonas+muller");
  await page.getByRole("link", { name: "Jonas Müller" }).click();
  const arrivalId = page.url().split("/").at(-1)!;
  await page.getByRole("button", { name: "Issue link" }).click();
  const token = (await page.locator(".personal-link-url").first().textContent())!.trim().split("/").at(-1)!;
  await page.getByRole("radio", { name: "English" }).check();
  await page.getByRole("button", { name: "Generate welcome packet" }).click();
  const packetHref = (await page.locator('a[href*="/packets/"]').first().getAttribute("href"))!;
  const packetId = packetHref.split("/").at(-1)!;
  await signInAs("caseworker", "holbaek");
  await page.goto("/en/arrivals?q=ahmad");
  await page.getByRole("link", { name: /Ahmad/ }).first().click();
  await page.getByRole("button", { name: "Issue link" }).click();
  const otherToken = (await page.locator(".personal-link-url").first().textContent())!.trim().split("/").at(-1)!;
  await signInAs("admin", "herning");
  await page.goto("/en/admin/catalogue");
  const stepId = (await page.locator('a[href*="/admin/catalogue/"]').first().getAttribute("href"))!.split("/").at(-2)!;

  const context: TContext = {
    arrivalId,
    packetId,
    stepId,
    // The anonymous visitor holds no link: a well-formed token that is nobody's.
    tokenOf: (visitor) => (visitor === "otherNewcomer" ? otherToken : visitor === "anonymous" ? "A".repeat(43) : token),
  };
  const differences: string[] = [];
  for (const visitor of VISITORS) {
    const visitorTab = await visitorPage(browser, visitor);
    for (const [route, row] of Object.entries(MATRIX)) {
      const got = await outcomeOf(visitorTab, row.path(context, visitor));
      if (got !== row.expected[visitor]) differences.push(`${route} as ${visitor}: expected ${row.expected[visitor]}, got ${got}`);
    }
    await visitorTab.context().close();
  }
  expect(differences).toEqual([]);
});
