"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import type { TActionResult } from "@/lib/forms/action-result";
import { asFormData } from "@/lib/forms/form-data";
import { NOT_REACHED_DAYS_RANGE, saveWorkListSettings, ZWorkListSettings } from "./work-list-settings";

export type TWorkListSettingsValues = { notReachedAfterDays: string };
export type TWorkListSettingsState = TActionResult<TWorkListSettingsValues, { values: TWorkListSettingsValues }>;

/** The administrator's work list settings; a refused value comes back as typed, with the range it must be in. */
export async function saveWorkListSettingsAction(_previous: TWorkListSettingsState, received: FormData): Promise<TWorkListSettingsState> {
  const admin = await requireUser({ role: "ADMIN" });
  const formData = asFormData(received);
  const values = { notReachedAfterDays: String(formData.get("notReachedAfterDays") ?? "").slice(0, 8) };
  const parsed = ZWorkListSettings.safeParse(values);
  if (!parsed.success) {
    const message = (await getTranslations("workListSettings"))("outOfRange", NOT_REACHED_DAYS_RANGE);
    return { ok: false, fieldErrors: { notReachedAfterDays: message }, message: null, values };
  }
  await saveWorkListSettings(db, { admin, settings: parsed.data });
  revalidatePath("/[locale]/admin/settings", "page");
  return { ok: true, values };
}
