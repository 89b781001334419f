"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { asFormData } from "@/lib/forms/form-data";
import { ZPacketLanguage } from "@/lib/i18n/languages";
import { confirmEmailChange } from "@/lib/reminders/email-change";

const ZConfirm = z.object({ token: z.string().min(1).max(100), locale: ZPacketLanguage });

/** The newcomer confirms their new address from the e-mailed link: a button, since opening a link must change nothing. */
export async function confirmEmailChangeAction(received: FormData) {
  const input = ZConfirm.safeParse(Object.fromEntries(asFormData(received)));
  if (!input.success) return redirect("/en");
  const result = await confirmEmailChange(db, { token: input.data.token });
  const query = result.status === "confirmed" ? `?confirmed=${encodeURIComponent(result.newEmail)}` : "";
  // The page names its own language (any packet language), outside next-intl's staff locales.
  return redirect(`/${input.data.locale}/confirm-email/${encodeURIComponent(input.data.token)}${query}`);
}
