"use server";

import { getLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { asFormData } from "@/lib/forms/form-data";
import { redirect } from "@/lib/i18n/navigation";
import { updateKeepingSettings, ZKeepingSettings } from "@/lib/municipalities/keeping-settings";

/** The personal links' validity and the retention period; a shorter retention asks to be confirmed first. */
export async function saveKeepingAction(received: FormData) {
  const admin = await requireUser({ role: "ADMIN" });
  const formData = asFormData(received);
  const locale = await getLocale();
  const values = { linkValidityMonths: String(formData.get("linkValidityMonths") ?? ""), retentionMonths: String(formData.get("retentionMonths") ?? "") };
  const back = (query: Record<string, string>) => redirect({ href: `/admin/settings?${new URLSearchParams(query)}#periods`, locale });
  const parsed = ZKeepingSettings.safeParse({ ...values, confirmShorter: formData.get("confirmShorter") ?? undefined });
  if (!parsed.success) return back({ periods: "out-of-range", ...values });
  const result = await updateKeepingSettings(db, {
    admin,
    linkValidityMonths: parsed.data.linkValidityMonths,
    retentionMonths: parsed.data.retentionMonths,
    isShorterConfirmed: parsed.data.confirmShorter === "yes",
  });
  if (result.status === "confirm-shorter") return back({ periods: "confirm-shorter", ...values });
  return back({ periods: "saved" });
}
