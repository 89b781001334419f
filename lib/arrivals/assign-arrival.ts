import { z } from "zod";
import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { arrivalVisibleTo } from "./arrival-visibility";

export const ZAssignArrivalInput = z.object({ arrivalId: z.uuid(), assigneeId: z.uuid() });
export type TAssignArrivalInput = z.infer<typeof ZAssignArrivalInput>;

/** The caseworkers an arrival can be assigned to: the municipality's active ones, by name. */
export async function listAssignableCaseworkers(db: PrismaClient, user: Pick<TActingUser, "municipalityId">) {
  return db.user.findMany({
    where: { municipalityId: user.municipalityId, role: "CASEWORKER", disabledAt: null },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true },
  });
}

export type TAssignOutcome = "assigned" | "unchanged" | "not-found" | "not-assignable";

/**
 * Assigns an arrival of the user's municipality to one of its active caseworkers; audited with who
 * had it before. Another municipality's arrival is "not-found"; a manager, an administrator, a
 * disabled user or another municipality's caseworker is "not-assignable". Nothing changes then.
 */
export async function assignArrival(db: PrismaClient, options: { user: TActingUser; input: TAssignArrivalInput }): Promise<TAssignOutcome> {
  const { user, input } = options;
  return db.$transaction(async (tx) => {
    const arrival = await tx.arrival.findFirst({ where: { id: input.arrivalId, ...arrivalVisibleTo(user) }, select: { id: true, assignedToId: true } });
    if (!arrival) return "not-found";
    const assignee = await tx.user.findFirst({
      where: { id: input.assigneeId, municipalityId: user.municipalityId, role: "CASEWORKER", disabledAt: null },
      select: { id: true },
    });
    if (!assignee) return "not-assignable";
    if (arrival.assignedToId === assignee.id) return "unchanged";
    await tx.arrival.update({ where: { id: arrival.id }, data: { assignedToId: assignee.id } });
    await auditAs(tx, user, {
      action: "arrival.assign",
      entityType: "arrival",
      entityId: arrival.id,
      metadata: { from: arrival.assignedToId, to: assignee.id },
    });
    return "assigned";
  });
}
