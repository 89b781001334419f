"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/require-user";
import { STEP_TEXT_LIMITS, type TStepTextInput, ZStepTextSchema } from "@/lib/catalogue/schemas";
import { updateStepText } from "@/lib/catalogue/update-step-text";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import type { TActionResult } from "@/lib/forms/action-result";
import { firstErrorPerField } from "@/lib/forms/field-errors";
import { asFormData } from "@/lib/forms/form-data";
import { retryableAction } from "@/lib/forms/retryable";
import { ZPacketLanguage } from "@/lib/i18n/languages";

export type TStepTextFormState = TActionResult<TStepTextInput, { savedAt: string; values: TStepTextInput }>;

const ZTarget = z.object({ stepId: z.uuid(), language: ZPacketLanguage });

const STEP_TEXT_ERRORS = ["required", "tooLong", "urlInvalid", "dateInvalid", "invalidCharacters"] as const;
// Zod's own messages (a value of the wrong type) mean input the form cannot produce.
const isStepTextErrorKey = (message: string): message is (typeof STEP_TEXT_ERRORS)[number] => (STEP_TEXT_ERRORS as readonly string[]).includes(message);

function readValues(formData: FormData): TStepTextInput {
  const text = (name: string) => String(formData.get(name) ?? "");
  return {
    title: text("title"),
    body: text("body"),
    whereName: text("whereName"),
    whereAddress: text("whereAddress"),
    whereHours: text("whereHours"),
    wherePhone: text("wherePhone"),
    whereUrl: text("whereUrl"),
    sourceUrl: text("sourceUrl"),
    checkedOn: text("checkedOn"),
  };
}

export async function saveStepTextAction(previous: TStepTextFormState, received: FormData): Promise<TStepTextFormState> {
  return retryableAction(
    "catalogue.update",
    () => saveStepTextOrExplain(previous, received),
    async () => ({
      ok: false,
      fieldErrors: {},
      message: (await getTranslations("common"))("saveFailed"),
      values: readValues(asFormData(received)),
    }),
  );
}

async function saveStepTextOrExplain(_previous: TStepTextFormState, received: FormData): Promise<TStepTextFormState> {
  const user = await requireUser({ role: "ADMIN" });
  const formData = asFormData(received);
  const t = await getTranslations("catalogue.errors");
  const values = readValues(formData);
  const target = ZTarget.safeParse({ stepId: formData.get("stepId"), language: formData.get("language") });
  if (!target.success) return { ok: false, fieldErrors: {}, message: t("notFound"), values };

  const parsed = ZStepTextSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors = firstErrorPerField<keyof TStepTextInput>(parsed.error, (message, field) =>
      t(isStepTextErrorKey(message) ? message : "required", {
        max: Object.hasOwn(STEP_TEXT_LIMITS, field) ? STEP_TEXT_LIMITS[field as keyof typeof STEP_TEXT_LIMITS] : 0,
      }),
    );
    return { ok: false, fieldErrors, message: t("fixFields"), values };
  }

  try {
    await updateStepText(db, { user, stepId: target.data.stepId, language: target.data.language, text: parsed.data });
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) return { ok: false, fieldErrors: {}, message: t("notFound"), values };
    throw error;
  }
  revalidatePath("/[locale]/admin/catalogue", "layout");
  return { ok: true, savedAt: new Date().toISOString(), values };
}
