import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { parse } from "node-html-parser";
import { formFieldsOf, hiddenFieldsOf } from "../../scripts/load/html-forms";
import { VALID_ARRIVAL_FIELDS } from "../support/hostile-strings";
import { expect, signIn, type TDemoMunicipality, type TDemoRole, test } from "./fixtures";
import { mailsTo } from "./mail-catcher";
import { registerByPost } from "./register-by-post";

/**
 * Who may open what: every page, route handler and server action of the app against seven kinds of
 * visitor. The routes and actions are read from the build (.next/app-path-routes-manifest.json,
 * .next/server/server-reference-manifest.json): one added without a row here fails this test.
 * Server actions are posted as a browser without JavaScript posts their forms, with the fields the
 * form's owner is shown.
 */
// One after the other: the actions' table issues a new link for the arrival the routes' table walks with.
test.describe.configure({ mode: "serial" });

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

type TContext = {
  arrivalId: string;
  /** Another of the municipality's arrivals (Mateo, Herning): the merge page compares the two. */
  otherArrivalId: string;
  packetId: string;
  stepId: string;
  staffUserId: string;
  officeId: string;
  /** The stylesheet the pages without JavaScript link to (its name carries its content's hash). */
  stylesheetHref: string;
  tokenOf: (visitor: TVisitor) => string;
};

const MATRIX: Record<string, { path: (context: TContext, visitor: TVisitor) => string; expected: Record<TVisitor, TOutcome> }> = {
  // The site's front page: newcomers' welcome pages and staff sign-in; signed-in staff are sent on to their own page.
  "/[locale]": { path: () => "/en", expected: everyone() },
  "/[locale]/sign-in": { path: () => "/en/sign-in", expected: everyone() },
  "/[locale]/accessibility": { path: () => "/en/accessibility", expected: everyone() },
  "/[locale]/privacy": { path: () => "/de/privacy", expected: everyone() },
  "/icon.svg": { path: () => "/icon.svg", expected: everyone() },
  // The stylesheet and design-system files of the pages sent without JavaScript.
  "/styles/[file]": { path: ({ stylesheetHref }) => stylesheetHref, expected: everyone() },
  "/styles/dkfds/[...asset]": { path: () => "/styles/dkfds/img/svg-icons/plus.svg", expected: everyone() },
  "/styles/fonts/[...asset]": { path: () => "/styles/fonts/ibm-plex-sans-arabic/ibm-plex-sans-arabic-arabic-400-normal.woff2", expected: everyone() },
  "/[locale]/access-denied": { path: () => "/en/access-denied", expected: everyone() },
  "/[locale]/kommune/[municipality]/[[...textLanguage]]": { path: () => "/zh/kommune/herning", expected: everyone() },
  // The public page's old address, on printed letters: a permanent redirect to the one above.
  "/[locale]/[municipality]/[[...textLanguage]]": { path: () => "/en/herning/ar", expected: everyone() },
  "/[locale]/admin": { path: () => "/en/admin", expected: staffPage(["admin"]) },
  "/[locale]/admin/audit": { path: () => "/en/admin/audit?arrival=jonas", expected: staffPage(["admin"]) },
  "/[locale]/admin/people": { path: () => "/en/admin/people?q=jonas", expected: staffPage(["admin"]) },
  "/[locale]/admin/people/[arrivalId]": { path: ({ arrivalId }) => `/en/admin/people/${arrivalId}?confirm=export`, expected: staffPage(["admin"]) },
  "/[locale]/admin/catalogue": { path: () => "/en/admin/catalogue", expected: staffPage(["admin"]) },
  "/[locale]/admin/users/new": { path: () => "/en/admin/users/new", expected: staffPage(["admin"]) },
  "/[locale]/admin/settings": { path: () => "/en/admin/settings", expected: staffPage(["admin"]) },
  "/[locale]/admin/settings/offices/new": { path: () => "/en/admin/settings/offices/new", expected: staffPage(["admin"]) },
  "/[locale]/admin/settings/offices/[officeId]": { path: ({ officeId }) => `/en/admin/settings/offices/${officeId}`, expected: staffPage(["admin"]) },
  "/[locale]/admin/users/[userId]": { path: ({ staffUserId }) => `/en/admin/users/${staffUserId}`, expected: staffPage(["admin"]) },
  // Anyone may open a confirmation link; one that is nobody's says it does not work.
  "/[locale]/confirm-email/[token]": { path: () => `/en/confirm-email/${"A".repeat(43)}`, expected: everyone() },
  // Anyone may open a set-password link; one that is nobody's says it does not work.
  "/[locale]/set-password/[token]": { path: () => `/en/set-password/${"A".repeat(43)}`, expected: everyone() },
  "/[locale]/admin/catalogue/[stepId]/[language]": { path: ({ stepId }) => `/en/admin/catalogue/${stepId}/de`, expected: staffPage(["admin"]) },
  "/[locale]/admin/catalogue/[stepId]": { path: ({ stepId }) => `/en/admin/catalogue/${stepId}`, expected: staffPage(["admin"]) },
  "/[locale]/admin/catalogue/new": { path: () => "/en/admin/catalogue/new", expected: staffPage(["admin"]) },
  "/[locale]/admin/catalogue/translations": { path: () => "/en/admin/catalogue/translations", expected: staffPage(["admin"]) },
  "/[locale]/admin/catalogue/public-page": { path: () => "/en/admin/catalogue/public-page", expected: staffPage(["admin"]) },
  "/[locale]/admin/catalogue/public-page/[block]/[language]": { path: () => "/en/admin/catalogue/public-page/bring/zh", expected: staffPage(["admin"]) },
  "/[locale]/arrivals": { path: () => "/en/arrivals", expected: staffPage(["caseworker", "otherCaseworker"]) },
  "/[locale]/arrivals/new": { path: () => "/en/arrivals/new", expected: staffPage(["caseworker", "otherCaseworker"]) },
  "/[locale]/arrivals/[arrivalId]": { path: ({ arrivalId }) => `/en/arrivals/${arrivalId}`, expected: staffPage(["caseworker"], "not-found") },
  "/[locale]/arrivals/[arrivalId]/edit": { path: ({ arrivalId }) => `/en/arrivals/${arrivalId}/edit`, expected: staffPage(["caseworker"], "not-found") },
  "/[locale]/arrivals/[arrivalId]/link": { path: ({ arrivalId }) => `/en/arrivals/${arrivalId}/link`, expected: staffPage(["caseworker"], "not-found") },
  "/[locale]/arrivals/[arrivalId]/merge/[otherId]": {
    path: ({ arrivalId, otherArrivalId }) => `/en/arrivals/${arrivalId}/merge/${otherArrivalId}`,
    expected: staffPage(["caseworker"], "not-found"),
  },
  "/[locale]/arrivals/[arrivalId]/packet": { path: ({ arrivalId }) => `/en/arrivals/${arrivalId}/packet`, expected: staffPage(["caseworker"], "not-found") },
  "/[locale]/statistics": { path: () => "/en/statistics", expected: staffPage(["manager"]) },
  "/[locale]/worklist": { path: () => "/en/worklist", expected: staffPage(["caseworker", "otherCaseworker"]) },
  // A newcomer's page opens for whoever holds the link; staff are shown it with this arrival's link.
  "/[locale]/welcome/[token]": { path: ({ tokenOf }, visitor) => `/en/welcome/${tokenOf(visitor)}`, expected: everyone({ anonymous: "not-found" }) },
  "/api/welcome/[token]/packet": {
    path: ({ tokenOf }, visitor) => `/api/welcome/${tokenOf(visitor)}/packet?language=en`,
    expected: everyone({ anonymous: "not-found" }),
  },
  // The one-click unsubscribe's address opened in a browser: it shows the reminders on the newcomer's page.
  "/api/welcome/[token]/reminders": {
    path: ({ tokenOf }, visitor) => `/api/welcome/${tokenOf(visitor)}/reminders`,
    expected: everyone({ anonymous: "not-found" }),
  },
  "/api/arrivals/[arrivalId]/packets/[packetId]": {
    path: ({ arrivalId, packetId }) => `/api/arrivals/${arrivalId}/packets/${packetId}`,
    expected: staffApi(["caseworker"], "not-found"),
  },
  "/api/people/[arrivalId]/export": { path: ({ arrivalId }) => `/api/people/${arrivalId}/export`, expected: staffApi(["admin"]) },
  // The letterhead's logo is public like the letter it heads (the settings e2e test opens a real one); one that is not there is not found by anyone.
  "/api/logos/[municipalityId]/[digest]": {
    path: () => `/api/logos/00000000-0000-4000-8000-000000000000/${"0".repeat(64)}`,
    expected: Object.fromEntries(VISITORS.map((visitor) => [visitor, "not-found"])) as Record<TVisitor, TOutcome>,
  },
  "/api/audit": { path: () => "/api/audit?locale=da", expected: staffApi(["admin"]) },
  "/api/catalogue/xliff": { path: () => "/api/catalogue/xliff?language=uk", expected: staffApi(["admin"]) },
  "/api/worklist": { path: () => "/api/worklist?locale=en&section=thisWeek", expected: staffApi(["caseworker", "otherCaseworker"]) },
  "/api/statistics/[table]": { path: () => "/api/statistics/basis?locale=en", expected: staffApi(["manager"]) },
  "/api/auth/[...nextauth]": { path: () => "/api/auth/csrf", expected: everyone() },
};
const NOT_ROUTES = new Set(["/_global-error", "/_not-found"]);

