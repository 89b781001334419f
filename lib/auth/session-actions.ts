"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/require-user";
import { endAllSessionsOfUser } from "@/lib/auth/staff-sessions";
import { db } from "@/lib/db";
import type { TActionResult } from "@/lib/forms/action-result";
import { asFormData } from "@/lib/forms/form-data";

export type TEndSessionsState = TActionResult<{ userId?: string }, { message: string }>;

const ZEndSessions = z.object({ userId: z.uuid() });

/** An administrator signs a user of their municipality out everywhere, at once. */
export async function endUserSessionsAction(_previous: TEndSessionsState, received: FormData): Promise<TEndSessionsState> {
  const admin = await requireUser({ role: "ADMIN" });
  const formData = asFormData(received);
  const t = await getTranslations("admin");
  const input = ZEndSessions.safeParse({ userId: formData.get("userId") });
  if (!input.success) return { ok: false, fieldErrors: {}, message: t("unknownUser"), values: {} };
  const ended = await endAllSessionsOfUser(db, { admin, userId: input.data.userId });
  if (ended === null) return { ok: false, fieldErrors: {}, message: t("unknownUser"), values: {} };
  revalidatePath(`/${await getLocale()}/admin`);
  return { ok: true, message: t("sessionsEnded", { count: ended }) };
}
