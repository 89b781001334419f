import { z } from "zod";
import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import { danishDayOf, fromIsoDate, isCalendarDate, toIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import { refreshStoredSteps } from "@/lib/steps/stored-steps";
import { arrivalVisibleTo } from "./arrival-visibility";

export const ZRecordMemberCprInput = z.object({
  arrivalId: z.uuid(),
  memberId: z.uuid(),
  registeredOn: z.string().trim().refine(isCalendarDate),
});
export type TRecordMemberCprInput = z.infer<typeof ZRecordMemberCprInput>;

export type TRecordMemberCprOutcome = "recorded" | "already-recorded" | "date-invalid" | "not-found";

/**
 * Records that the spouse or a child is registered in CPR, with the day: that person's CPR step is
 * then done and leaves their checklist, the packet and the work list. Not before the person was
 * born, not after today; idempotent; the arrival's version goes up, so an older edit form is refused.
 */
export async function recordMemberCpr(
  db: PrismaClient,
  options: { user: TActingUser; input: TRecordMemberCprInput; now?: Date },
): Promise<TRecordMemberCprOutcome> {
  const { user, input } = options;
  return db.$transaction(async (tx) => {
    const member = await tx.householdMember.findFirst({
      where: { id: input.memberId, arrivalId: input.arrivalId, arrival: arrivalVisibleTo(user) },
      select: { id: true, dateOfBirth: true, cprRegisteredOn: true, arrival: { select: { version: true } } },
    });
    if (!member) return "not-found";
    if (member.cprRegisteredOn) return "already-recorded";
    const isAfterBirth = !member.dateOfBirth || input.registeredOn >= toIsoDate(member.dateOfBirth);
    if (input.registeredOn > danishDayOf(options.now ?? new Date()) || !isAfterBirth) return "date-invalid";
    await tx.householdMember.update({ where: { id: member.id }, data: { cprRegisteredOn: fromIsoDate(input.registeredOn) } });
    await tx.arrival.update({ where: { id: input.arrivalId }, data: { lastWorkedById: user.id, version: { increment: 1 } } });
    await refreshStoredSteps(tx, input.arrivalId);
    await auditAs(tx, user, {
      action: "arrival.update",
      entityType: "arrival",
      entityId: input.arrivalId,
      metadata: { version: member.arrival.version + 1, fields: ["householdMember.cprRegisteredOn"], householdMemberId: member.id },
    });
    return "recorded";
  });
}
