"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TActionResult } from "@/lib/forms/action-result";
import { asFormData } from "@/lib/forms/form-data";
import { setPasswordWithLink } from "@/lib/users/password-setup";

/** The password itself is never sent back: a refusal hands back no values. */
export type TSetPasswordState = TActionResult<{ password?: string }, object, { isLinkInvalid: boolean }>;

const ZSetPassword = z.object({ token: z.string().max(100), password: z.string().max(1_000) });

/** A staff member chooses their password through their one-time link; nobody need be signed in. */
export async function setPasswordAction(_previous: TSetPasswordState, received: FormData): Promise<TSetPasswordState> {
  const formData = asFormData(received);
  const t = await getTranslations("users.setPassword");
  const input = ZSetPassword.safeParse({ token: formData.get("token") ?? "", password: formData.get("password") ?? "" });
  if (!input.success) return { ok: false, fieldErrors: {}, message: t("problems.tooLong"), values: {}, isLinkInvalid: false };
  const result = await setPasswordWithLink(db, input.data);
  if (result.status === "set") return { ok: true };
  if (result.status === "invalid-link") return { ok: false, fieldErrors: {}, message: t("invalidText"), values: {}, isLinkInvalid: true };
  return { ok: false, fieldErrors: {}, message: t(`problems.${result.problem}`), values: {}, isLinkInvalid: false };
}
