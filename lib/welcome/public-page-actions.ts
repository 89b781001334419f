"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import type { TActionResult } from "@/lib/forms/action-result";
import { firstErrorPerField } from "@/lib/forms/field-errors";
import { asFormData } from "@/lib/forms/form-data";
import { retryableAction } from "@/lib/forms/retryable";
import { STAFF_LANGUAGES } from "@/lib/i18n/languages";
import { redirect } from "@/lib/i18n/navigation";
import { PUBLIC_PAGE_TEXT_LIMITS, type TPublicPageTextInput, ZPublicPageBlock, ZPublicPageTextSchema, ZSiteLanguage } from "./public-page-blocks";
import { expirePublicWelcomePages } from "./public-welcome-freshness";
import { markPublicPageTextsReviewed, updatePublicPageText } from "./update-public-page-text";

export type TPublicPageTextFormState = TActionResult<TPublicPageTextInput, { savedAt: string; values: TPublicPageTextInput }>;

const ZTarget = z.object({ block: ZPublicPageBlock, language: ZSiteLanguage });
const TEXT_ERRORS = ["required", "tooLong", "invalidCharacters"] as const;
const isTextErrorKey = (message: string): message is (typeof TEXT_ERRORS)[number] => (TEXT_ERRORS as readonly string[]).includes(message);

const readValues = (formData: FormData): TPublicPageTextInput => ({ title: String(formData.get("title") ?? ""), body: String(formData.get("body") ?? "") });

/** Saves one block of the public page in one language; the page shows it within seconds on every instance. */
export async function savePublicPageTextAction(previous: TPublicPageTextFormState, received: FormData): Promise<TPublicPageTextFormState> {
  return retryableAction(
    "public-page.update",
    () => savePublicPageTextOrExplain(previous, received),
    async () => ({ ok: false, fieldErrors: {}, message: (await getTranslations("common"))("saveFailed"), values: readValues(asFormData(received)) }),
  );
}

async function savePublicPageTextOrExplain(_previous: TPublicPageTextFormState, received: FormData): Promise<TPublicPageTextFormState> {
  const user = await requireUser({ role: "ADMIN" });
  const formData = asFormData(received);
  const t = await getTranslations("catalogue.errors");
  const values = readValues(formData);
  const target = ZTarget.safeParse({ block: formData.get("block"), language: formData.get("language") });
  if (!target.success) return { ok: false, fieldErrors: {}, message: (await getTranslations("publicPageTexts"))("notFound"), values };
  const parsed = ZPublicPageTextSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors = firstErrorPerField<keyof TPublicPageTextInput>(parsed.error, (message, field) =>
      t(isTextErrorKey(message) ? message : "required", { max: PUBLIC_PAGE_TEXT_LIMITS[field] }),
    );
    return { ok: false, fieldErrors, message: t("fixFields"), values };
  }
  await updatePublicPageText(db, { user, ...target.data, text: parsed.data });
  expirePublicWelcomePages();
  revalidatePath("/[locale]/admin/catalogue/public-page", "layout");
  return { ok: true, savedAt: new Date().toISOString(), values: parsed.data };
}

const ZReview = z.object({ language: ZSiteLanguage, block: ZPublicPageBlock.optional(), locale: z.enum(STAFF_LANGUAGES) });

/** "Mark as reviewed" for one block or every block of a language; input the buttons cannot send changes nothing. */
export async function markPublicPageReviewedAction(received: FormData) {
  const user = await requireUser({ role: "ADMIN" });
  const formData = asFormData(received);
  const input = ZReview.safeParse({ language: formData.get("language"), block: formData.get("block") || undefined, locale: formData.get("locale") });
  if (!input.success) return redirect({ href: "/admin/catalogue/public-page", locale: "da" });
  const { reviewed } = await markPublicPageTextsReviewed(db, { user, language: input.data.language, block: input.data.block });
  revalidatePath("/[locale]/admin/catalogue/public-page", "layout");
  const back = input.data.block ? `/admin/catalogue/public-page/${input.data.block}/${input.data.language}` : "/admin/catalogue/public-page";
  return redirect({ href: `${back}?reviewed=${reviewed}`, locale: input.data.locale });
}
