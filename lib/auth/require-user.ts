import "server-only";
import { getServerSession } from "next-auth";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { redirect } from "@/lib/i18n/navigation";
import { authOptions } from "./options";

export type TSessionUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  municipalityId: string;
  municipality: { name: string; slug: string };
};

/** The signed-in user as the database knows them now: a disabled user or changed role counts at once. */
export const getCurrentUser = cache(async (): Promise<TSessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return db.user.findFirst({
    where: { id: session.user.id, disabledAt: null },
    select: { id: true, name: true, email: true, role: true, municipalityId: true, municipality: { select: { name: true, slug: true } } },
  });
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
