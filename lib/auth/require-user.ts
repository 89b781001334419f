import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { redirect } from "@/lib/i18n/navigation";
import type { TSessionUser } from "./acting-user";
import { usesSecureCookies } from "./secure-cookies";
import { resolveStaffSession } from "./staff-sessions";

/**
 * The signed-in user as the database knows them now: a disabled user, a changed role, an ended or
 * idle session count at once.
 * The session token is only decrypted and checked (next-auth's decode), not re-issued: pages and
 * route handlers cannot set cookies anyway, and getServerSession's full session round costs about
 * a tenth of a staff page's time.
 */
export const getCurrentUser = cache(async (): Promise<TSessionUser | null> => {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  const secret = process.env.NEXTAUTH_SECRET;
  // decode checks the encryption and the expiry; a bad or expired token is no session.
  const token = raw && secret ? await decode({ token: raw, secret }).catch(() => null) : null;
  if (!token?.sub || !token.sid) return null;
  return resolveStaffSession(db, { sessionId: token.sid, userId: token.sub });
});

/** next-auth's session cookie: with the __Secure- prefix when the app is served over HTTPS, as next-auth names it. */
function sessionCookieName(): string {
  return usesSecureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/**
 * The first line of every staff page, server action and route handler.
 * Not signed in: to the sign-in page. Wrong role: to the access-denied page.
 */
export async function requireUser(options: { role?: Role | readonly Role[] } = {}): Promise<TSessionUser> {
  const user = await getCurrentUser();
  const locale = await getLocale();
  if (!user) return redirect({ href: "/sign-in", locale });
  const allowed = options.role === undefined ? undefined : ([] as Role[]).concat(options.role);
  if (allowed && !allowed.includes(user.role)) return redirect({ href: "/access-denied", locale });
  return user;
}
