import { type NextRequest, NextResponse } from "next/server";
import NextAuth from "next-auth";
import { hasLocale } from "next-intl";
import { listEnabledIdentityProviders, type TEnabledIdentityProvider } from "@/lib/auth/identity-providers";
import { discoverIssuer, type TIssuerEndpoints } from "@/lib/auth/issuer-policy";
import { authOptionsWith } from "@/lib/auth/options";
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
  const locale = signInLocaleOf(request);
  const providers = await listEnabledIdentityProviders(db);
  const [action, providerId] = (await context.params).nextauth;
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
  const target = new URL(`/${locale}/sign-in?error=${SIGN_IN_UNAVAILABLE}`, request.nextUrl.origin);
  // next-auth's client asks for JSON when it starts a sign-in; a browser following the callback gets a redirect.
  if (request.method === "POST") return NextResponse.json({ url: target.toString() });
  return NextResponse.redirect(target, 302);
}

/** The language of the page sign-in started from: next-auth keeps its address in a cookie for the return. */
function signInLocaleOf(request: NextRequest): TLocale {
  const callbackUrl = request.cookies.get("__Secure-next-auth.callback-url")?.value ?? request.cookies.get("next-auth.callback-url")?.value;
  const fromCallback =
    callbackUrl && URL.canParse(callbackUrl, request.nextUrl.origin) ? new URL(callbackUrl, request.nextUrl.origin).pathname.split("/")[1] : undefined;
  const candidate = fromCallback ?? request.cookies.get("NEXT_LOCALE")?.value;
  return hasLocale(routing.locales, candidate) ? candidate : routing.defaultLocale;
}

export { handler as GET, handler as POST };
