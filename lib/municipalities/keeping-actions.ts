"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import type { TActionResult } from "@/lib/forms/action-result";
import { asFormData } from "@/lib/forms/form-data";
import { updateKeepingSettings, ZKeepingSettings } from "@/lib/municipalities/keeping-settings";

/** The periods as typed: what the form shows again when a save is refused or asks to be confirmed. */
export type TKeepingValues = { linkValidityMonths: string; retentionMonths: string };
/** A shorter retention is not saved until confirmed: the refusal says so with `needsConfirmation`. */
export type TKeepingState = TActionResult<TKeepingValues, { values: TKeepingValues }, { needsConfirmation: boolean }>;

/** The personal links' validity and the retention period; a shorter retention asks to be confirmed first. */
export async function saveKeepingAction(_previous: TKeepingState, received: FormData): Promise<TKeepingState> {
  const admin = await requireUser({ role: "ADMIN" });
  const formData = asFormData(received);
  const t = await getTranslations("periods");
  const values = {
    linkValidityMonths: String(formData.get("linkValidityMonths") ?? "").slice(0, 8),
    retentionMonths: String(formData.get("retentionMonths") ?? "").slice(0, 8),
  };
  const parsed = ZKeepingSettings.safeParse({ ...values, confirmShorter: formData.get("confirmShorter") ?? undefined });
  if (!parsed.success) return { ok: false, fieldErrors: {}, message: t("outOfRange"), values, needsConfirmation: false };
  const result = await updateKeepingSettings(db, {
    admin,
    linkValidityMonths: parsed.data.linkValidityMonths,
    retentionMonths: parsed.data.retentionMonths,
    isShorterConfirmed: parsed.data.confirmShorter === "yes",
  });
  if (result.status === "confirm-shorter") return { ok: false, fieldErrors: {}, message: null, values, needsConfirmation: true };
  revalidatePath("/[locale]/admin/settings", "page");
  return { ok: true, values };
}
