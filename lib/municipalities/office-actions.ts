"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import type { TActionResult } from "@/lib/forms/action-result";
import { firstErrorPerField } from "@/lib/forms/field-errors";
import { asFormData } from "@/lib/forms/form-data";
import { redirect } from "@/lib/i18n/navigation";
import { OFFICE_LIMITS, type TOfficeInput, ZOffice } from "@/lib/municipalities/office-schema";
import { createOffice, deleteOffice, moveOffice, updateOffice } from "@/lib/municipalities/offices";
import { isSettingsErrorKey } from "@/lib/municipalities/settings-fields";
import { expirePublicWelcomePages } from "@/lib/welcome/public-welcome-freshness";

/** A save that works sends the administrator back to the settings (a redirect); only a refusal comes back to the form. */
export type TOfficeState = TActionResult<TOfficeInput>;

const FIELDS = Object.keys(ZOffice.shape) as (keyof TOfficeInput)[];
const limitOf = (field: keyof TOfficeInput) => (field.startsWith("hours") ? OFFICE_LIMITS.hours : ((OFFICE_LIMITS as Record<string, number>)[field] ?? 0));

/** Back to the settings; any office change is on the public pages too. */
async function backToSettings(notice: string) {
  if (notice !== "invalid") expirePublicWelcomePages();
  return redirect({ href: `/admin/settings?notice=${notice}#offices`, locale: await getLocale() });
}

/** Creates an office, or saves the one named by `officeId`; refused fields keep what was typed. */
export async function saveOfficeAction(_previous: TOfficeState, received: FormData): Promise<TOfficeState> {
  const admin = await requireUser({ role: "ADMIN" });
  const formData = asFormData(received);
  const values = Object.fromEntries(FIELDS.map((field) => [field, String(formData.get(field) ?? "")])) as TOfficeInput;
  const t = await getTranslations("letterhead.errors");
  const parsed = ZOffice.safeParse(values);
  if (!parsed.success) {
    const fieldErrors = firstErrorPerField<keyof TOfficeInput>(parsed.error, (message, field) =>
      t(isSettingsErrorKey(message) ? message : "required", { max: limitOf(field) }),
    );
    return { ok: false, fieldErrors, message: t("fixFields"), values };
  }
  const officeId = formData.get("officeId");
  if (officeId === null || officeId === "") {
    await createOffice(db, { admin, office: parsed.data });
    return backToSettings("office-saved");
  }
  const target = z.uuid().safeParse(officeId);
  const isSaved = target.success && (await updateOffice(db, { admin, officeId: target.data, office: parsed.data }));
  return backToSettings(isSaved ? "office-saved" : "invalid");
}

export async function moveOfficeAction(received: FormData) {
  const admin = await requireUser({ role: "ADMIN" });
  const formData = asFormData(received);
  const input = z
    .object({ officeId: z.uuid(), direction: z.enum(["up", "down"]) })
    .safeParse({ officeId: formData.get("officeId"), direction: formData.get("direction") });
  const isMoved = input.success && (await moveOffice(db, { admin, ...input.data }));
  return backToSettings(isMoved ? "office-moved" : "invalid");
}

export async function deleteOfficeAction(received: FormData) {
  const admin = await requireUser({ role: "ADMIN" });
  const formData = asFormData(received);
  const input = z.object({ officeId: z.uuid() }).safeParse({ officeId: formData.get("officeId") });
  const isDeleted = input.success && (await deleteOffice(db, { admin, officeId: input.data.officeId }));
  return backToSettings(isDeleted ? "office-deleted" : "invalid");
}
