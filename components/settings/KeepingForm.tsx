"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CheckboxField } from "@/components/form/CheckboxField";
import { InputField } from "@/components/form/InputField";
import { SaveOutcome } from "@/components/form/SaveOutcome";
import { Alert } from "@/components/ui/Alert";
import { saveKeepingAction, type TKeepingState } from "@/lib/municipalities/keeping-actions";
import { LINK_VALIDITY_MONTHS, RETENTION_MONTHS } from "@/lib/municipalities/keeping-limits";

type TKeepingFormProps = { current: { linkValidityMonths: number; retentionMonths: number } };

/** The periods (works without JavaScript too); a shorter retention is confirmed on a second submit. */
export function KeepingForm({ current }: TKeepingFormProps) {
  const t = useTranslations("periods");
  const [state, formAction, isPending] = useActionState<TKeepingState, FormData>(saveKeepingAction, null);
  const refusal = state && !state.ok ? state : null;
  const typed = (name: "linkValidityMonths" | "retentionMonths") => state?.values[name] ?? String(current[name]);
  const retentionTyped = typed("retentionMonths");
  return (
    <section aria-labelledby="periods" className="settings-periods">
      <h2 id="periods">{t("title")}</h2>
      <SaveOutcome state={state} savedText={t("saved")} />
      {/* A new key after each answer: the fields show what the server handed back. */}
      <form action={formAction} className="keeping-form" key={JSON.stringify(state)}>
        <InputField
          id="linkValidityMonths"
          label={t("linkValidity")}
          hint={t("linkValidityHint", LINK_VALIDITY_MONTHS)}
          type="number"
          width="input-width-xs"
          {...LINK_VALIDITY_MONTHS}
          defaultValue={typed("linkValidityMonths")}
        />
        <InputField
          id="retentionMonths"
          label={t("retention")}
          hint={t("retentionHint", RETENTION_MONTHS)}
          type="number"
          width="input-width-xs"
          {...RETENTION_MONTHS}
          defaultValue={retentionTyped}
        />
        {refusal?.needsConfirmation ? (
          <Alert variant="warning" role="alert">
            <p className="alert-text">{t("shorterWarning", { from: current.retentionMonths, to: retentionTyped })}</p>
            <CheckboxField id="confirmShorter" label={t("confirmShorter", { to: retentionTyped })} />
          </Alert>
        ) : null}
        <button type="submit" className="button button-primary" disabled={isPending}>
          {t("save")}
        </button>
      </form>
    </section>
  );
}
