"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { recordRefusedAccess } from "@/lib/audit/record-refused-access";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import type { TActionResult } from "@/lib/forms/action-result";
import { asFormData } from "@/lib/forms/form-data";
import { retryableAction } from "@/lib/forms/retryable";
import { addArrivalNote, ZArrivalNoteInput } from "./arrival-notes";

/** A note that is saved empties the form (`savedAt` keys it anew); a refusal keeps what was typed. */
export type TNoteFormState = TActionResult<{ text: string }, { savedAt: number }>;

export async function addArrivalNoteAction(previous: TNoteFormState, received: FormData): Promise<TNoteFormState> {
  return retryableAction(
    "arrival.note-add",
    () => addNoteOrExplain(previous, received),
    async () => ({
      ok: false,
      fieldErrors: {},
      values: { text: String(asFormData(received).get("text") ?? "") },
      message: (await getTranslations("common"))("saveFailed"),
    }),
  );
}

async function addNoteOrExplain(_previous: TNoteFormState, received: FormData): Promise<TNoteFormState> {
  const user = await requireUser({ role: "CASEWORKER" });
  const formData = asFormData(received);
  const t = await getTranslations("arrivalNotes.errors");
  const typed = String(formData.get("text") ?? "");
  const input = ZArrivalNoteInput.safeParse({ arrivalId: formData.get("arrivalId"), text: typed });
  if (!input.success) {
    const textIssue = input.error.issues.find((issue) => issue.path[0] === "text")?.message;
    if (!textIssue) return { ok: false, fieldErrors: {}, values: { text: typed }, message: t("notFound") };
    const key = textIssue === "tooLong" || textIssue === "invalidCharacters" ? textIssue : "empty";
    return { ok: false, fieldErrors: { text: t(key) }, values: { text: typed }, message: null };
  }
  if (!(await addArrivalNote(db, { user, note: input.data }))) {
    await recordRefusedAccess(db, { user, arrivalId: input.data.arrivalId, purpose: "note-add" });
    return { ok: false, fieldErrors: {}, values: { text: typed }, message: t("notFound") };
  }
  revalidatePath(`/[locale]/arrivals/${input.data.arrivalId}`, "page");
  return { ok: true, savedAt: Date.now() };
}
