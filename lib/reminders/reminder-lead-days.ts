import { z } from "zod";
import type { TActingUser } from "@/lib/auth/acting-user";
import type { PrismaClient } from "@/lib/db-client";
import { recordMunicipalityChange } from "@/lib/municipalities/record-municipality-change";
import { DEFAULT_REMINDER_LEAD_DAYS, LEAD_DAYS_RANGE, REMINDABLE_STEP_KEYS, type TRemindableStepKey } from "./plan-reminders";

const days = z.coerce.number().int().min(LEAD_DAYS_RANGE.min).max(LEAD_DAYS_RANGE.max);

/** The administrator's form: days before the deadline for each step kind that has one. */
export const ZReminderLeadDays = z.object(Object.fromEntries(REMINDABLE_STEP_KEYS.map((key) => [key, days])) as Record<TRemindableStepKey, typeof days>);

/** The municipality's lead days, each step kind's default where it set none. */
export async function getReminderLeadDays(db: PrismaClient, municipalityId: string): Promise<Record<TRemindableStepKey, number> | null> {
  const row = await db.municipality.findUnique({ where: { id: municipalityId }, select: { reminderLeadDays: true } });
  if (!row) return null;
  const stored = ZReminderLeadDays.partial().safeParse(row.reminderLeadDays);
  return { ...DEFAULT_REMINDER_LEAD_DAYS, ...(stored.success ? stored.data : {}) };
}

export async function saveReminderLeadDays(db: PrismaClient, options: { admin: TActingUser; leadDays: Record<TRemindableStepKey, number> }): Promise<void> {
  const { admin, leadDays } = options;
  await db.$transaction(async (tx) => {
    await tx.municipality.update({ where: { id: admin.municipalityId }, data: { reminderLeadDays: leadDays } });
    await recordMunicipalityChange(tx, { admin, isShownInPackets: false, metadata: { part: "reminder-lead-days", leadDays } });
  });
}
