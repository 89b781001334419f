import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { db } from "@/lib/db";
import type { TLocale } from "@/lib/i18n/routing";
import { logEvent } from "@/lib/log/log-event";
import { clientKeyFrom } from "@/lib/net/client-key";
import type { TAuthenticatedUser } from "./acting-user";
import { findStaffUserForIdentity, recordRefusedIdentity, signInThroughIdentityProvider } from "./identity-provider-sign-in";
import type { TEnabledIdentityProvider } from "./identity-providers";
import type { TIssuerEndpoints } from "./issuer-policy";
import { callbackUrlCookie, usesSecureCookies } from "./secure-cookies";
import { signInStaffUser } from "./sign-in";
import { SIGN_IN_RATE_LIMITED, SIGN_IN_UNAVAILABLE, SIGN_IN_UNKNOWN_IDENTITY } from "./sign-in-errors";
import { endStaffSession, resolveStaffSession, SESSION_MAX_AGE_SECONDS } from "./staff-sessions";

const SESSION_ENDED = "SESSION_ENDED";

type TClaims = Record<string, unknown>;

/**
 * A municipality's OpenID Connect provider as next-auth signs in with it (authorization code with
 * PKCE, state and nonce), at the endpoints its discovery document named and that passed the issuer
 * policy just now (lib/auth/issuer-policy.ts; the route handler checks them at every sign-in step).
 * Without them (next-auth's other routes) the provider is only listed, never contacted.
 */
function openIdProvider(provider: TEnabledIdentityProvider, endpoints: TIssuerEndpoints | undefined): OAuthConfig<TClaims> {
  return {
    id: provider.providerId,
    name: provider.municipalityName,
    type: "oauth",
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    authorization: { url: endpoints?.authorization, params: { scope: "openid email profile" } },
    token: endpoints?.token,
    userinfo: endpoints?.userinfo,
    jwks_endpoint: endpoints?.jwks,
    // Who the person is comes from Ankomst's own users (signIn and jwt below), never from the provider's claims alone.
    profile: (claims) => ({ id: String(claims.sub), email: typeof claims[provider.emailClaim] === "string" ? String(claims[provider.emailClaim]) : null }),
  };
}

type TToken = Parameters<NonNullable<NonNullable<NextAuthOptions["callbacks"]>["jwt"]>>[0]["token"];

/** The token names the user and their StaffSession; the rest is looked up on every request. */
function putUserOnToken(token: TToken, user: Pick<TAuthenticatedUser, "id" | "role" | "municipalityId">, sessionId: string): TToken {
  token.sub = user.id;
  token.role = user.role;
  token.municipalityId = user.municipalityId;
  token.sid = sessionId;
  return token;
}

/**
 * next-auth's configuration: password sign-in, and one OpenID Connect provider per municipality
 * that has one enabled (read from the database for each request to next-auth's routes, so every
 * app instance offers the same). `locale` is where sign-in errors are shown.
 */
export function authOptionsWith(
  identityProviders: TEnabledIdentityProvider[],
  locale: TLocale,
  checkedEndpoints: ReadonlyMap<string, TIssuerEndpoints> = new Map(),
): NextAuthOptions {
  const providerOf = (id: string | undefined) => identityProviders.find((provider) => provider.providerId === id);
  return {
    // The cookie only names a StaffSession (lib/auth/staff-sessions.ts); the database decides whether it is alive.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    // httpOnly and SameSite=Lax always; Secure and the __Secure- prefix whenever the app is served over HTTPS.
    useSecureCookies: usesSecureCookies(),
    cookies: { callbackUrl: callbackUrlCookie() },
    pages: { signIn: `/${locale}/sign-in`, error: `/${locale}/sign-in` },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          let result: Awaited<ReturnType<typeof signInStaffUser>>;
          try {
            result = await signInStaffUser(db, { credentials, clientKey: clientKeyFrom(request?.headers) });
          } catch (error) {
            // next-auth shows a thrown message to the user: the cause goes to the log, a code to the form.
            logEvent("error", "auth.sign-in-unavailable", { error });
            throw new Error(SIGN_IN_UNAVAILABLE);
          }
          // next-auth hands a thrown error's message to the client, which translates this code.
          if (result.status === "refused") throw new Error(SIGN_IN_RATE_LIMITED);
          if (result.status === "failed") return null;
          return { ...result.user, sessionId: result.sessionId };
        },
      }),
      ...identityProviders.map((provider) => openIdProvider(provider, checkedEndpoints.get(provider.providerId))),
    ],
    // A cookie of an ended session is a normal event, not a server error in the log.
    logger: {
      error(code, metadata) {
        const message = metadata instanceof Error ? metadata.message : (metadata as { message?: unknown } | undefined)?.message;
        if (code === "JWT_SESSION_ERROR" && message === SESSION_ENDED) return;
        logEvent("error", `next-auth.${code}`, { metadata });
      },
      warn(code) {
        logEvent("warn", `next-auth.${code}`, {});
      },
      debug() {},
    },
    events: {
      async signOut({ token }) {
        if (token?.sub && token.sid) await endStaffSession(db, { sessionId: token.sid, userId: token.sub });
      },
    },
    callbacks: {
      // Only someone an administrator created in the provider's municipality gets in; anyone else is sent back with a reason.
      async signIn({ account, profile }) {
        if (account?.type !== "oauth") return true;
        const provider = providerOf(account.provider);
        if (!provider) return false;
        const email = (profile as TClaims | undefined)?.[provider.emailClaim];
        const found = await findStaffUserForIdentity(db, { municipalityId: provider.municipalityId, email });
        if (found.status === "known") return true;
        await recordRefusedIdentity(db, { municipalityId: provider.municipalityId, email, providerId: provider.providerId });
        return `/${locale}/sign-in?error=${SIGN_IN_UNKNOWN_IDENTITY}`;
      },
      async jwt({ token, user, account, profile }) {
        if (account?.type === "oauth") {
          const provider = providerOf(account.provider);
          const email = (profile as TClaims | undefined)?.[provider?.emailClaim ?? "email"];
          const signedIn =
            provider && (await signInThroughIdentityProvider(db, { municipalityId: provider.municipalityId, email, providerId: provider.providerId }));
          // Deactivated between the check above and now: next-auth sends the person to the sign-in page's error.
          if (!signedIn) throw new Error(SIGN_IN_UNKNOWN_IDENTITY);
          return putUserOnToken(token, signedIn.user, signedIn.sessionId);
        }
        if (user?.role && user.municipalityId && user.sessionId) {
          return putUserOnToken(token, { id: user.id, role: user.role, municipalityId: user.municipalityId }, user.sessionId);
        }
        // A cookie read back (GET /api/auth/session): it speaks for a person only while its StaffSession
        // lives. Thrown, next-auth answers as signed out ({}) and clears the cookie instead of renewing it.
        const isAlive =
          typeof token.sub === "string" && typeof token.sid === "string" && (await resolveStaffSession(db, { sessionId: token.sid, userId: token.sub }));
        if (!isAlive) throw new Error(SESSION_ENDED);
        return token;
      },
      session({ session, token }) {
        if (token.sub && token.role && token.municipalityId) {
          session.user = { ...session.user, id: token.sub, role: token.role, municipalityId: token.municipalityId };
        }
        return session;
      },
    },
  };
}
