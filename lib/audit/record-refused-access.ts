import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { auditAs } from "./record-audit-event";

/**
 * A staff member asked for an arrival that is not theirs to see (another municipality's, an
 * anonymised one, or an id that does not exist: the answer, and this record, are the same for all
 * three). Recorded in the asker's municipality's log, which is the one that answers for them.
 */
export async function recordRefusedAccess(
  db: Pick<PrismaClient, "auditEvent">,
  options: { user: TActingUser; arrivalId: string; purpose: string },
): Promise<void> {
  await auditAs(db, options.user, {
    action: "arrival.refused",
    entityType: "arrival",
    entityId: options.arrivalId,
    metadata: { purpose: options.purpose },
  });
}
