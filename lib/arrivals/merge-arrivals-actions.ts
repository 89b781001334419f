"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { recordRefusedAccess } from "@/lib/audit/record-refused-access";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { asFormData } from "@/lib/forms/form-data";
import { redirect } from "@/lib/i18n/navigation";
import { MERGE_FIELDS, mergeArrivals, ZMergeInput } from "./merge-arrivals";

/** What the merge page says when it comes back: the box not ticked, or a record saved since it was compared. */
export type TMergeError = "confirm" | "conflict" | "invalid";

/** "Merge into this record": back to the record that stayed, or to the comparison with what stopped it. */
export async function mergeArrivalsAction(received: FormData) {
  const user = await requireUser({ role: "CASEWORKER" });
  const formData = asFormData(received);
  const locale = await getLocale();
  const arrivalId = String(formData.get("arrivalId") ?? "");
  const otherId = String(formData.get("otherId") ?? "");
  const input = ZMergeInput.safeParse({
    arrivalId,
    otherId,
    keptVersion: formData.get("keptVersion"),
    otherVersion: formData.get("otherVersion"),
    choices: Object.fromEntries(MERGE_FIELDS.map((field) => [field, formData.get(`choice-${field}`)])),
    confirmed: formData.get("confirmed"),
  });
  const backToComparison = (error: TMergeError) => redirect({ href: `/arrivals/${arrivalId}/merge/${otherId}?error=${error}`, locale });
  if (!input.success) {
    const isOnlyConfirmation = input.error.issues.every((issue) => issue.path[0] === "confirmed");
    return ZMergeInput.shape.arrivalId.safeParse(arrivalId).success && ZMergeInput.shape.otherId.safeParse(otherId).success
      ? backToComparison(isOnlyConfirmation ? "confirm" : "invalid")
      : redirect({ href: "/arrivals", locale });
  }
  const outcome = await mergeArrivals(db, { user, input: input.data });
  if (outcome === "not-found" || outcome === "same-record") {
    await recordRefusedAccess(db, { user, arrivalId: input.data.otherId, purpose: "merge" });
    return redirect({ href: "/arrivals", locale });
  }
  if (outcome === "conflict") return backToComparison("conflict");
  revalidatePath("/[locale]/arrivals", "layout");
  return redirect({ href: `/arrivals/${input.data.arrivalId}?notice=merged`, locale });
}
