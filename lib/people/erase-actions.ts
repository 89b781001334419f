"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import type { TActionResult } from "@/lib/forms/action-result";
import { asFormData } from "@/lib/forms/form-data";
import { retryableAction } from "@/lib/forms/retryable";
import { redirect } from "@/lib/i18n/navigation";
import { erasePerson, reasonNamesPerson } from "@/lib/people/erase-person";
import { isCleanText } from "@/lib/validation/text";

/** An erasure that works goes on to the list (a redirect); only a refusal comes back, with the reason as typed. */
export type TEraseFormState = TActionResult<{ reason: string }>;

const ZErase = z.object({
  arrivalId: z.uuid(),
  reason: z.string().trim().min(3, "reasonRequired").max(500, "reasonRequired").refine(isCleanText, "invalidCharacters"),
});

/** The second click of an erasure: it names the person, and the reason goes into the audit log. */
export async function eraseArrivalAction(previous: TEraseFormState, received: FormData): Promise<TEraseFormState> {
  return retryableAction(
    "person.erase",
    () => eraseOrExplain(previous, received),
    async () => ({
      ok: false,
      fieldErrors: {},
      values: { reason: String(asFormData(received).get("reason") ?? "") },
      message: (await getTranslations("common"))("saveFailed"),
    }),
  );
}

async function eraseOrExplain(_previous: TEraseFormState, received: FormData): Promise<TEraseFormState> {
  const user = await requireUser({ role: "ADMIN" });
  const formData = asFormData(received);
  const t = await getTranslations("personData.errors");
  const typed = String(formData.get("reason") ?? "");
  const input = ZErase.safeParse({ arrivalId: formData.get("arrivalId"), reason: typed });
  if (!input.success) {
    const key = input.error.issues.find((issue) => issue.path[0] === "reason")?.message;
    return {
      ok: false,
      fieldErrors: {},
      values: { reason: typed },
      message: t(key === "invalidCharacters" ? "invalidCharacters" : key === "reasonRequired" ? "reasonRequired" : "notFound"),
    };
  }
  if (await reasonNamesPerson(db, { user, arrivalId: input.data.arrivalId, reason: input.data.reason })) {
    return { ok: false, fieldErrors: {}, values: { reason: typed }, message: t("reasonNamesPerson") };
  }
  const isErased = await erasePerson(db, { user, arrivalId: input.data.arrivalId, reason: input.data.reason });
  if (!isErased) return { ok: false, fieldErrors: {}, values: { reason: typed }, message: t("notFound") };
  revalidatePath("/[locale]/admin/people", "layout");
  return redirect({ href: "/admin/people?erased=1", locale: await getLocale() });
}
