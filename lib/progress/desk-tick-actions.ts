"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { recordRefusedAccess } from "@/lib/audit/record-refused-access";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { asFormData } from "@/lib/forms/form-data";
import { redirect } from "@/lib/i18n/navigation";
import { tickStepAtDesk, ZDeskTickInput } from "./desk-ticks";

/** The arrival page's "Mark done" and "Undo": back to the arrival's steps with what happened. */
export async function tickStepAtDeskAction(received: FormData) {
  const user = await requireUser({ role: "CASEWORKER" });
  const formData = asFormData(received);
  const locale = await getLocale();
  const input = ZDeskTickInput.safeParse({ arrivalId: formData.get("arrivalId"), stepId: formData.get("stepId"), done: formData.get("done") });
  if (!input.success) return redirect({ href: "/arrivals", locale });
  const outcome = await tickStepAtDesk(db, { user, input: input.data });
  if (outcome === "not-found") {
    // Another municipality's arrival, or one no longer there: recorded, and the same answer as bad input.
    await recordRefusedAccess(db, { user, arrivalId: input.data.arrivalId, purpose: "step-tick" });
    return redirect({ href: "/arrivals", locale });
  }
  revalidatePath(`/[locale]/arrivals/${input.data.arrivalId}`, "page");
  const notice = outcome === "not-a-step" ? "invalid" : input.data.done ? "step-ticked" : "step-unticked";
  return redirect({ href: `/arrivals/${input.data.arrivalId}?notice=${notice}#step-${input.data.stepId}`, locale });
}
