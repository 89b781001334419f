"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CheckboxField } from "@/components/form/CheckboxField";
import { SaveOutcome } from "@/components/form/SaveOutcome";
import { saveIdentityProviderAction, type TIdentityProviderState, type TIdentityProviderValues } from "@/lib/auth/sign-in-settings-actions";
import { SettingsTextField } from "./SettingsTextField";

/** The municipality's OpenID Connect provider; the secret is write-only and the rest stays as typed when refused. */
export function IdentityProviderForm({ initialValues, hasSecret }: { initialValues: TIdentityProviderValues; hasSecret: boolean }) {
  const t = useTranslations("staffSignIn");
  const [state, formAction, isPending] = useActionState<TIdentityProviderState, FormData>(saveIdentityProviderAction, null);
  const values = state?.values ?? initialValues;
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} className="identity-provider-form" noValidate>
      <SaveOutcome state={state} savedText={t("outcomes.saved")} />
      <SettingsTextField
        name="issuer"
        label={t("issuer")}
        hint={t("issuerHint")}
        type="url"
        maxLength={500}
        defaultValue={values.issuer}
        error={errors.issuer}
      />
      <SettingsTextField name="clientId" label={t("clientId")} maxLength={200} width="input-width-l" defaultValue={values.clientId} error={errors.clientId} />
      <SettingsTextField
        name="clientSecret"
        label={t("clientSecret")}
        hint={hasSecret || state?.ok ? t("clientSecretHint") : t("clientSecretNone")}
        type="password"
        maxLength={500}
        defaultValue=""
        error={errors.clientSecret}
      />
      <SettingsTextField
        name="emailClaim"
        label={t("emailClaim")}
        hint={t("emailClaimHint")}
        maxLength={100}
        width="input-width-m"
        defaultValue={values.emailClaim}
        error={errors.emailClaim}
      />
      <CheckboxField id="isEnabled" label={t("isEnabled")} defaultChecked={values.isEnabled === "yes"} />
      <button type="submit" className="button button-primary" disabled={isPending}>
        {t("save")}
      </button>
    </form>
  );
}
