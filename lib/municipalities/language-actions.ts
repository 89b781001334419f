"use server";

import { getLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { asFormData } from "@/lib/forms/form-data";
import { redirect } from "@/lib/i18n/navigation";
import { saveOfferedLanguages, ZOfferedLanguages } from "@/lib/municipalities/offered-languages";

/** The languages the municipality offers packets in: at least one. */
export async function saveOfferedLanguagesAction(received: FormData) {
  const admin = await requireUser({ role: "ADMIN" });
  const locale = await getLocale();
  const back = (outcome: string) => redirect({ href: `/admin/settings?languages=${outcome}#packet-languages`, locale });
  const parsed = ZOfferedLanguages.safeParse(asFormData(received).getAll("languages"));
  if (!parsed.success) return back("none");
  await saveOfferedLanguages(db, { admin, languages: parsed.data });
  return back("saved");
}
