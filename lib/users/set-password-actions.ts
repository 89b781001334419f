"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { asFormData } from "@/lib/forms/form-data";
import { setPasswordWithLink } from "@/lib/users/password-setup";

export type TSetPasswordState = { ok: true } | { ok: false; error: string; isLinkInvalid: boolean } | null;

const ZSetPassword = z.object({ token: z.string().max(100), password: z.string().max(1_000) });

/** A staff member chooses their password through their one-time link; nobody need be signed in. */
export async function setPasswordAction(_previous: TSetPasswordState, received: FormData): Promise<TSetPasswordState> {
  const formData = asFormData(received);
  const t = await getTranslations("users.setPassword");
  const input = ZSetPassword.safeParse({ token: formData.get("token") ?? "", password: formData.get("password") ?? "" });
  if (!input.success) return { ok: false, error: t("problems.tooLong"), isLinkInvalid: false };
  const result = await setPasswordWithLink(db, input.data);
  if (result.status === "set") return { ok: true };
  if (result.status === "invalid-link") return { ok: false, error: t("invalidText"), isLinkInvalid: true };
  return { ok: false, error: t(`problems.${result.problem}`), isLinkInvalid: false };
}
