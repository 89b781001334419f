import { z } from "zod";
import type { TActingUser } from "@/lib/auth/acting-user";
import { listSteps } from "@/lib/catalogue/step-list";
import type { PrismaClient } from "@/lib/db-client";
import type { Language } from "@/lib/generated/prisma/enums";
import { recordMunicipalityChange } from "@/lib/municipalities/record-municipality-change";
import { ZStepKey } from "@/lib/steps/step-definition";
import { LEAD_DAYS_RANGE, leadDaysFor } from "./plan-reminders";

const days = z.coerce.number().int().min(LEAD_DAYS_RANGE.min).max(LEAD_DAYS_RANGE.max);

/** The administrator's form: days before the deadline for each step that has one. */
export const ZReminderLeadDays = z.record(ZStepKey, days);
export type TReminderLeadDays = z.infer<typeof ZReminderLeadDays>;

export type TReminderLeadDaysRow = { key: string; title: string; days: number };

/**
 * The days before each deadline its reminder goes out, for every step of the municipality that is
 * on and has a deadline, in packet order: the administrator's number, else the step's default.
 */
export async function getReminderLeadDays(db: PrismaClient, municipalityId: string, language: Language = "da"): Promise<TReminderLeadDaysRow[] | null> {
  const [row, steps] = await Promise.all([
    db.municipality.findUnique({ where: { id: municipalityId }, select: { reminderLeadDays: true } }),
    listSteps(db, { municipalityId, language }),
  ]);
  if (!row) return null;
  const stored = ZReminderLeadDays.safeParse(row.reminderLeadDays);
  const chosen = stored.success ? stored.data : {};
  return steps.filter((step) => step.isActive && step.hasDeadline).map((step) => ({ key: step.key, title: step.title, days: leadDaysFor(step.key, chosen) }));
}

/** Saves the days given for the municipality's steps; days kept for a step not in the form stay as they were. */
export async function saveReminderLeadDays(db: PrismaClient, options: { admin: TActingUser; leadDays: TReminderLeadDays }): Promise<void> {
  const { admin } = options;
  await db.$transaction(async (tx) => {
    const row = await tx.municipality.findUniqueOrThrow({ where: { id: admin.municipalityId }, select: { reminderLeadDays: true } });
    const kept = ZReminderLeadDays.safeParse(row.reminderLeadDays);
    const leadDays = { ...(kept.success ? kept.data : {}), ...options.leadDays };
    await tx.municipality.update({ where: { id: admin.municipalityId }, data: { reminderLeadDays: leadDays } });
    await recordMunicipalityChange(tx, { admin, isShownInPackets: false, metadata: { part: "reminder-lead-days", leadDays: options.leadDays } });
  });
}
