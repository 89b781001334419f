import { SESSION_IDLE_SECONDS } from "@/lib/auth/staff-sessions";
import type { PrismaClient } from "@/lib/db-client";

export async function listMunicipalityUsers(db: PrismaClient, options: { municipalityId: string; now?: Date }) {
  const now = options.now ?? new Date();
  const live = { endedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_SECONDS * 1000) } };
  return db.user.findMany({
    where: { municipalityId: options.municipalityId },
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, disabledAt: true, _count: { select: { sessions: { where: live } } } },
  });
}