type TSignInAs = (role: TDemoRole, municipality?: TDemoMunicipality) => Promise<void>;

/** The arrival the tables are about (Jonas, Herning), its packet and link; another arrival's link (Ahmad, Holbæk); a step of the catalogue. */
async function prepareContext(page: Page, signInAs: TSignInAs): Promise<TContext> {
  // The arrival the table is about (Jonas, Herning), its packet and link; another arrival's link (Ahmad, Holbæk).
  await signInAs("caseworker", "herning");
  await page.goto("/en/arrivals?q=jonas+muller");
  await page.getByRole("link", { name: "Jonas Müller" }).click();
  const arrivalId = page.url().split("/").at(-1)!;
  // A fresh link, whether or not an earlier test issued one (then it asks first).
  await page.goto(`/en/arrivals/${arrivalId}?confirm=reissue`);
  await page.getByRole("button", { name: /^(Issue link|Yes, issue a new link|Issue the new link only)$/ }).click();
  await page.waitForURL(/notice=link-issued/);
  const token = (await page.locator(".personal-link-url").first().textContent())!.trim().split("/").at(-1)!;
  await page.getByRole("radio", { name: "English" }).check();
  await page.getByRole("button", { name: "Generate welcome packet" }).click();
  const packetHref = (await page.locator('a[href*="/packets/"]').first().getAttribute("href"))!;
  const packetId = packetHref.split("/").at(-1)!;
  await page.goto("/en/arrivals?q=mateo");
  await page.getByRole("link", { name: /Mateo/ }).first().click();
  const otherArrivalId = page.url().split("/").at(-1)!;
  await signInAs("caseworker", "holbaek");
  await page.goto("/en/arrivals?q=ahmad");
  await page.getByRole("link", { name: /Ahmad/ }).first().click();
  await page.goto(`${page.url()}?confirm=reissue`);
  await page.getByRole("button", { name: /^(Issue link|Yes, issue a new link|Issue the new link only)$/ }).click();
  await page.waitForURL(/notice=link-issued/);
  const otherToken = (await page.locator(".personal-link-url").first().textContent())!.trim().split("/").at(-1)!;
  await signInAs("admin", "herning");
  await page.goto("/en/admin/catalogue");
  // The first step's German text page: /en/admin/catalogue/<step id>/de.
  const stepId = (await page.locator('a[href*="/admin/catalogue/"][href$="/de"]').first().getAttribute("href"))!.split("/").at(-2)!;
  await page.goto("/en/admin");
  const staffUserId = (await page.getByRole("link", { name: "Sagsbehandler Herning" }).getAttribute("href"))!.split("/").at(-1)!;
  await page.goto("/en/admin/settings");
  const officeId = (await page.locator('a[href*="/admin/settings/offices/"]').first().getAttribute("href"))!.split("/").at(-1)!;

  const publicPage = await (await page.request.get("/en/kommune/herning")).text();
  const stylesheetHref = /<link rel="stylesheet" href="([^"]+)"/.exec(publicPage)![1]!;

  return {
    arrivalId,
    otherArrivalId,
    packetId,
    stylesheetHref,
    stepId,
    staffUserId,
    officeId,
    // The anonymous visitor holds no link: one that cannot be anybody's (not counted as a guess, so the
    // other tests' newcomers, on the same address, stay under the wrong-link limit).
    tokenOf: (visitor) => (visitor === "otherNewcomer" ? otherToken : visitor === "anonymous" ? "no-such-link" : token),
  };
}

