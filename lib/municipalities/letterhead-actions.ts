"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import type { TActionResult } from "@/lib/forms/action-result";
import { firstErrorPerField } from "@/lib/forms/field-errors";
import { asFormData } from "@/lib/forms/form-data";
import { retryableAction } from "@/lib/forms/retryable";
import { LETTERHEAD_LIMITS, type TLetterheadInput, ZLetterheadSettings } from "@/lib/municipalities/letterhead-schema";
import { updateLetterheadSettings } from "@/lib/municipalities/letterhead-settings";
import { isSettingsErrorKey } from "@/lib/municipalities/settings-fields";
import { expirePublicWelcomePages } from "@/lib/welcome/public-welcome-freshness";

export type TLetterheadState = TActionResult<TLetterheadInput, { values: TLetterheadInput }>;

const FIELDS = Object.keys(ZLetterheadSettings.shape) as (keyof TLetterheadInput)[];
const limitOf = (field: keyof TLetterheadInput) =>
  field.startsWith("signatoryTitle") ? LETTERHEAD_LIMITS.signatoryTitle : ((LETTERHEAD_LIMITS as Record<string, number>)[field] ?? 0);

export async function saveLetterheadAction(previous: TLetterheadState, received: FormData): Promise<TLetterheadState> {
  const values = Object.fromEntries(FIELDS.map((field) => [field, String(asFormData(received).get(field) ?? "")])) as TLetterheadInput;
  return retryableAction(
    "municipality.update",
    () => saveOrExplain(previous, values),
    async () => ({ ok: false, fieldErrors: {}, message: (await getTranslations("common"))("saveFailed"), values }),
  );
}

async function saveOrExplain(_previous: TLetterheadState, values: TLetterheadInput): Promise<TLetterheadState> {
  const admin = await requireUser({ role: "ADMIN" });
  const t = await getTranslations("letterhead.errors");
  const parsed = ZLetterheadSettings.safeParse(values);
  if (!parsed.success) {
    const fieldErrors = firstErrorPerField<keyof TLetterheadInput>(parsed.error, (message, field) =>
      t(isSettingsErrorKey(message) ? message : "required", { max: limitOf(field) }),
    );
    return { ok: false, fieldErrors, message: t("fixFields"), values };
  }
  await updateLetterheadSettings(db, { admin, settings: parsed.data });
  revalidatePath("/[locale]/admin/settings", "page");
  // The municipality's name and contact are on its public pages.
  expirePublicWelcomePages();
  return { ok: true, values };
}
