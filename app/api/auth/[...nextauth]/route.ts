import { type NextRequest, NextResponse } from "next/server";
import NextAuth from "next-auth";
import { hasLocale } from "next-intl";
import { appUrl } from "@/lib/app-url";
import { listEnabledIdentityProviders, type TEnabledIdentityProvider } from "@/lib/auth/identity-providers";
import { discoverIssuer, type TIssuerEndpoints } from "@/lib/auth/issuer-policy";
import { authOptionsWith } from "@/lib/auth/options";
import { callbackUrlCookie } from "@/lib/auth/secure-cookies";
import { SIGN_IN_UNAVAILABLE } from "@/lib/auth/sign-in-errors";
import { db } from "@/lib/db";
import { routing, type TLocale } from "@/lib/i18n/routing";
import { logEvent } from "@/lib/log/log-event";

type TContext = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth's routes, configured per request: the municipalities' identity providers are read
 * from the database, so a provider an administrator just set up works on every instance at once.
 * A sign-in step through a provider (its start and its callback) first checks the provider's
 * discovery document again against the issuer policy, and signs in only at the endpoints it names;
 * a provider that fails the check sends the person back to the sign-in page. Sign-in errors are
 * shown on the sign-in page in the language the person last used.
 */
async function handler(request: NextRequest, context: TContext): Promise<Response> {
  const [action, providerId] = (await context.params).nextauth;
  // Password sign-in is a POST: a GET of its callback is a client's mistake, not a failure of ours.
  if (action === "callback" && providerId === "credentials" && request.method !== "POST") {
    return new Response("Method not allowed.", { status: 405, headers: { Allow: "POST", "Cache-Control": "no-store" } });
  }
  const callbackUrls = await callbackUrlsOf(request);
  if (!callbackUrls.every((value) => isOwnAddress(value, request.nextUrl.origin) || isOwnAddress(value, new URL(appUrl()).origin))) {
    return new Response("The callback address is not one of Ankomst's.", { status: 400 });
  }
  const locale = signInLocaleOf(request, callbackUrls[0]);
  const providers = await listEnabledIdentityProviders(db);
  const provider = (action === "signin" || action === "callback") && providers.find((candidate) => candidate.providerId === providerId);
  const checkedEndpoints = new Map<string, TIssuerEndpoints>();
  if (provider) {
    const endpoints = await discoverIssuer(provider.issuer);
    if (!endpoints) return refusedProvider(request, provider, locale);
    checkedEndpoints.set(provider.providerId, endpoints);
  }
  return NextAuth(request, context, authOptionsWith(providers, locale, checkedEndpoints));
}

function refusedProvider(request: NextRequest, provider: TEnabledIdentityProvider, locale: TLocale): Response {
  logEvent("warn", "auth.identity-provider-refused", { provider: provider.providerId, issuer: provider.issuer });
  // The public address, as next-auth's own redirects use (NEXTAUTH_URL), not the host Next.js listens on.
  const target = new URL(`/${locale}/sign-in?error=${SIGN_IN_UNAVAILABLE}`, appUrl());
  // next-auth's client asks for JSON when it starts a sign-in; a browser following the callback gets a redirect.
  if (request.method === "POST") return NextResponse.json({ url: target.toString() });
  return NextResponse.redirect(target, 302);
}

/**
 * The callbackUrl of a request, in the query or a posted form. It must be a path of this site or
 * an address on its origin: next-auth refuses others deep inside with a 500 (or fails setting a
 * Location header it cannot encode).
 */
async function callbackUrlsOf(request: NextRequest): Promise<string[]> {
  const isForm = request.method === "POST" && (request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded");
  const posted = isForm
    ? (
        await request
          .clone()
          .formData()
          .catch(() => null)
      )?.get("callbackUrl")
    : null;
  return [request.nextUrl.searchParams.get("callbackUrl"), typeof posted === "string" ? posted : null].filter((value) => value !== null);
}

function isOwnAddress(value: string, origin: string): boolean {
  // Printable ASCII only, as an address a browser sends is (percent-encoded): a Location header cannot carry more.
  if (!/^[!-~]*$/.test(value) || value.includes("\\")) return false;
  if (value.startsWith("/")) return !value.startsWith("//") && URL.canParse(value, origin);
  return URL.canParse(value) && new URL(value).origin === origin;
}

/** The language of the page sign-in started from: its address comes with the request, or next-auth keeps it in a cookie for the return. */
function signInLocaleOf(request: NextRequest, requestedCallbackUrl: string | undefined): TLocale {
  const callbackUrl = requestedCallbackUrl ?? request.cookies.get(callbackUrlCookie().name)?.value;
  const fromCallback =
    callbackUrl && URL.canParse(callbackUrl, request.nextUrl.origin) ? new URL(callbackUrl, request.nextUrl.origin).pathname.split("/")[1] : undefined;
  const candidate = fromCallback ?? request.cookies.get("NEXT_LOCALE")?.value;
  return hasLocale(routing.locales, candidate) ? candidate : routing.defaultLocale;
}

export { handler as GET, handler as POST };
