import "server-only";
import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
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
 * The session token is read with next-auth's getToken (its cookie name, chunks, decryption and
 * expiry are next-auth's), not re-issued: pages and route handlers cannot set cookies anyway, and
 * getServerSession's full session round costs about a tenth of a staff page's time.
 */
export const getCurrentUser = cache(async (): Promise<TSessionUser | null> => {
  // Read first, so every page that asks who is signed in is rendered per request.
  const cookieStore = await cookies();
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return null;
  // getToken reads the cookies of any object with getAll(), as the App Router's cookie store has.
  const request = { cookies: cookieStore, headers: {} } as unknown as NextRequest;
  const token = await getToken({ req: request, secret, secureCookie: usesSecureCookies() }).catch(() => null);
  if (!token?.sub || !token.sid) return null;
  return resolveStaffSession(db, { sessionId: token.sid, userId: token.sub });
});

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
