"use server";

import { getLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { asFormData } from "@/lib/forms/form-data";
import { redirect } from "@/lib/i18n/navigation";
import { REMINDABLE_STEP_KEYS } from "@/lib/reminders/plan-reminders";
import { saveReminderLeadDays, ZReminderLeadDays } from "@/lib/reminders/reminder-lead-days";

/** Days before each kind of deadline its reminder goes out. Refused values come back as typed. */
export async function saveReminderLeadDaysAction(received: FormData) {
  const admin = await requireUser({ role: "ADMIN" });
  const formData = asFormData(received);
  const locale = await getLocale();
  const typed = Object.fromEntries(REMINDABLE_STEP_KEYS.map((key) => [key, String(formData.get(key) ?? "").slice(0, 8)]));
  const back = (query: Record<string, string>) => redirect({ href: `/admin/settings?${new URLSearchParams(query)}#reminder-days`, locale });
  const parsed = ZReminderLeadDays.safeParse(typed);
  if (!parsed.success) return back({ reminderDays: "out-of-range", ...typed });
  await saveReminderLeadDays(db, { admin, leadDays: parsed.data });
  return back({ reminderDays: "saved" });
}
