import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { PrismaClient } from "@/lib/db-client";
import { AppError } from "@/lib/errors";
import type { TActingUser } from "./acting-user";
import { arrivalColumns, householdRows } from "./arrival-data";
import type { TArrivalForm } from "./schemas";

type TUpdateArrivalOptions = { user: TActingUser; arrivalId: string; form: TArrivalForm; expectedVersion: number };

/**
 * Saves an edit only if nobody saved the arrival since the editor read it (optimistic locking):
 * otherwise CONFLICT with the version now stored, never a silent overwrite.
 */
export async function updateArrival(db: PrismaClient, { user, arrivalId, form, expectedVersion }: TUpdateArrivalOptions): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const updated = await tx.arrival.updateMany({
      where: { id: arrivalId, municipalityId: user.municipalityId, version: expectedVersion, anonymisedAt: null },
      data: { ...arrivalColumns(form), version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const current = await tx.arrival.findFirst({ where: { id: arrivalId, municipalityId: user.municipalityId, anonymisedAt: null }, select: { version: true } });
      if (!current) throw new AppError("NOT_FOUND");
      throw new AppError("CONFLICT", String(current.version));
    }
    await tx.householdMember.deleteMany({ where: { arrivalId } });
    await tx.householdMember.createMany({ data: householdRows(form).map((row) => ({ ...row, arrivalId })) });
    await recordAuditEvent(tx, {
      municipalityId: user.municipalityId,
      actorUserId: user.id,
      action: "arrival.update",
      entityType: "arrival",
      entityId: arrivalId,
      metadata: { version: expectedVersion + 1 },
    });
    return { version: expectedVersion + 1 };
  });
}
