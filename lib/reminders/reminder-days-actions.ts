"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import type { TActionResult } from "@/lib/forms/action-result";
import { asFormData } from "@/lib/forms/form-data";
import { LEAD_DAYS_RANGE } from "@/lib/reminders/plan-reminders";
import { getReminderLeadDays, saveReminderLeadDays, ZReminderLeadDays } from "@/lib/reminders/reminder-lead-days";

export type TReminderDaysValues = Record<string, string>;
export type TReminderDaysState = TActionResult<TReminderDaysValues, { values: TReminderDaysValues }>;

/** Days before each kind of deadline its reminder goes out. Refused values come back as typed. */
export async function saveReminderLeadDaysAction(_previous: TReminderDaysState, received: FormData): Promise<TReminderDaysState> {
  const admin = await requireUser({ role: "ADMIN" });
  const formData = asFormData(received);
  // The form's fields are the municipality's steps with a deadline: nothing else posted is read.
  const steps = (await getReminderLeadDays(db, admin.municipalityId)) ?? [];
  const values: TReminderDaysValues = Object.fromEntries(steps.map((step) => [step.key, String(formData.get(step.key) ?? "").slice(0, 8)]));
  const parsed = ZReminderLeadDays.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: {}, message: (await getTranslations("reminderDays"))("outOfRange", LEAD_DAYS_RANGE), values };
  await saveReminderLeadDays(db, { admin, leadDays: parsed.data });
  revalidatePath("/[locale]/admin/settings", "page");
  return { ok: true, values };
}
