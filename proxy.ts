import { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { appUrl } from "@/lib/app-url";
import { routing } from "@/lib/i18n/routing";
import { withPublicOrigin } from "@/lib/net/alternate-links";
import { contentSecurityPolicy } from "@/lib/net/content-security-policy";

const handleI18nMiddleware = createMiddleware(routing);

/** next-intl's routing, its hreflang `Link` header pointing at the public address, never at the request's Host. */
function handleI18nRouting(request: NextRequest) {
  const response = handleI18nMiddleware(request);
  const link = response.headers.get("link");
  if (link) response.headers.set("link", withPublicOrigin(link, new URL(appUrl()).origin));
  return response;
}

// The pages rendered per request; the others (public welcome pages, access-denied) are
// served from cache and get a CSP with the hashes of their inline scripts from scripts/server/server.ts.
const PER_REQUEST_PAGES = new RegExp(`^/(${routing.locales.join("|")})(/(admin|arrivals|statistics|welcome|set-password|sign-in|confirm-email)(/.*)?)?/?$`);

// Locale negotiation, and the nonce for pages rendered per request. Authorization is checked by
// every page, action and route handler itself.
export default function proxy(request: NextRequest) {
  if (!PER_REQUEST_PAGES.test(request.nextUrl.pathname) && request.nextUrl.pathname !== "/") return handleI18nRouting(request);
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy({
    scripts: { nonce },
    isDevelopment: process.env.NODE_ENV === "development",
    isHttps: request.nextUrl.protocol === "https:",
  });
  // Next.js reads the nonce from the request's CSP header and puts it on every script it renders.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = handleI18nRouting(new NextRequest(request, { headers }));
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
