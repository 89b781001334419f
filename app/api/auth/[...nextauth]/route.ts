import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { hasLocale } from "next-intl";
import { listEnabledIdentityProviders } from "@/lib/auth/identity-providers";
import { authOptionsWith } from "@/lib/auth/options";
import { db } from "@/lib/db";
import { routing, type TLocale } from "@/lib/i18n/routing";

/**
 * next-auth's routes, configured per request: the municipalities' identity providers are read
 * from the database, so a provider an administrator just set up works on every instance at once.
 * Sign-in errors are shown on the sign-in page in the language the person last used.
 */
async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  return NextAuth(request, context, authOptionsWith(await listEnabledIdentityProviders(db), signInLocaleOf(request)));
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
