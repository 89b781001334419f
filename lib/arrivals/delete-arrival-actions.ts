"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import type { TActionResult } from "@/lib/forms/action-result";
import { asFormData } from "@/lib/forms/form-data";
import { redirect } from "@/lib/i18n/navigation";
import { reasonNamesPerson } from "@/lib/people/erase-person";
import { deleteArrival, ZDeleteReason } from "./delete-arrival";

/** A deletion that works goes on to the arrivals list (a redirect); only a refusal comes back, with the reason as typed. */
export type TDeleteArrivalState = TActionResult<{ reason: string }>;

const ZDelete = z.object({ arrivalId: z.uuid(), reason: ZDeleteReason });

/** The second click of "Delete this record": the button names the household, the reason goes into the audit log. */
export async function deleteArrivalAction(_previous: TDeleteArrivalState, received: FormData): Promise<TDeleteArrivalState> {
  const user = await requireUser({ role: "CASEWORKER" });
  const formData = asFormData(received);
  const t = await getTranslations("deleteArrival.errors");
  const typed = String(formData.get("reason") ?? "").slice(0, 2000);
  const input = ZDelete.safeParse({ arrivalId: formData.get("arrivalId"), reason: typed });
  const refuse = (message: string): TDeleteArrivalState => ({ ok: false, fieldErrors: { reason: message }, values: { reason: typed }, message: null });
  if (!input.success) {
    const key = input.error.issues.find((issue) => issue.path[0] === "reason")?.message;
    return refuse(t(key === "invalidCharacters" ? "invalidCharacters" : key === "reasonRequired" ? "reasonRequired" : "notFound"));
  }
  if (await reasonNamesPerson(db, { user, arrivalId: input.data.arrivalId, reason: input.data.reason })) return refuse(t("reasonNamesPerson"));
  if (!(await deleteArrival(db, { user, arrivalId: input.data.arrivalId, reason: input.data.reason }))) return refuse(t("notFound"));
  revalidatePath("/[locale]/arrivals", "layout");
  revalidatePath("/[locale]/worklist", "page");
  return redirect({ href: "/arrivals?deleted=1", locale: await getLocale() });
}
