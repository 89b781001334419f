"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { asFormData } from "@/lib/forms/form-data";
import { ZPacketLanguage } from "@/lib/i18n/languages";
import { redirect } from "@/lib/i18n/navigation";
import { markTranslationsReviewed } from "./review-translations";

const ZReview = z.object({
  language: ZPacketLanguage,
  stepId: z.uuid().optional(),
  locale: z.enum(["da", "en", "de"]),
});

/**
 * "Mark as reviewed" for one step's text or for every text of a language. Input the buttons cannot
 * send changes nothing and goes back to the overview; what was marked is said there.
 */
export async function markReviewedAction(received: FormData) {
  const user = await requireUser({ role: "ADMIN" });
  const formData = asFormData(received);
  const input = ZReview.safeParse({
    language: formData.get("language"),
    stepId: formData.get("stepId") || undefined,
    locale: formData.get("locale"),
  });
  if (!input.success) return redirect({ href: "/admin/catalogue", locale: "da" });
  const { reviewed } = await markTranslationsReviewed(db, { user, language: input.data.language, stepId: input.data.stepId });
  revalidatePath("/[locale]/admin/catalogue", "layout");
  const back = input.data.stepId ? `/admin/catalogue/${input.data.stepId}/${input.data.language}` : "/admin/catalogue";
  return redirect({ href: `${back}?reviewed=${reviewed}`, locale: input.data.locale });
}
