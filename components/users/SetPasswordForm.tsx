"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/form/FormField";
import { Alert } from "@/components/ui/Alert";
import { Link } from "@/lib/i18n/navigation";
import { setPasswordAction, type TSetPasswordState } from "@/lib/users/set-password-actions";

/** The new password, once; the rules are said before typing, and a refusal says which rule. */
export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("users.setPassword");
  const [state, formAction, isPending] = useActionState<TSetPasswordState, FormData>(setPasswordAction, null);
  if (state?.ok)
    return (
      <Alert variant="success" role="status">
        <p className="alert-text">{t("done")}</p>
        <p className="alert-text">
          <Link href="/sign-in">{t("signIn")}</Link>
        </p>
      </Alert>
    );
  if (state?.isLinkInvalid)
    return (
      <Alert variant="error" role="alert">
        <p className="alert-text">{state.message}</p>
      </Alert>
    );
  return (
    <form action={formAction} className="set-password-form" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormField id="password" label={t("password")} hint={t("hint")} error={state && !state.ok ? (state.message ?? undefined) : undefined}>
        {(describedBy) => (
          <input
            className="form-input"
            id="password"
            name="password"
            type="password"
            autoComplete="new-password"
            maxLength={200}
            aria-describedby={describedBy}
            aria-invalid={state && !state.ok ? true : undefined}
          />
        )}
      </FormField>
      <button type="submit" className="button button-primary" disabled={isPending}>
        {isPending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
