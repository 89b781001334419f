"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import {
  isDiscoverableIssuer,
  saveIdentityProvider,
  setPasswordSignIn,
  type TIdentityProviderInput,
  ZIdentityProviderSettings,
} from "@/lib/auth/identity-providers";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import type { TActionResult, TFieldErrorsOf } from "@/lib/forms/action-result";
import { firstErrorPerField } from "@/lib/forms/field-errors";
import { asFormData } from "@/lib/forms/form-data";
import { retryableAction } from "@/lib/forms/retryable";
import { redirect } from "@/lib/i18n/navigation";

/** What the form shows again: everything typed except the secret, which is never sent back to the browser. */
export type TIdentityProviderValues = Omit<TIdentityProviderInput, "clientSecret">;
export type TIdentityProviderState = TActionResult<
  TIdentityProviderValues,
  { values: TIdentityProviderValues },
  { fieldErrors: TFieldErrorsOf<TIdentityProviderInput> }
>;

const ERROR_KEYS = ["required", "tooLong", "issuerInvalid", "claimInvalid"] as const;
const LIMITS: Record<string, number> = { issuer: 500, clientId: 200, clientSecret: 500, emailClaim: 100 };

export async function saveIdentityProviderAction(_previous: TIdentityProviderState, received: FormData): Promise<TIdentityProviderState> {
  const formData = asFormData(received);
  const text = (name: string) => String(formData.get(name) ?? "");
  const values: TIdentityProviderValues = {
    issuer: text("issuer"),
    clientId: text("clientId"),
    emailClaim: text("emailClaim"),
    isEnabled: formData.get("isEnabled") === "yes" ? "yes" : undefined,
  };
  return retryableAction(
    "municipality.update",
    async () => {
      const admin = await requireUser({ role: "ADMIN" });
      const t = await getTranslations("staffSignIn");
      const refuse = (message: string, fieldErrors: TFieldErrorsOf<TIdentityProviderInput> = {}) => ({ ok: false, fieldErrors, message, values }) as const;
      const parsed = ZIdentityProviderSettings.safeParse({ ...values, clientSecret: text("clientSecret") });
      if (!parsed.success) {
        const fieldErrors = firstErrorPerField<keyof TIdentityProviderInput>(parsed.error, (message, field) =>
          t(`errors.${(ERROR_KEYS as readonly string[]).includes(message) ? (message as (typeof ERROR_KEYS)[number]) : "required"}`, {
            max: LIMITS[field] ?? 0,
          }),
        );
        return refuse(t("outcomes.invalid"), fieldErrors);
      }
      // Checked when staff are to sign in through it: a provider that is gone can still be switched off.
      if (parsed.data.isEnabled && !(await isDiscoverableIssuer(parsed.data.issuer)))
        return refuse(t("outcomes.discovery-failed"), { issuer: t("outcomes.discovery-failed") });
      const result = await saveIdentityProvider(db, { admin, settings: parsed.data });
      if (result.status === "secret-required") return refuse(t("outcomes.secret-required"), { clientSecret: t("outcomes.secret-required") });
      if (result.status !== "saved") return refuse(t(`outcomes.${result.status}`));
      return { ok: true, values: { ...values, issuer: parsed.data.issuer } };
    },
    async () => ({ ok: false, fieldErrors: {}, message: (await getTranslations("common"))("saveFailed"), values }),
  );
}

const ZPasswordSignIn = z.object({ passwordSignIn: z.enum(["on", "off"]) });

/** Switches password sign-in off (only while the identity provider is on) or back on. */
export async function setPasswordSignInAction(received: FormData) {
  const admin = await requireUser({ role: "ADMIN" });
  const locale = await getLocale();
  const back = (outcome: string) => redirect({ href: `/admin/settings?signIn=${outcome}#staff-sign-in`, locale });
  const parsed = ZPasswordSignIn.safeParse({ passwordSignIn: asFormData(received).get("passwordSignIn") });
  if (!parsed.success) return back("invalid");
  const result = await setPasswordSignIn(db, { admin, isAllowed: parsed.data.passwordSignIn === "on" });
  return back(result.status === "saved" ? "password-saved" : result.status);
}