async function outcomeOf(page: Page, url: string): Promise<TOutcome> {
  // Route handlers send files (a PDF, a CSV, a font): asked for with the page's cookies, not navigated to.
  const response = url.startsWith("/api/") || url.startsWith("/styles/fonts/") ? await page.request.get(url) : await page.goto(url);
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

  const context = await prepareContext(page, signInAs);
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

/** A file field, as a browser posts one. */
type TFilePart = { name: string; mimeType: string; buffer: Buffer };
/** A form's fields as a browser posts them: several boxes of one name post a value each. */
type TPostedFields = Record<string, string | string[] | TFilePart>;

function asMultipart(fields: TPostedFields): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === "string") body.append(name, value);
    else if (Array.isArray(value)) for (const each of value) body.append(name, each);
    else body.append(name, new Blob([new Uint8Array(value.buffer)], { type: value.mimeType }), value.name);
  }
  return body;
}
type TActionAnswer = { status: number; location: URL | null; body: string; tab: Page };
/** The routes' context, and arrivals made for the erasure row to erase and the deletion row to delete. */
type TActionContext = TContext & {
  erasableId: string;
  deletableId: string;
  mergeable: { keptId: string; otherId: string };
  /** A household with a child, whose CPR registration the member-CPR row records. */
  familyId: string;
  newUser: { id: string; setupToken: string };
  newOfficeId: string;
  confirmEmailToken: string;
};
type TActionRow = {
  /** The page whose form calls the action (the form posts back to it), as the visitor would have it. */
  formPage: (context: TActionContext, visitor: TVisitor) => string;
  /** Who is shown the form: its fields, as they are shown, are what every visitor posts. */
  formOwner: TVisitor;
  fields: (html: string, context: TActionContext, visitor: TVisitor) => TPostedFields | null;
  /** Answers other than "sign in" and "access denied": what this action's success and its refusal look like. */
  judge: (answer: TActionAnswer) => Promise<TOutcome | null> | TOutcome | null;
  expected: Record<TVisitor, TOutcome>;
};

const SAVED_ARRIVAL = /^\/en\/arrivals\/[0-9a-f-]{36}$/;
/** An arrival action refused for another municipality's arrival sends the caseworker back to their list, as a page would answer 404. */
const arrivalNotice =
  (notice: string) =>
  ({ location }: TActionAnswer) =>
    location?.searchParams.get("notice") === notice ? "ok" : location?.pathname === "/en/arrivals" ? "not-found" : null;

