import { z } from "zod";
import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { isCleanText } from "@/lib/validation/text";
import { arrivalVisibleTo } from "./arrival-visibility";

/** Why a record registered by mistake is deleted: it stays in the audit log, so it may not name the person (checked apart). */
export const ZDeleteReason = z.string().trim().min(3, "reasonRequired").max(500, "reasonRequired").refine(isCleanText, "invalidCharacters");

/**
 * Deletes a record registered by mistake: the arrival and everything that hangs off it (household,
 * ticks, deadlines, links, packets, notes, reminders) go, so its personal data and its place in the
 * statistics go with it; the audit log keeps its rows about the record and gains one saying who
 * deleted it and why. False when it is not the caseworker's municipality's, or is anonymised.
 */
export async function deleteArrival(db: PrismaClient, options: { user: TActingUser; arrivalId: string; reason: string }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const arrival = await tx.arrival.findFirst({
      where: { id: options.arrivalId, ...arrivalVisibleTo(options.user) },
      select: { id: true, createdAt: true, createdById: true },
    });
    if (!arrival) return false;
    await auditAs(tx, options.user, {
      action: "arrival.delete",
      entityType: "arrival",
      entityId: arrival.id,
      metadata: { reason: options.reason, registeredAt: arrival.createdAt.toISOString(), registeredBy: arrival.createdById },
    });
    await tx.arrival.delete({ where: { id: arrival.id } });
    return true;
  });
}
