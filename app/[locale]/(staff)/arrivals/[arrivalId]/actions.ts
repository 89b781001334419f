"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { ZPacketLanguage } from "@/lib/i18n/languages";
import { redirect } from "@/lib/i18n/navigation";
import { issuePersonalLink, revokePersonalLinks } from "@/lib/links/personal-links";
import { generateWelcomePacket } from "@/lib/packet/packet-service";

const ZArrivalTarget = z.object({ arrivalId: z.uuid() });
const ZGenerate = ZArrivalTarget.extend({ language: ZPacketLanguage });

/** Bad input or another municipality's id: back to the arrival with a notice, nothing changed. */
async function backTo(arrivalId: string | null, notice: string) {
  const locale = await getLocale();
  return redirect({ href: arrivalId ? `/arrivals/${arrivalId}?notice=${notice}` : "/arrivals", locale });
}

export async function generatePacketAction(formData: FormData) {
  const user = await requireUser({ role: "CASEWORKER" });
  const input = ZGenerate.safeParse({ arrivalId: formData.get("arrivalId"), language: formData.get("language") });
  if (!input.success) return backTo(null, "invalid");
  const result = await generateWelcomePacket(db, { user, arrivalId: input.data.arrivalId, language: input.data.language });
  if (!result) return backTo(null, "invalid");
  revalidatePath(`/[locale]/arrivals/${input.data.arrivalId}`, "page");
  return backTo(input.data.arrivalId, result.isNew ? "packet-generated" : "packet-unchanged");
}

export async function reissueLinkAction(formData: FormData) {
  const user = await requireUser({ role: "CASEWORKER" });
  const input = ZArrivalTarget.safeParse({ arrivalId: formData.get("arrivalId") });
  if (!input.success) return backTo(null, "invalid");
  try {
    await issuePersonalLink(db, { user, arrivalId: input.data.arrivalId });
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) return backTo(null, "invalid");
    throw error;
  }
  revalidatePath(`/[locale]/arrivals/${input.data.arrivalId}`, "page");
  return backTo(input.data.arrivalId, "link-issued");
}

export async function revokeLinkAction(formData: FormData) {
  const user = await requireUser({ role: "CASEWORKER" });
  const input = ZArrivalTarget.safeParse({ arrivalId: formData.get("arrivalId") });
  if (!input.success) return backTo(null, "invalid");
  try {
    await revokePersonalLinks(db, { user, arrivalId: input.data.arrivalId });
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) return backTo(null, "invalid");
    throw error;
  }
  revalidatePath(`/[locale]/arrivals/${input.data.arrivalId}`, "page");
  return backTo(input.data.arrivalId, "link-revoked");
}
