import type { PrismaClient } from "@/lib/db-client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

type TActingUser = { id: string; municipalityId: string };

/** Newest arrivals of the acting user's municipality; the list view is itself an audited read. */
export async function listRecentArrivals(db: PrismaClient, options: { user: TActingUser; take?: number }) {
  const arrivals = await db.arrival.findMany({
    where: { municipalityId: options.user.municipalityId, anonymisedAt: null },
    orderBy: [{ arrivalDate: "desc" }, { createdAt: "desc" }],
    take: options.take ?? 50,
    select: {
      id: true,
      givenName: true,
      familyName: true,
      nationality: true,
      arrivalDate: true,
      residenceBasis: true,
      _count: { select: { householdMembers: true } },
    },
  });
  await recordAuditEvent(db, {
    municipalityId: options.user.municipalityId,
    actorUserId: options.user.id,
    action: "arrival.list",
    entityType: "arrival",
    metadata: { count: arrivals.length },
  });
  return arrivals;
}
