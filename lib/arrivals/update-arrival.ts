import { arrivalVisibleTo } from "@/lib/arrivals/arrival-visibility";
import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refreshStoredSteps } from "@/lib/steps/stored-steps";
import { markPacketOutdated } from "@/lib/worklist/packet-state";
import { arrivalColumns, householdRows, type THouseholdRow } from "./arrival-data";
import { findLikelyDuplicates } from "./find-likely-duplicates";
import type { TArrivalForm } from "./schemas";

type TUpdateArrivalOptions = {
  user: TActingUser;
  arrivalId: string;
  form: TArrivalForm;
  expectedVersion: number;
  /** The caseworker saw the likely duplicates and chose to save anyway. */
  isDuplicateConfirmed?: boolean;
};

export type TUpdateArrivalResult =
  | { status: "updated"; version: number }
  /** Someone saved since the editor read the arrival: nothing was written; this is the version now stored. */
  | { status: "conflict"; storedVersion: number }
  | { status: "likely-duplicate"; duplicates: Awaited<ReturnType<typeof findLikelyDuplicates>> };

/**
 * Saves an edit only if nobody saved the arrival since the editor read it (optimistic locking):
 * otherwise a conflict with the version now stored, never a silent overwrite.
 */
export async function updateArrival(db: PrismaClient, options: TUpdateArrivalOptions): Promise<TUpdateArrivalResult> {
  const { user, arrivalId, form, expectedVersion } = options;
  return db.$transaction(async (tx) => {
    const current = await tx.arrival.findFirst({
      where: { id: arrivalId, ...arrivalVisibleTo(user) },
      select: { version: true, searchName: true, dateOfBirth: true, householdMembers: { select: { id: true, kind: true } } },
    });
    if (!current) throw new AppError("NOT_FOUND");
    const members = householdRows(form, new Map(current.householdMembers.map((member) => [member.id, member.kind])));
    const columns = arrivalColumns(form);
    if (current.version !== expectedVersion) return { status: "conflict", storedVersion: current.version };

    // Only a change of name or birth date can make a new duplicate; an accepted one is not raised on every edit.
    const isIdentityChanged = current.searchName !== columns.searchName || current.dateOfBirth.getTime() !== columns.dateOfBirth.getTime();
    if (isIdentityChanged && !options.isDuplicateConfirmed) {
      const duplicates = await findLikelyDuplicates(tx, { user, ...form, excludeId: arrivalId });
      if (duplicates.length > 0) return { status: "likely-duplicate", duplicates };
    }

    // The version in the where also catches a save that committed since the read above.
    const updated = await tx.arrival.updateMany({
      where: { id: arrivalId, ...arrivalVisibleTo(user), version: expectedVersion },
      data: { ...columns, lastWorkedById: user.id, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const now = await tx.arrival.findFirst({ where: { id: arrivalId, ...arrivalVisibleTo(user) }, select: { version: true } });
      if (!now) throw new AppError("NOT_FOUND");
      return { status: "conflict", storedVersion: now.version };
    }
    await saveHousehold(tx, { arrivalId, stored: current.householdMembers, members });
    await refreshStoredSteps(tx, arrivalId);
    await markPacketOutdated(tx, { arrivalIds: [arrivalId] });
    await auditAs(tx, user, {
      action: "arrival.update",
      entityType: "arrival",
      entityId: arrivalId,
      metadata: { version: expectedVersion + 1 },
    });
    return { status: "updated", version: expectedVersion + 1 };
  });
}

/**
 * Writes the household as edited, person by person: a member still in the form is updated in
 * place, a new one inserted, one no longer there deleted (their ticks and reminders go with them).
 */
async function saveHousehold(tx: Prisma.TransactionClient, options: { arrivalId: string; stored: { id: string }[]; members: THouseholdRow[] }) {
  const { arrivalId, stored, members } = options;
  const storedIds = new Set(stored.map((member) => member.id));
  const keptIds = new Set(members.map((member) => member.id));
  const removed = stored.filter((member) => !keptIds.has(member.id)).map((member) => member.id);
  if (removed.length > 0) await tx.householdMember.deleteMany({ where: { arrivalId, id: { in: removed } } });
  for (const { id, ...row } of members.filter((member) => storedIds.has(member.id))) {
    await tx.householdMember.update({ where: { id, arrivalId }, data: row });
  }
  const added = members.filter((member) => !storedIds.has(member.id));
  if (added.length > 0) await tx.householdMember.createMany({ data: added.map((row) => ({ ...row, arrivalId })) });
}
