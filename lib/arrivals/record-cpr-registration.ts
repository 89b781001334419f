import { z } from "zod";
import { arrivalVisibleTo } from "@/lib/arrivals/arrival-visibility";
import { auditAs } from "@/lib/audit/record-audit-event";
import type { TActingUser } from "@/lib/auth/acting-user";
import { danishDayOf, fromIsoDate, isCalendarDate, toIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import { AppError } from "@/lib/errors";
import { HOUSEHOLD_RECORD_SELECT } from "@/lib/packet/load-packet-input";
import { refreshStoredSteps } from "@/lib/steps/stored-steps";

/** The checklist step a newcomer ticks when they have their CPR number. */
export const CPR_STEP_ID = "cpr-registration";

export const ZRecordCprInput = z.object({
  arrivalId: z.uuid(),
  registeredOn: z.string().trim().refine(isCalendarDate, { error: "dateInvalid" }),
});

export type TRecordCprResult = { status: "recorded" | "already-recorded" } | { status: "date-invalid" };

/**
 * Records on the arrival that CPR registration is done, as the newcomer reported by ticking the
 * step: the caseworker confirms it with the date. Idempotent (a second confirmation changes
 * nothing). The step then no longer applies, so the record's applicable steps are recomputed, and
 * the version goes up, so an edit form opened before is refused rather than overwriting it.
 */
export async function recordCprRegistration(
  db: PrismaClient,
  options: { user: TActingUser; arrivalId: string; registeredOn: string },
): Promise<TRecordCprResult> {
  const { user, arrivalId, registeredOn } = options;
  return db.$transaction(async (tx) => {
    const arrival = await tx.arrival.findFirst({
      where: { id: arrivalId, ...arrivalVisibleTo(user) },
      select: { ...HOUSEHOLD_RECORD_SELECT, version: true },
    });
    if (!arrival) throw new AppError("NOT_FOUND");
    if (arrival.cprRegistered) return { status: "already-recorded" };
    if (registeredOn > danishDayOf(new Date()) || registeredOn < toIsoDate(arrival.dateOfBirth)) return { status: "date-invalid" };
    const updated = await tx.arrival.updateMany({
      where: { id: arrivalId, ...arrivalVisibleTo(user), cprRegistered: false },
      data: {
        cprRegistered: true,
        cprRegisteredOn: fromIsoDate(registeredOn),
        lastWorkedById: user.id,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) return { status: "already-recorded" };
    await refreshStoredSteps(tx, arrivalId);
    await auditAs(tx, user, {
      action: "arrival.update",
      entityType: "arrival",
      entityId: arrivalId,
      metadata: { version: arrival.version + 1, fields: ["cprRegistered", "cprRegisteredOn"], reportedBy: "newcomer" },
    });
    return { status: "recorded" };
  });
}
