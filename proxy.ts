import { NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { appUrl } from "@/lib/app-url";
import { namesItsOwnLanguage } from "@/lib/i18n/language-in-address";
import { PUBLIC_PAGE_LANGUAGES } from "@/lib/i18n/languages";
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

// Locale negotiation, and a fresh nonce for the Content-Security-Policy of every page: Next.js
// reads it from the request's CSP header and puts it on every script it renders (its documented
// pattern; the pages are rendered per request for it). Authorization is checked by every page,
// action and route handler itself.
export default function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy({
    nonce,
    isDevelopment: process.env.NODE_ENV === "development",
    isHttps: request.nextUrl.protocol === "https:",
  });
  // Next.js reads the nonce from the request's CSP header and puts it on every script it renders.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  // The pages many people open (the public welcome pages, a newcomer's page and the e-mail
  // confirmation) name their language in the address, any of the site's, and render with it; the public ones name their other languages in their HTML
  // (hreflang links). Nothing for next-intl to negotiate.
  const response = namesItsOwnLanguage(request.nextUrl.pathname, PUBLIC_PAGE_LANGUAGES)
    ? NextResponse.next({ request: { headers } })
    : handleI18nRouting(new NextRequest(request, { headers }));
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
