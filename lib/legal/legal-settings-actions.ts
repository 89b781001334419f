"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import type { TActionResult } from "@/lib/forms/action-result";
import { firstErrorPerField } from "@/lib/forms/field-errors";
import { asFormData } from "@/lib/forms/form-data";
import { retryableAction } from "@/lib/forms/retryable";
import { updateLegalSettings } from "./legal-settings";
import { isLegalSettingsErrorKey, LEGAL_SETTINGS_LIMITS, type TLegalSettingsInput, ZLegalSettings } from "./legal-settings-schema";

export type TLegalSettingsState = TActionResult<TLegalSettingsInput, { values: TLegalSettingsInput }>;

const FIELDS = Object.keys(ZLegalSettings.shape) as (keyof TLegalSettingsInput)[];
const limitOf = (field: keyof TLegalSettingsInput): number => {
  if (field.startsWith("accessibilityIssues")) return LEGAL_SETTINGS_LIMITS.issues;
  if (field === "accessibilityContactEmail") return LEGAL_SETTINGS_LIMITS.contactEmail;
  return (LEGAL_SETTINGS_LIMITS as Record<string, number>)[field] ?? 0;
};

/** The municipality's parts of its accessibility statement and privacy notice; what was typed stays when a field is refused. */
export async function saveLegalSettingsAction(previous: TLegalSettingsState, received: FormData): Promise<TLegalSettingsState> {
  const formData = asFormData(received);
  const values = Object.fromEntries(FIELDS.map((field) => [field, String(formData.get(field) ?? "")])) as TLegalSettingsInput;
  return retryableAction(
    "municipality.update",
    () => saveOrExplain(previous, values),
    async () => ({ ok: false, fieldErrors: {}, message: (await getTranslations("common"))("saveFailed"), values }),
  );
}

async function saveOrExplain(_previous: TLegalSettingsState, values: TLegalSettingsInput): Promise<TLegalSettingsState> {
  const admin = await requireUser({ role: "ADMIN" });
  const t = await getTranslations("legalSettings.errors");
  const parsed = ZLegalSettings.safeParse(values);
  if (!parsed.success) {
    const fieldErrors = firstErrorPerField<keyof TLegalSettingsInput>(parsed.error, (message, field) =>
      t(isLegalSettingsErrorKey(message) ? message : "required", { max: limitOf(field) }),
    );
    return { ok: false, fieldErrors, message: t("fixFields"), values };
  }
  await updateLegalSettings(db, { admin, settings: parsed.data });
  revalidatePath("/[locale]/admin/settings", "page");
  return { ok: true, values };
}
