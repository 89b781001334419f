import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

function scriptSources(policy: string | undefined): string {
  return policy?.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
}

/** Every CSP violation the browser reports while the test runs. */
function collectViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("every page sends the security headers (no framing, no sniffing, no referrer abroad); every page carries a fresh script nonce, none 'unsafe-inline', and the pages sent without JavaScript have no script", async ({
  request,
  page,
  signInAs,
}) => {
  const plain = await request.get("/da/access-denied");
  const headers = plain.headers();
  expect(headers).toMatchObject({
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "strict-transport-security": "max-age=31536000; includeSubDomains",
  });
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(scriptSources(headers["content-security-policy"])).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(scriptSources(headers["content-security-policy"])).not.toContain("unsafe-inline");

  // A HEAD answers with the page's headers.
  const head = await request.head("/da/access-denied");
  expect(head.status()).toBe(200);
  expect(head.headers()["x-frame-options"]).toBe("DENY");

  // The public page is a route handler's HTML without scripts, under the same policy.
  const publicPage = await request.get("/en/kommune/herning");
  const publicHtml = await publicPage.text();
  expect(publicHtml).not.toContain("<script");
  // It names itself in the site's other languages (search engines), with the configured address, never the request's Host.
  expect(publicHtml).toContain(`<link rel="alternate" hrefLang="da" href="${new URL(publicPage.url()).origin}/da/kommune/herning"/>`);
  expect(publicHtml).toContain('hrefLang="x-default"');
  expect(publicPage.headers()["x-frame-options"]).toBe("DENY");
  expect(scriptSources(publicPage.headers()["content-security-policy"])).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);

  const violations = collectViolations(page);
  await signInAs("caseworker", "herning");
  const dynamic = await page.goto("/en/arrivals?q=jonas");
  const policy = dynamic!.headers()["content-security-policy"];
  expect(scriptSources(policy)).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(scriptSources(policy)).not.toContain("unsafe-inline");
  // Two views, two nonces.
  const again = await page.goto("/en/arrivals?q=jonas");
  expect(again!.headers()["content-security-policy"]).not.toBe(policy);

  // The pages work with the policy on: the interactive form, the public page.
  await page.goto("/en/arrivals/new");
  await page.getByRole("button", { name: "Add a child" }).click();
  await expect(page.locator("#children\\.0\\.givenName")).toBeFocused();
  await page.goto("/en/kommune/herning");
  await page.goto("/da/sign-in");
  expect(violations).toEqual([]);
});
