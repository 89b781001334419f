import { SESSION_IDLE_SECONDS } from "@/lib/auth/staff-sessions";
import type { PrismaClient } from "@/lib/db-client";

export async function listMunicipalityUsers(db: PrismaClient, options: { municipalityId: string; now?: Date }) {
  const now = options.now ?? new Date();
  const live = { endedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_SECONDS * 1000) } };
  const users = await db.user.findMany({
    where: { municipalityId: options.municipalityId },
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, disabledAt: true, passwordHash: true, _count: { select: { sessions: { where: live } } } },
  });
  return users.map(({ passwordHash, ...user }) => ({ ...user, hasPassword: passwordHash !== null }));
}

/** One user of the municipality for the administrator's page (whether a password is set, never the hash). */
export async function getMunicipalityUser(db: PrismaClient, options: { municipalityId: string; userId: string }) {
  const user = await db.user.findFirst({
    where: { id: options.userId, municipalityId: options.municipalityId },
    select: { id: true, name: true, email: true, role: true, disabledAt: true, passwordHash: true },
  });
  if (!user) return null;
  const { passwordHash, ...rest } = user;
  return { ...rest, hasPassword: passwordHash !== null };
}
