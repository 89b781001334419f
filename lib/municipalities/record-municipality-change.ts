import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Every change an administrator makes to their municipality's settings is audited as one kind of
 * event, its part and details in the metadata. A change the packets show (letterhead, offices)
 * also raises the version packets are cached by, so the next packet is made anew.
 */
export async function recordMunicipalityChange(
  tx: Prisma.TransactionClient,
  options: { admin: TActingUser; isShownInPackets: boolean; metadata: Prisma.InputJsonObject },
): Promise<void> {
  const { admin } = options;
  if (options.isShownInPackets) await tx.municipality.update({ where: { id: admin.municipalityId }, data: { catalogueRevision: { increment: 1 } } });
  await auditAs(tx, admin, {
    action: "municipality.update",
    entityType: "municipality",
    entityId: admin.municipalityId,
    metadata: options.metadata,
  });
}
