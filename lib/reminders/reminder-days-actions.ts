"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import type { TActionResult } from "@/lib/forms/action-result";
import { asFormData } from "@/lib/forms/form-data";
import { LEAD_DAYS_RANGE, REMINDABLE_STEP_KEYS, type TRemindableStepKey } from "@/lib/reminders/plan-reminders";
import { saveReminderLeadDays, ZReminderLeadDays } from "@/lib/reminders/reminder-lead-days";

export type TReminderDaysValues = Record<TRemindableStepKey, string>;
export type TReminderDaysState = TActionResult<TReminderDaysValues, { values: TReminderDaysValues }>;

/** Days before each kind of deadline its reminder goes out. Refused values come back as typed. */
export async function saveReminderLeadDaysAction(_previous: TReminderDaysState, received: FormData): Promise<TReminderDaysState> {
  const admin = await requireUser({ role: "ADMIN" });
  const formData = asFormData(received);
  const values = Object.fromEntries(REMINDABLE_STEP_KEYS.map((key) => [key, String(formData.get(key) ?? "").slice(0, 8)])) as TReminderDaysValues;
  const parsed = ZReminderLeadDays.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: {}, message: (await getTranslations("reminderDays"))("outOfRange", LEAD_DAYS_RANGE), values };
  await saveReminderLeadDays(db, { admin, leadDays: parsed.data });
  revalidatePath("/[locale]/admin/settings", "page");
  return { ok: true, values };
}