// In this order: the link actions last, as they end the link the newcomer rows use.
const ACTIONS: Record<string, TActionRow> = {
  // The newcomer page's three forms post to the page's own address (a route handler: the page has no JavaScript).
  "POST /[locale]/welcome/[token]: a tick": {
    formPage: ({ tokenOf }, visitor) => `/en/welcome/${tokenOf(visitor)}`,
    formOwner: "newcomer",
    fields: (html) => {
      const form = hiddenFieldsOf(html, "form.checklist-form");
      return form && { ...form, toggle: "cpr-registration:yes" };
    },
    // The tick sends the newcomer back to their page, which opens only for a link that works.
    judge: async ({ status, location, tab }) => {
      if (status !== 303 || !location) return null;
      const page = await tab.request.get(`${location.pathname}${location.search}`);
      return page.status() === 200 ? "ok" : page.status() === 404 ? "not-found" : null;
    },
    expected: everyone({ anonymous: "not-found" }),
  },
  // Jonas has an e-mail address in the demo: his page offers reminders.
  "POST /[locale]/welcome/[token]: reminders on or off": {
    formPage: ({ tokenOf }, visitor) => `/en/welcome/${tokenOf(visitor)}`,
    formOwner: "newcomer",
    fields: (html) => hiddenFieldsOf(html, ".reminders-panel form"),
    judge: async ({ status, location, tab }) => {
      if (status !== 303 || !location) return null;
      const page = await tab.request.get(`${location.pathname}${location.search}`);
      return page.status() === 200 ? "ok" : page.status() === 404 ? "not-found" : null;
    },
    expected: everyone({ anonymous: "not-found" }),
  },
  // A made-up address, refused before anything is sent; the link decides who may ask at all.
  "POST /[locale]/welcome/[token]: another e-mail address": {
    formPage: ({ tokenOf }, visitor) => `/en/welcome/${tokenOf(visitor)}`,
    formOwner: "newcomer",
    fields: (html, _context, visitor) => {
      const form = hiddenFieldsOf(html, "form.email-change-form");
      return form && { ...form, email: `matrix-${visitor}@example.org` };
    },
    judge: async ({ status, location, tab }) => {
      if (status !== 303 || !location) return null;
      const outcome = location.searchParams.get("reminders");
      if (outcome === "invalid") return "not-found";
      const page = await tab.request.get(`${location.pathname}${location.search}`);
      // Asked for: sent, or refused by the three-a-day limit (the table's visitors share one household).
      return (outcome === "email-sent" || outcome === "email-too-many") && page.status() === 200 ? "ok" : page.status() === 404 ? "not-found" : null;
    },
    expected: everyone({ anonymous: "not-found" }),
  },
  // The confirmation link is the key, whoever opens it: the first post confirms, the later ones find it used.
  "lib/reminders/confirm-email-actions.ts#confirmEmailChangeAction": {
    formPage: ({ confirmEmailToken }) => `/en/confirm-email/${confirmEmailToken}`,
    formOwner: "anonymous",
    fields: (html) => hiddenFieldsOf(html, "main form"),
    judge: ({ status, location }) => (status === 303 && location?.pathname.startsWith("/en/confirm-email/") ? "ok" : null),
    expected: everyone(),
  },
  // After the tick above: the arrival page offers to record the CPR registration the newcomer ticked.
  "lib/arrivals/arrival-page-actions.ts#recordCprAction": {
    formPage: ({ arrivalId }) => `/en/arrivals/${arrivalId}`,
    formOwner: "caseworker",
    fields: (html) => formFieldsOf(html, "form.record-cpr"),
    judge: arrivalNotice("cpr-recorded"),
    expected: staffPage(["caseworker"], "not-found"),
  },
  "lib/arrivals/arrival-page-actions.ts#setArrivalRemindersAction": {
    formPage: ({ arrivalId }) => `/en/arrivals/${arrivalId}`,
    formOwner: "caseworker",
    fields: (html) => hiddenFieldsOf(html, "form.arrival-reminders-form"),
    judge: ({ location }) =>
      /^reminders-(on|off)$/.test(location?.searchParams.get("notice") ?? "") ? "ok" : arrivalNotice("")({ location } as TActionAnswer),
    expected: staffPage(["caseworker"], "not-found"),
  },
  // The assignee as shown: assigned again to the same caseworker.
  "lib/arrivals/arrival-page-actions.ts#assignArrivalAction": {
    formPage: ({ arrivalId }) => `/en/arrivals/${arrivalId}`,
    formOwner: "caseworker",
    fields: (html) => formFieldsOf(html, "form.arrival-assignment"),
    judge: arrivalNotice("assigned"),
    expected: staffPage(["caseworker"], "not-found"),
  },
  // The child's CPR registration, recorded with today's date: a second visitor's post finds it recorded.
  "lib/arrivals/arrival-page-actions.ts#recordMemberCprAction": {
    formPage: ({ familyId }) => `/en/arrivals/${familyId}`,
    formOwner: "caseworker",
    fields: (html) => formFieldsOf(html, "form.record-member-cpr"),
    judge: arrivalNotice("cpr-recorded"),
    expected: staffPage(["caseworker"], "not-found"),
  },
  // The first step's "Mark done": a second visitor's post finds it ticked already, and is told the same.
  "lib/progress/desk-tick-actions.ts#tickStepAtDeskAction": {
    formPage: ({ arrivalId }) => `/en/arrivals/${arrivalId}`,
    formOwner: "caseworker",
    fields: (html) => formFieldsOf(html, "form.desk-step-form"),
    judge: arrivalNotice("step-ticked"),
    expected: staffPage(["caseworker"], "not-found"),
  },
  "lib/notes/note-actions.ts#addArrivalNoteAction": {
    formPage: ({ arrivalId }) => `/en/arrivals/${arrivalId}`,
    formOwner: "caseworker",
    fields: (html, _context, visitor) => {
      const form = formFieldsOf(html, "form.note-form");
      return form && { ...form, text: `Access table: a note from ${visitor}` };
    },
    // Answered on the page itself (useActionState): the saved note, or the refusal another municipality's caseworker gets.
    judge: ({ status, body }) =>
      status === 200 && body.includes("The note is added.") ? "ok" : body.includes("This arrival does not exist in your municipality.") ? "not-found" : null,
    expected: staffPage(["caseworker"], "not-found"),
  },
  "lib/arrivals/arrival-page-actions.ts#generatePacketAction": {
    formPage: ({ arrivalId }) => `/en/arrivals/${arrivalId}`,
    formOwner: "caseworker",
    fields: (html) => {
      const form = hiddenFieldsOf(html, "form.packet-generate");
      return form && { ...form, language: "de" };
    },
    judge: ({ location }) =>
      /^packet-(generated|unchanged)$/.test(location?.searchParams.get("notice") ?? "") ? "ok" : arrivalNotice("")({ location } as TActionAnswer),
    expected: staffPage(["caseworker"], "not-found"),
  },
  "lib/arrivals/arrival-form-actions.ts#createArrivalAction": {
    formPage: () => "/en/arrivals/new",
    formOwner: "caseworker",
    fields: (html) => {
      const form = formFieldsOf(html, "form.arrival-form");
      return form && { ...form, ...VALID_ARRIVAL_FIELDS, familyName: `Adgangstabel-${Date.now().toString(36)}` };
    },
    judge: ({ status, location }) =>
      status === 303 && SAVED_ARRIVAL.test(location?.pathname ?? "") && location?.searchParams.get("saved") === "1" ? "ok" : null,
    expected: staffPage(["caseworker", "otherCaseworker"]),
  },
  "lib/arrivals/arrival-form-actions.ts#updateArrivalAction": {
    formPage: ({ arrivalId }) => `/en/arrivals/${arrivalId}/edit`,
    formOwner: "caseworker",
    fields: (html) => formFieldsOf(html, "form.arrival-form"),
    judge: ({ status, location, body }) =>
      status === 303 && SAVED_ARRIVAL.test(location?.pathname ?? "")
        ? "ok"
        : // Refused by the action, then the edit page itself answers as it does for another municipality's arrival.
          status === 404 || (status === 200 && body.includes("This arrival does not exist in your municipality."))
          ? "not-found"
          : null,
    expected: staffPage(["caseworker"], "not-found"),
  },
  "lib/catalogue/step-text-actions.ts#saveStepTextAction": {
    formPage: ({ stepId }) => `/en/admin/catalogue/${stepId}/de`,
    formOwner: "admin",
    fields: (html) => formFieldsOf(html, "form.step-text-form"),
    judge: ({ status, body }) => (status === 200 && body.includes("The text is saved.") ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  // The first step's Romanian text, shipped unreviewed, marked as reviewed (the other Romanian texts stay unreviewed).
  "lib/catalogue/review-actions.ts#markReviewedAction": {
    formPage: ({ stepId }) => `/en/admin/catalogue/${stepId}/ro`,
    formOwner: "admin",
    fields: (html) => hiddenFieldsOf(html, "form.mark-reviewed-form"),
    judge: ({ status, location }) =>
      status === 303 && /^\/en\/admin\/catalogue\/[0-9a-f-]{36}\/ro$/.test(location?.pathname ?? "") && location?.searchParams.get("reviewed") === "1"
        ? "ok"
        : null,
    expected: staffPage(["admin"]),
  },
  // The public page's German "what to bring" saved as it is.
  "lib/welcome/public-page-actions.ts#savePublicPageTextAction": {
    formPage: () => "/en/admin/catalogue/public-page/bring/de",
    formOwner: "admin",
    fields: (html) => formFieldsOf(html, "form.public-page-text-form"),
    judge: ({ status, body }) => (status === 200 && body.includes("The public page shows it within a few seconds.") ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  // The public page's Romanian "where to get help", shipped unreviewed, marked as reviewed.
  "lib/welcome/public-page-actions.ts#markPublicPageReviewedAction": {
    formPage: () => "/en/admin/catalogue/public-page/help/ro",
    formOwner: "admin",
    fields: (html) => hiddenFieldsOf(html, "form.mark-reviewed-form"),
    judge: ({ status, location }) =>
      status === 303 && location?.pathname === "/en/admin/catalogue/public-page/help/ro" && location?.searchParams.get("reviewed") === "1" ? "ok" : null,
    expected: staffPage(["admin"]),
  },
  // The file check changes nothing: every visitor posts a file that is not XLIFF, and the administrator is told so.
  "lib/catalogue/xliff/xliff-actions.ts#importXliffAction": {
    formPage: () => "/en/admin/catalogue/translations",
    formOwner: "admin",
    fields: (html) => {
      const form = formFieldsOf(html, "form.xliff-import-form");
      return form && { ...form, language: "uk", file: { name: "not-a-catalogue.xlf", mimeType: "application/xml", buffer: Buffer.from("<html/>") } };
    },
    judge: ({ status, body }) => (status === 200 && body.includes("This is not an XLIFF 2.0 file") ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  // The first step (CPR registration) saved as it is: its rules have no ticked residence bases, the one field posted more than once.
  "lib/catalogue/step-settings-actions.ts#saveStepSettingsAction": {
    formPage: ({ stepId }) => `/en/admin/catalogue/${stepId}`,
    formOwner: "admin",
    fields: (html) => formFieldsOf(html, "form.step-settings-form"),
    judge: ({ status, body }) => (status === 200 && body.includes("The step is saved.") ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  // A step of the municipality's own, added switched off: no other test's packet gains it.
  "lib/catalogue/step-settings-actions.ts#addLocalStepAction": {
    formPage: () => "/en/admin/catalogue/new",
    formOwner: "admin",
    fields: (html) => {
      const form = formFieldsOf(html, "form.step-settings-form");
      if (!form) return null;
      const { isActive: _on, ...off } = form;
      return { ...off, title: `Adgangstabel ${Date.now().toString(36)}`, body: "Et trin fra adgangstabellen." };
    },
    judge: ({ status, location }) =>
      status === 303 && /^\/en\/admin\/catalogue\/[0-9a-f-]{36}$/.test(location?.pathname ?? "") && location?.searchParams.get("added") === "1" ? "ok" : null,
    expected: staffPage(["admin"]),
  },
  "lib/auth/session-actions.ts#endUserSessionsAction": {
    formPage: () => "/en/admin",
    formOwner: "admin",
    // The front desk's sessions: no visitor of this table is signed in as them.
    fields: (html) => {
      const form = parse(html)
        .querySelectorAll("form.end-sessions-form")
        .find((candidate) => candidate.querySelector("button")?.getAttribute("aria-label")?.includes("Skranke"));
      return form ? hiddenFieldsOf(form.outerHTML, "form") : null;
    },
    judge: ({ status, body }) => (status === 200 && /sessions? ended|No session was active/.test(body) ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  "lib/municipalities/letterhead-actions.ts#saveLetterheadAction": {
    // The settings as shown: saved unchanged by the administrator (a new version, the same letterhead).
    formPage: () => "/en/admin/settings",
    formOwner: "admin",
    fields: (html) => formFieldsOf(html, "form.letterhead-form"),
    judge: ({ status, body }) => (status === 200 && body.includes("The settings are saved.") ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  "lib/legal/legal-settings-actions.ts#saveLegalSettingsAction": {
    // The statement's and notice's parts as shown: saved unchanged by the administrator.
    formPage: () => "/en/admin/settings",
    formOwner: "admin",
    fields: (html) => formFieldsOf(html, "form.legal-settings-form"),
    judge: ({ status, body }) => (status === 200 && body.includes("Saved. The pages show the change at once.") ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  "lib/municipalities/keeping-actions.ts#saveKeepingAction": {
    // The periods as shown: saved unchanged.
    formPage: () => "/en/admin/settings",
    formOwner: "admin",
    fields: (html) => formFieldsOf(html, "form.keeping-form"),
    // Answered on the page itself (useActionState): without JavaScript, the page with the saved note.
    judge: ({ status, body }) => (status === 200 && body.includes("The periods are saved.") ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  // A logo uploaded, then removed again: the other tests' packets keep the letterhead they expect.
  "lib/municipalities/logo-actions.ts#saveLogoAction": {
    formPage: () => "/en/admin/settings",
    formOwner: "admin",
    fields: (html) => {
      const form = formFieldsOf(html, "form.logo-form");
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#00620e"/></svg>`;
      return form && { ...form, logo: { name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from(svg) } };
    },
    judge: ({ location }) => (location?.searchParams.get("logo") === "saved" ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  "lib/municipalities/logo-actions.ts#removeLogoAction": {
    formPage: () => "/en/admin/settings",
    formOwner: "admin",
    fields: (html) => hiddenFieldsOf(html, "form.logo-remove"),
    judge: ({ location }) => (location?.searchParams.get("logo") === "removed" ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  // The languages as shown: saved unchanged.
  "lib/municipalities/language-actions.ts#saveOfferedLanguagesAction": {
    formPage: () => "/en/admin/settings",
    formOwner: "admin",
    fields: (html) => {
      const form = hiddenFieldsOf(html, "form.offered-languages-form");
      const languages = parse(html)
        .querySelectorAll("form.offered-languages-form input[name=languages][checked]")
        .map((box) => box.getAttribute("value") ?? "");
      return form && languages.length > 0 ? { ...form, languages } : null;
    },
    judge: ({ location }) => (location?.searchParams.get("languages") === "saved" ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  "lib/worklist/work-list-settings-actions.ts#saveWorkListSettingsAction": {
    formPage: () => "/en/admin/settings",
    formOwner: "admin",
    fields: (html) => formFieldsOf(html, "form.work-list-settings-form"),
    judge: ({ status, body }) => (status === 200 && body.includes("The work list settings are saved.") ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  "lib/reminders/reminder-days-actions.ts#saveReminderLeadDaysAction": {
    formPage: () => "/en/admin/settings",
    formOwner: "admin",
    fields: (html) => formFieldsOf(html, "form.reminder-days-form"),
    judge: ({ status, body }) => (status === 200 && body.includes("The reminder days are saved") ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  // The identity provider's form as shown (nothing set up): the administrator is told what to fill in.
  "lib/auth/sign-in-settings-actions.ts#saveIdentityProviderAction": {
    formPage: () => "/en/admin/settings",
    formOwner: "admin",
    fields: (html) => formFieldsOf(html, "form.identity-provider-form"),
    judge: ({ status, body }) => (status === 200 && body.includes("Check the fields marked below.") ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  // Switching passwords off with no provider set up is refused by the guard: the demo keeps its passwords.
  "lib/auth/sign-in-settings-actions.ts#setPasswordSignInAction": {
    formPage: () => "/en/admin/settings",
    formOwner: "admin",
    fields: (html) => hiddenFieldsOf(html, "form.password-sign-in"),
    judge: ({ location }) => (location?.searchParams.get("signIn") === "password-sign-in-needs-provider" ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  // The office rows act on an office made for them; the last one removes it.
  "lib/municipalities/office-actions.ts#saveOfficeAction": {
    formPage: ({ newOfficeId }) => `/en/admin/settings/offices/${newOfficeId}`,
    formOwner: "admin",
    fields: (html) => formFieldsOf(html, "form.office-form"),
    judge: ({ location }) => (location?.searchParams.get("notice") === "office-saved" ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  "lib/municipalities/office-actions.ts#moveOfficeAction": {
    formPage: () => "/en/admin/settings",
    formOwner: "admin",
    fields: (html, { newOfficeId }) => {
      const form = parse(html)
        .querySelectorAll("form.move-office")
        .find((candidate) => candidate.querySelector('input[name="officeId"]')?.getAttribute("value") === newOfficeId);
      return form ? hiddenFieldsOf(form.outerHTML, "form") : null;
    },
    judge: ({ location }) => (location?.searchParams.get("notice") === "office-moved" ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  "lib/municipalities/office-actions.ts#deleteOfficeAction": {
    formPage: ({ newOfficeId }) => `/en/admin/settings/offices/${newOfficeId}`,
    formOwner: "admin",
    fields: (html) => hiddenFieldsOf(html, "form.delete-office"),
    judge: ({ location }) => (location?.searchParams.get("notice") === "office-deleted" ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  "lib/users/user-actions.ts#createUserAction": {
    formPage: () => "/en/admin/users/new",
    formOwner: "admin",
    fields: (html, _context, visitor) => {
      const form = formFieldsOf(html, "form.new-user-form");
      return form && { ...form, name: `Adgangstabel ${visitor}`, email: `matrix-${visitor}-${Date.now().toString(36)}@herning.dk`, role: "CASEWORKER" };
    },
    judge: ({ status, body }) => (status === 200 && body.includes("is created") ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  "lib/users/user-actions.ts#changeRoleAction": {
    // The form as shown names the user's own role: allowed, it changes nothing.
    formPage: ({ newUser }) => `/en/admin/users/${newUser.id}`,
    formOwner: "admin",
    fields: (html) => formFieldsOf(html, "form.change-role"),
    judge: ({ location }) => (location?.searchParams.get("notice") === "unchanged" ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  "lib/users/set-password-actions.ts#setPasswordAction": {
    // Before the new link below (which ends this one). A password the rules refuse: the answer is the same for everyone, and the link stays unused.
    formPage: ({ newUser }) => `/en/set-password/${newUser.setupToken}`,
    formOwner: "anonymous",
    fields: (html) => {
      const form = hiddenFieldsOf(html, "form.set-password-form");
      return form && { ...form, password: "kort" };
    },
    judge: ({ status, body }) => (status === 200 && body.includes("The password is too short") ? "ok" : null),
    expected: everyone(),
  },
  "lib/users/user-actions.ts#newSetupLinkAction": {
    formPage: ({ newUser }) => `/en/admin/users/${newUser.id}`,
    formOwner: "admin",
    fields: (html) => hiddenFieldsOf(html, "form.new-setup-link"),
    judge: ({ status, body }) => (status === 200 && body.includes("A new link for") ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  // After the rows above: this one deactivates the user they act on.
  "lib/users/user-actions.ts#setUserActiveAction": {
    formPage: ({ newUser }) => `/en/admin/users/${newUser.id}`,
    formOwner: "admin",
    fields: (html) => hiddenFieldsOf(html, "form.set-user-active"),
    judge: ({ location }) => (location?.searchParams.get("notice") === "deactivated" ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  "lib/people/erase-actions.ts#eraseArrivalAction": {
    formPage: ({ erasableId }) => `/en/admin/people/${erasableId}?confirm=erase`,
    formOwner: "admin",
    fields: (html) => {
      const form = formFieldsOf(html, "form.erase-form");
      return form && { ...form, reason: "Request received by letter" };
    },
    judge: ({ status, location }) => (status === 303 && location?.pathname === "/en/admin/people" && location.searchParams.get("erased") === "1" ? "ok" : null),
    expected: staffPage(["admin"]),
  },
  // Two records of the test's own: the caseworker merges them; the other municipality's finds neither.
  "lib/arrivals/merge-arrivals-actions.ts#mergeArrivalsAction": {
    formPage: ({ mergeable }) => `/en/arrivals/${mergeable.keptId}/merge/${mergeable.otherId}`,
    formOwner: "caseworker",
    fields: (html) => {
      const form = formFieldsOf(html, "form.merge-form");
      return form && { ...form, confirmed: "yes" };
    },
    judge: ({ location, status }) =>
      location?.searchParams.get("notice") === "merged" ? "ok" : location?.pathname === "/en/arrivals" || status === 404 ? "not-found" : null,
    expected: staffPage(["caseworker"], "not-found"),
  },
  "lib/arrivals/delete-arrival-actions.ts#deleteArrivalAction": {
    formPage: ({ deletableId }) => `/en/arrivals/${deletableId}?confirm=delete`,
    formOwner: "caseworker",
    fields: (html) => {
      const form = formFieldsOf(html, "form.delete-arrival-form");
      return form && { ...form, reason: "Registered twice" };
    },
    judge: ({ status, location, body }) =>
      status === 303 && location?.pathname === "/en/arrivals" && location.searchParams.get("deleted") === "1"
        ? "ok"
        : // Refused by the action, then the arrival page itself answers as it does for another municipality's arrival.
          status === 404 || (status === 200 && body.includes("This record does not exist in your municipality"))
          ? "not-found"
          : null,
    expected: staffPage(["caseworker"], "not-found"),
  },
  "lib/arrivals/arrival-page-actions.ts#reissueLinkAction": {
    formPage: ({ arrivalId }) => `/en/arrivals/${arrivalId}?confirm=reissue`,
    formOwner: "caseworker",
    fields: (html) => hiddenFieldsOf(html, "form.link-reissue"),
    judge: arrivalNotice("link-issued"),
    expected: staffPage(["caseworker"], "not-found"),
  },
  "lib/arrivals/arrival-page-actions.ts#revokeLinkAction": {
    formPage: ({ arrivalId }) => `/en/arrivals/${arrivalId}?confirm=revoke`,
    formOwner: "caseworker",
    fields: (html) => hiddenFieldsOf(html, "form.link-revoke"),
    judge: arrivalNotice("link-revoked"),
    expected: staffPage(["caseworker"], "not-found"),
  },
};

async function actionOutcome(tab: Page, path: string, fields: TPostedFields, judge: TActionRow["judge"]): Promise<string> {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const response = await tab.request.post(path, { multipart: asMultipart(fields), headers: { Origin: origin }, maxRedirects: 0 });
  const header = response.headers().location;
  const location = header ? new URL(header, origin) : null;
  if (response.status() === 303 && location?.pathname.endsWith("/sign-in")) return "sign-in";
  if (response.status() === 303 && location?.pathname.endsWith("/access-denied")) return "denied";
  const body = await response.text();
  return (await judge({ status: response.status(), location, body, tab })) ?? `status ${response.status()} ${header ?? ""}`;
}

test("every server action and form post answers every kind of visitor as the access table says, and no action is missing from it", async ({
  browser,
  page,
  signInAs,
}) => {
  test.setTimeout(180_000);
  const manifest = JSON.parse(readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const actions = Object.values(manifest.node).map((action) => `${action.filename}#${action.exportedName}`);
  expect(actions.filter((action) => !(action in ACTIONS))).toEqual([]);

  const tabs = Object.fromEntries(await Promise.all(VISITORS.map(async (visitor) => [visitor, await visitorPage(browser, visitor)] as const))) as Record<
    TVisitor,
    Page
  >;
  // An arrival of its own for the erasure row: the others keep theirs.
  const erasableId = (await registerByPost(tabs.caseworker, { familyName: `Slettes-${Date.now().toString(36)}` })).split("/").at(-1)!;
  const deletableId = (await registerByPost(tabs.caseworker, { familyName: `Fejl-${Date.now().toString(36)}`, confirmDuplicate: "yes" })).split("/").at(-1)!;
  const familyId = (
    await registerByPost(tabs.caseworker, {
      familyName: `Familie-${Date.now().toString(36)}`,
      // Its name is near the other test records' (the same time stamp): saved as a separate household all the same.
      confirmDuplicate: "yes",
      "children.0.givenName": "Barn",
      "children.0.familyName": "Familie",
      "children.0.dateOfBirth": "2018-01-01",
    })
  )
    .split("/")
    .at(-1)!;
  const mergeable = {
    keptId: (await registerByPost(tabs.caseworker, { familyName: `Beholdes-${Date.now().toString(36)}`, confirmDuplicate: "yes" })).split("/").at(-1)!,
    otherId: (await registerByPost(tabs.caseworker, { familyName: `Sammenlaegges-${Date.now().toString(36)}`, confirmDuplicate: "yes" })).split("/").at(-1)!,
  };
  const baseContext = await prepareContext(page, signInAs);
  const context: TActionContext = {
    ...baseContext,
    erasableId,
    deletableId,
    mergeable,
    familyId,
    newUser: await createUserByPost(tabs.admin),
    newOfficeId: await createOfficeByPost(tabs.admin),
    confirmEmailToken: await emailChangeTokenByPost(tabs.newcomer, baseContext.tokenOf("newcomer")),
  };
  const differences: string[] = [];
  for (const [action, row] of Object.entries(ACTIONS)) {
    // The form as its owner is shown it; everyone posts what it holds (a refusal comes before any of it is used).
    const html = await (await tabs[row.formOwner].request.get(row.formPage(context, row.formOwner))).text();
    for (const visitor of VISITORS) {
      const fields = row.fields(html, context, visitor);
      if (!fields) {
        differences.push(`${action}: its form is not on ${row.formPage(context, row.formOwner)} (${html.slice(0, 300)})`);
        break;
      }
      const got = await actionOutcome(tabs[visitor], row.formPage(context, visitor), fields, row.judge);
      if (got !== row.expected[visitor]) differences.push(`${action} as ${visitor}: expected ${row.expected[visitor]}, got ${got}`);
    }
  }
  await Promise.all(Object.values(tabs).map((tab) => tab.context().close()));
  expect(differences).toEqual([]);
});

/** A staff user of their own for the user rows (one is deactivated), made as the administrator's form makes one. */
async function createUserByPost(admin: Page): Promise<{ id: string; setupToken: string }> {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const form = formFieldsOf(await (await admin.request.get("/en/admin/users/new")).text(), "form.new-user-form");
  const email = `matrix-user-${Date.now().toString(36)}@herning.dk`;
  const created = await admin.request.post("/en/admin/users/new", {
    multipart: { ...form, name: `Matrix ${email}`, email, role: "CASEWORKER" },
    headers: { Origin: origin },
  });
  const setupToken = parse(await created.text())
    .querySelector(".one-time-link .personal-link-url")
    ?.text.trim()
    .split("/")
    .at(-1);
  const list = parse(await (await admin.request.get("/en/admin")).text());
  const id = list
    .querySelectorAll("a")
    .find((link) => link.text === `Matrix ${email}`)
    ?.getAttribute("href")
    ?.split("/")
    .at(-1);
  if (!setupToken || !id) throw new Error("Could not create the matrix's own user");
  return { id, setupToken };
}

/** An office of its own for the office rows (the last removes it), made as the administrator's form makes one. */
/** A new address asked for on the newcomer's page, as their form posts it; the confirmation link's token is read from the e-mail in the mail catcher. */
async function emailChangeTokenByPost(newcomer: Page, token: string): Promise<string> {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const page = `/en/welcome/${token}`;
  const form = hiddenFieldsOf(await (await newcomer.request.get(page)).text(), "form.email-change-form");
  const address = `matrix-confirm-${Date.now().toString(36)}@example.org`;
  await newcomer.request.post(page, { multipart: { ...form, email: address }, headers: { Origin: origin }, maxRedirects: 0 });
  await expect.poll(async () => (await mailsTo(address)).length).toBe(1);
  const [mail] = await mailsTo(address);
  return /\/confirm-email\/([A-Za-z0-9_-]{43})/.exec(mail!.text ?? "")![1]!;
}

async function createOfficeByPost(admin: Page): Promise<string> {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const form = formFieldsOf(await (await admin.request.get("/en/admin/settings/offices/new")).text(), "form.office-form");
  const name = `Matrix-kontor ${Date.now().toString(36)}`;
  await admin.request.post("/en/admin/settings/offices/new", {
    multipart: { ...form, name, addressLine: "Torvet 1", postalCode: "7400", city: "Herning" },
    headers: { Origin: origin },
  });
  const settings = parse(await (await admin.request.get("/en/admin/settings")).text());
  const id = settings
    .querySelectorAll("a")
    .find((link) => link.getAttribute("aria-label") === `Edit ${name}`)
    ?.getAttribute("href")
    ?.split("/")
    .at(-1);
  if (!id) throw new Error("Could not create the matrix's own office");
  return id;
}
